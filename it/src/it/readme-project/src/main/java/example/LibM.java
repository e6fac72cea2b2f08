package example;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

@NativeLibrary("m")
public interface LibM extends AutoCloseable {
  @Symbol(parameters = {"f64", "f64"}, result = "f64")
  double pow(double base, double exponent);

  @Symbol(name = "cos", parameters = {"double"}, result = "double")
  double cosine(double x);

  @Override
  void close(); // optional: redeclared without "throws Exception"
}
