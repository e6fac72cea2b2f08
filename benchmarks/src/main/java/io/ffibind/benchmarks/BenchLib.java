package io.ffibind.benchmarks;

import io.ffibind.Callback;
import io.ffibind.Critical;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** (a) The benchmark library bound through ffibind: the processor generates the implementation. */
@NativeLibrary(BenchLibrary.NAME)
public interface BenchLib {
  /** Held in a static final, as an application would: the JIT treats the receiver as a constant. */
  BenchLib LIB = io.ffibind.Native.load(BenchLib.class, BenchLibrary.path());

  @Symbol(name = "bench_noop")
  void noop();

  @Symbol(name = "bench_add_i32", parameters = {"i32", "i32"}, result = "i32")
  int addI32(int a, int b);

  @Symbol(name = "bench_add_f64", parameters = {"f64", "f64"}, result = "f64")
  double addF64(double a, double b);

  /** The string is copied into per-thread scratch memory, NUL-terminated, for the call. */
  @Symbol(name = "bench_strlen", parameters = "string", result = "usize")
  long strlen(String s);

  /** The array is copied into scratch memory; {@code const}, so nothing is copied back. */
  @Symbol(name = "bench_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
  long sum(int[] values, long n);

  /** The heap array is passed in place: no copy. */
  @Critical
  @Symbol(name = "bench_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
  long sumCritical(int[] values, long n);

  /** {@code int32_t (*)(int32_t)}: the callback {@code bench_call_cb} calls once. */
  @Callback(parameters = "i32", result = "i32")
  interface IntOp {
    int apply(int v);
  }

  /** C calls {@code cb} once; the callback is passed for the duration of the call. */
  @Symbol(name = "bench_call_cb", parameters = {"function", "i32"}, result = "i32")
  int callCb(IntOp cb, int v);
  /** {@code bench_point}: two doubles. */
  @Struct(name = "bench_point", size = 16)
  record Point(double x, double y) {}

  /** The record is written into per-thread scratch memory, which the call passes by value. */
  @Symbol(name = "bench_point_len2", parameters = "bench_point", result = "f64")
  double pointLen2(Point p);

  /** The struct's memory, passed as it is. */
  @Symbol(name = "bench_point_len2", parameters = "bench_point", result = "f64")
  double pointLen2(MemorySegment p);

  /** C's memory, given the struct's size: fields are read in place through {@code Ffibind_BenchLib_Point}. */
  @Symbol(name = "bench_point_static", result = "bench_point*")
  MemorySegment pointStatic();

  /** A struct in native memory the caller holds, passed by pointer as it is. */
  @Symbol(name = "bench_point_len2_ptr", parameters = "const bench_point*", result = "f64")
  double pointLen2Pointer(MemorySegment p);

  /** A copy of C's struct as a record. */
  @Symbol(name = "bench_point_static", result = "bench_point*")
  Point pointStaticRecord();
}
