package io.ffibind.benchmarks;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/** (e) JNA direct mapping: {@code native} methods that JNA registers, with no proxy in between. */
public final class JnaDirect {
  static {
    Native.register(JnaDirect.class, NativeLibrary.getInstance(BenchLibrary.path().toString()));
  }

  private JnaDirect() {}

  public static native void bench_noop();

  public static native int bench_add_i32(int a, int b);

  public static native double bench_add_f64(double a, double b);

  public static native long bench_strlen(String s);

  public static native long bench_sum_i32(int[] values, long n);
}
