package io.ffibind.benchmarks;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;

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
  /** {@code bench_point} for JNA: fields in declaration order. */
  @Structure.FieldOrder({"x", "y"})
  class Point extends Structure {
    public double x;
    public double y;

    /** Passed by value. */
    public static class ByValue extends Point implements Structure.ByValue {}

    /** Returned by pointer: JNA reads every field when it wraps the pointer. */
    public static class ByReference extends Point implements Structure.ByReference {}
  }

  double bench_point_len2(Point.ByValue p);

  Point.ByReference bench_point_static();
}
