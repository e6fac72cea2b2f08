package io.ffibind.benchmarks;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * (d) JNA interface mapping: a proxy converts each call by reflection. {@code size_t} is a Java
 * {@code long}, right on the 64-bit machines measured.
 */
public interface JnaLib extends Library {
  JnaLib LIB = Native.load(BenchLibrary.path().toString(), JnaLib.class);

  void bench_noop();

  int bench_add_i32(int a, int b);

  double bench_add_f64(double a, double b);

  long bench_strlen(String s);

  /** JNA copies the array in and, since it cannot know C only reads, back out. */
  long bench_sum_i32(int[] values, long n);

  /** A JNA callback: JNA makes one native closure per object, on first use. */
  interface IntOp extends Callback {
    int invoke(int v);
  }

  int bench_call_cb(IntOp cb, int v);
}
