package io.ffibind.tests.readme;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** README, "A first binding": kept verbatim so the README's code is compiled and run. */
@NativeLibrary("m")
public interface LibM extends AutoCloseable {
  @Symbol(parameters = {"f64", "f64"}, result = "f64")
  double pow(double base, double exponent);

  @Symbol(name = "cos", parameters = {"double"}, result = "double")
  double cosine(double x);

  @Override
  void close(); // optional: redeclared without "throws Exception"
}
