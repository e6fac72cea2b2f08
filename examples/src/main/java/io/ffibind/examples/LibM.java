package io.ffibind.examples;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/**
 * The C math library. On Debian {@code libm.so} is a GNU linker script, which ffibind follows to
 * the real {@code libm.so.6}.
 */
@NativeLibrary("m")
public interface LibM extends AutoCloseable {
  @Symbol(parameters = "f64", result = "f64")
  double cos(double x);

  @Symbol(parameters = {"f64", "f64"}, result = "f64")
  double pow(double base, double exponent);

  @Symbol(parameters = "f64", result = "f64")
  double sqrt(double x);

  @Override
  void close();
}
