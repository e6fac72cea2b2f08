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
 * {@code double bench_add_f64(double, double)}: two arguments and a result, through each binding. The
 * operands are fields so that nothing is folded into a constant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class AddF64Benchmark {
  private final BenchLib lib = BenchLib.LIB;
  private double a = 0.5;
  private double b = 41.5;

  @Benchmark
  public double ffibind() {
    return BenchLib.LIB.addF64(a, b);
  }

  @Benchmark
  public double ffibindField() {
    return lib.addF64(a, b);
  }

  @Benchmark
  public double panama() {
    return Panama.addF64(a, b);
  }

  @Benchmark
  public double jni() {
    return Jni.addF64(a, b);
  }

  @Benchmark
  public double jnaInterface() {
    return JnaLib.LIB.bench_add_f64(a, b);
  }

  @Benchmark
  public double jnaDirect() {
    return JnaDirect.bench_add_f64(a, b);
  }

  @Benchmark
  public double jnr() {
    return JnrLib.LIB.bench_add_f64(a, b);
  }
}
