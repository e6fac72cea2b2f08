package io.ffibind.examples;

import io.ffibind.Native;
import java.io.PrintStream;

/** Calls into libm, bound by the bare name {@code "m"}. */
public final class MathExample {
  /** What the calls returned. */
  public record Result(double cosZero, double cosPi, double twoToTheTen, double sqrtTwo, double sqrtMinusOne) {
    void print(PrintStream out) {
      out.println("libm  cos(0)       = " + cosZero);
      out.println("libm  cos(pi)      = " + cosPi);
      out.println("libm  pow(2, 10)   = " + twoToTheTen);
      out.println("libm  sqrt(2)      = " + sqrtTwo);
      out.println("libm  sqrt(-1)     = " + sqrtMinusOne);
    }
  }

  private MathExample() {}

  public static Result run() {
    try (LibM m = Native.load(LibM.class)) {
      return new Result(m.cos(0), m.cos(Math.PI), m.pow(2, 10), m.sqrt(2), m.sqrt(-1));
    }
  }
}
