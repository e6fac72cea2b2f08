package io.ffibind.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code double bench_point_len2_ptr(const bench_point *)} with a struct the caller keeps in native
 * memory, passed as a {@code MemorySegment}: ffibind checks it and takes the call's scratch memory in
 * case it is a heap segment (which it copies), hand-written Panama passes it as it is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PointPointerBenchmark {
  private final MemorySegment point = Arena.ofAuto().allocate(Panama.POINT);
  private final MemorySegment heap = MemorySegment.ofArray(new double[] {3, 4});

  @Benchmark
  public double ffibind() {
    return BenchLib.LIB.pointLen2Pointer(point);
  }

  /** A heap segment: copied into scratch memory for the call. */
  @Benchmark
  public double ffibindHeap() {
    return BenchLib.LIB.pointLen2Pointer(heap);
  }

  @Benchmark
  public double panama() {
    return Panama.pointLen2Pointer(point);
  }
}
