package io.ffibind.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every binding the benchmarks compare must compute the same thing, or the timings compare
 * different work. Runs in {@code mvn verify}; the benchmarks themselves do not.
 */
class BindingsTest {
  private static final String SIXTEEN = "0123456789abcdef";

  @Test
  void addI32WrapsAroundEverywhere() {
    int expected = Integer.MIN_VALUE;
    assertEquals(expected, BenchLib.LIB.addI32(Integer.MAX_VALUE, 1));
    assertEquals(expected, Panama.addI32(Integer.MAX_VALUE, 1));
    assertEquals(expected, Jni.addI32(Integer.MAX_VALUE, 1));
    assertEquals(expected, JnaLib.LIB.bench_add_i32(Integer.MAX_VALUE, 1));
    assertEquals(expected, JnaDirect.bench_add_i32(Integer.MAX_VALUE, 1));
    assertEquals(expected, JnrLib.LIB.bench_add_i32(Integer.MAX_VALUE, 1));
    assertEquals(expected, OptionsBenchLib.LIB.addI32Errno(Integer.MAX_VALUE, 1));
    assertEquals(expected, OptionsBenchLib.LIB.addI32Later(Integer.MAX_VALUE, 1).join());
    ErrnoBenchmark errno = new ErrnoBenchmark();
    assertEquals(42, errno.ffibind());
    assertEquals(42, errno.ffibindErrno());
    assertEquals(42, errno.panamaErrno());
    NonblockingBenchmark nonblocking = new NonblockingBenchmark();
    assertEquals(nonblocking.blocking(), nonblocking.nonblockingJoin());
    assertEquals(nonblocking.blocking(), nonblocking.handoffByHand());
    nonblocking.shutdown();
  }

  @Test
  void addF64AgreesEverywhere() {
    double expected = 0.1 + 0.2;
    assertEquals(expected, BenchLib.LIB.addF64(0.1, 0.2));
    assertEquals(expected, Panama.addF64(0.1, 0.2));
    assertEquals(expected, Jni.addF64(0.1, 0.2));
    assertEquals(expected, JnaLib.LIB.bench_add_f64(0.1, 0.2));
    assertEquals(expected, JnaDirect.bench_add_f64(0.1, 0.2));
    assertEquals(expected, JnrLib.LIB.bench_add_f64(0.1, 0.2));
  }

  @Test
  void noopReturnsEverywhere() {
    BenchLib.LIB.noop();
    Panama.noop();
    Jni.noop();
    JnaLib.LIB.bench_noop();
    JnaDirect.bench_noop();
    JnrLib.LIB.bench_noop();
  }

  @Test
  void strlenAgreesEverywhere() {
    assertEquals(16, BenchLib.LIB.strlen(SIXTEEN));
    assertEquals(16, Panama.strlen(SIXTEEN));
    assertEquals(16, Jni.strlen(SIXTEEN));
    assertEquals(16, JnaLib.LIB.bench_strlen(SIXTEEN));
    assertEquals(16, JnaDirect.bench_strlen(SIXTEEN));
  }

  @Test
  void sumAgreesEverywhere() {
    int[] values = new int[SumArrayBenchmark.LENGTH];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 2 == 0 ? Integer.MAX_VALUE : Integer.MAX_VALUE - i;
    }
    long expected = Arrays.stream(values).asLongStream().sum();
    int[] before = values.clone();
    assertEquals(expected, BenchLib.LIB.sum(values, values.length));
    assertEquals(expected, BenchLib.LIB.sumCritical(values, values.length));
    assertEquals(expected, Panama.sumCopy(values));
    assertEquals(expected, Panama.sumCritical(values));
    assertEquals(expected, Jni.sumCritical(values, values.length));
    assertEquals(expected, JnaLib.LIB.bench_sum_i32(values, values.length));
    assertEquals(expected, JnaDirect.bench_sum_i32(values, values.length));
    assertEquals(Arrays.toString(before), Arrays.toString(values));
  }

  @Test
  void callbacksAgreeEverywhere() {
    assertEquals(42, BenchLib.LIB.callCb(v -> v + 1, 41));
    try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
      assertEquals(42, Panama.callCb(Panama.upcallStub(v -> v + 1, arena), 41));
    }
    assertEquals(42, Panama.callCbStubPerCall(v -> v + 1, 41));
    assertEquals(42, JnaLib.LIB.bench_call_cb(v -> v + 1, 41));
  }

  @Test
  void qsortSortsEverywhere() {
    QsortBenchmark bench = new QsortBenchmark();
    bench.shuffle();
    int[] expected = bench.ffibind().clone();
    int[] sorted = expected.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, expected);
    assertArrayEquals(sorted, bench.panama());
    assertArrayEquals(sorted, bench.jna());
  }

  @Test
  void pointByValueAgreesEverywhere() {
    assertEquals(25.0, BenchLib.LIB.pointLen2(new BenchLib.Point(3, 4)));
    assertEquals(25.0, BenchLib.LIB.pointLen2(
        Ffibind_BenchLib_Point.allocate(java.lang.foreign.Arena.ofAuto(), new BenchLib.Point(3, 4))));
    assertEquals(25.0, Panama.pointLen2(3, 4));
    assertEquals(25.0, Panama.pointLen2PerThread(3, 4));
    assertEquals(25.0, Panama.pointLen2Heap(3, 4));
    JnaLib.Point.ByValue p = new JnaLib.Point.ByValue();
    p.x = 3;
    p.y = 4;
    assertEquals(25.0, JnaLib.LIB.bench_point_len2(p));
  }

  @Test
  void pointPointerAgreesEverywhere() {
    MemorySegment p = java.lang.foreign.Arena.global().allocate(Panama.POINT);
    Ffibind_BenchLib_Point.write(p, new BenchLib.Point(3, 4));
    assertEquals(25.0, BenchLib.LIB.pointLen2Pointer(p));
    assertEquals(25.0, BenchLib.LIB.pointLen2Pointer(MemorySegment.ofArray(new double[] {3, 4})));
    assertEquals(25.0, Panama.pointLen2Pointer(p));
  }

  @Test
  void pointFieldAgreesEverywhere() {
    assertEquals(3.0, Ffibind_BenchLib_Point.x(BenchLib.LIB.pointStatic()));
    assertEquals(new BenchLib.Point(3, 4), BenchLib.LIB.pointStaticRecord());
    assertEquals(3.0, Panama.pointStaticX());
    assertEquals(3.0, JnaLib.LIB.bench_point_static().x);
  }
}
