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
 * {@code int32_t bench_add_i32(int32_t, int32_t)}: two arguments and a result, through each binding. The
 * operands are fields so that nothing is folded into a constant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class AddI32Benchmark {
  private final BenchLib lib = BenchLib.LIB;
  private int a = 20;
  private int b = 22;

  @Benchmark
  public int ffibind() {
    return BenchLib.LIB.addI32(a, b);
  }

  @Benchmark
  public int ffibindField() {
    return lib.addI32(a, b);
  }

  @Benchmark
  public int panama() {
    return Panama.addI32(a, b);
  }

  @Benchmark
  public int jni() {
    return Jni.addI32(a, b);
  }

  @Benchmark
  public int jnaInterface() {
    return JnaLib.LIB.bench_add_i32(a, b);
  }

  @Benchmark
  public int jnaDirect() {
    return JnaDirect.bench_add_i32(a, b);
  }

  @Benchmark
  public int jnr() {
    return JnrLib.LIB.bench_add_i32(a, b);
  }
}
