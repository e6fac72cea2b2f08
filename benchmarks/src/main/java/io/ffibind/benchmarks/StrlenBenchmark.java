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
 * {@code size_t bench_strlen(const char *)} on a 16-character ASCII string: what passing a Java
 * string costs. ffibind copies it into per-thread scratch memory; the hand-written Panama version
 * opens a confined arena per call, as most hand-written code does; JNI uses {@code
 * GetStringUTFChars}; JNA converts it in its own code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class StrlenBenchmark {
  private String s = "0123456789abcdef";

  @Benchmark
  public long ffibind() {
    return BenchLib.LIB.strlen(s);
  }

  @Benchmark
  public long panamaArena() {
    return Panama.strlen(s);
  }

  @Benchmark
  public long jni() {
    return Jni.strlen(s);
  }

  @Benchmark
  public long jnaInterface() {
    return JnaLib.LIB.bench_strlen(s);
  }

  @Benchmark
  public long jnaDirect() {
    return JnaDirect.bench_strlen(s);
  }
}
