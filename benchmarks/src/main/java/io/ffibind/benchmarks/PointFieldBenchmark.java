package io.ffibind.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code const bench_point *bench_point_static(void)}, then field {@code x} read through the
 * pointer: in place through the companion's accessor, as a whole record, by hand-written Panama,
 * and by JNA (a {@code Structure.ByReference}, which JNA reads when it wraps the pointer).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PointFieldBenchmark {
  @Benchmark
  public double ffibind() {
    return Ffibind_BenchLib_Point.x(BenchLib.LIB.pointStatic());
  }

  @Benchmark
  public double ffibindRecord() {
    return BenchLib.LIB.pointStaticRecord().x();
  }

  @Benchmark
  public double panama() {
    return Panama.pointStaticX();
  }

  @Benchmark
  public double jnaByReference() {
    return JnaLib.LIB.bench_point_static().x;
  }
}
