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
 * {@code void bench_noop(void)}: the bare cost of a call into C and back, through each binding.
 * {@code ffibindField} calls through an ordinary field instead of the {@code static final}, which
 * the JIT cannot treat as a constant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class NoopBenchmark {
  private final BenchLib lib = BenchLib.LIB;

  @Benchmark
  public void ffibind() {
    BenchLib.LIB.noop();
  }

  @Benchmark
  public void ffibindField() {
    lib.noop();
  }

  @Benchmark
  public void panama() {
    Panama.noop();
  }

  @Benchmark
  public void jni() {
    Jni.noop();
  }

  @Benchmark
  public void jnaInterface() {
    JnaLib.LIB.bench_noop();
  }

  @Benchmark
  public void jnaDirect() {
    JnaDirect.bench_noop();
  }

  @Benchmark
  public void jnr() {
    JnrLib.LIB.bench_noop();
  }
}
