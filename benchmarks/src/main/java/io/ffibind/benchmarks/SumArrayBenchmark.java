package io.ffibind.benchmarks;

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
 * {@code int64_t bench_sum_i32(const int32_t *, size_t)} over 1024 ints: copying the array to
 * native memory against passing the heap array in place (critical calls).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class SumArrayBenchmark {
  /** The array length. */
  public static final int LENGTH = 1024;

  private final int[] values = new int[LENGTH];

  @Setup
  public void fill() {
    for (int i = 0; i < LENGTH; i++) {
      values[i] = i * 31 - 7;
    }
  }

  @Benchmark
  public long ffibindCopy() {
    return BenchLib.LIB.sum(values, values.length);
  }

  @Benchmark
  public long ffibindCritical() {
    return BenchLib.LIB.sumCritical(values, values.length);
  }

  @Benchmark
  public long panamaCopy() {
    return Panama.sumCopy(values);
  }

  @Benchmark
  public long panamaCritical() {
    return Panama.sumCritical(values);
  }

  @Benchmark
  public long jniCritical() {
    return Jni.sumCritical(values, values.length);
  }

  @Benchmark
  public long jnaInterface() {
    return JnaLib.LIB.bench_sum_i32(values, values.length);
  }

  @Benchmark
  public long jnaDirect() {
    return JnaDirect.bench_sum_i32(values, values.length);
  }
}
