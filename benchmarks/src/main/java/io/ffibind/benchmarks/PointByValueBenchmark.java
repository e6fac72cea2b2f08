package io.ffibind.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code double bench_point_len2(bench_point)}: a struct of two doubles passed by value. ffibind
 * writes the record into per-thread scratch memory; hand-written Panama writes the two fields into
 * a segment it keeps (one for all threads: {@code panama}; one per thread: {@code panamaThreadLocal})
 * or into a new heap segment ({@code panamaHeap}); JNA converts a {@code Structure.ByValue}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PointByValueBenchmark {
  private double x = 3;
  private double y = 4;
  private final BenchLib.Point point = new BenchLib.Point(3, 4);
  private MemorySegment segment;
  private final JnaLib.Point.ByValue jna = new JnaLib.Point.ByValue();

  @Setup
  public void setUp() {
    segment = Arena.ofAuto().allocate(Ffibind_BenchLib_Point.LAYOUT);
  }

  /** The record built where it is passed, as calling code usually does. */
  @Benchmark
  public double ffibind() {
    return BenchLib.LIB.pointLen2(new BenchLib.Point(x, y));
  }

  /** A record held in a field. */
  @Benchmark
  public double ffibindRecord() {
    return BenchLib.LIB.pointLen2(point);
  }

  /** The struct's memory, filled through the companion and passed as it is. */
  @Benchmark
  public double ffibindSegment() {
    MemorySegment p = segment;
    p.set(ValueLayout.JAVA_DOUBLE, Ffibind_BenchLib_Point.x$OFFSET, x);
    p.set(ValueLayout.JAVA_DOUBLE, Ffibind_BenchLib_Point.y$OFFSET, y);
    return BenchLib.LIB.pointLen2(p);
  }

  @Benchmark
  public double panama() {
    return Panama.pointLen2(x, y);
  }

  /** Thread-safe hand-written code: a segment per thread. */
  @Benchmark
  public double panamaThreadLocal() {
    return Panama.pointLen2PerThread(x, y);
  }

  /** A new heap segment per call: allocates, but needs no per-thread memory. */
  @Benchmark
  public double panamaHeap() {
    return Panama.pointLen2Heap(x, y);
  }

  @Benchmark
  public double jnaByValue() {
    JnaLib.Point.ByValue p = jna;
    p.x = x;
    p.y = y;
    return JnaLib.LIB.bench_point_len2(p);
  }
}
