package io.ffibind.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code size_t bench_strlen(const char *)} on a 16-character string, ASCII ({@code
 * "0123456789abcdef"}) and not ({@code "façade naïve €42"}: 2- and 3-byte UTF-8): what passing a Java
 * string costs. ffibind encodes it into per-thread scratch memory, checking for U+0000 and lone
 * surrogates. The baselines, all hand-written Panama: {@code panamaPrefix}, the best hand-written code
 * (a reused {@code SegmentAllocator.prefixAllocator}, which is neither thread-safe nor checked);
 * {@code panamaArena}, a confined arena per call as most code does; {@code preEncoded}, the floor: the
 * string already in native memory. JNI uses {@code GetStringUTFChars}; JNA converts in its own code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class StrlenBenchmark {
  @Param({"ascii", "nonascii"})
  public String kind;

  private String s;
  private MemorySegment encoded;
  private SegmentAllocator prefix;

  @Setup
  public void setup() {
    s = kind.equals("ascii") ? "0123456789abcdef" : "fa\u00e7ade na\u00efve \u20ac42";
    encoded = Arena.ofAuto().allocateFrom(s);
    prefix = SegmentAllocator.prefixAllocator(Arena.ofAuto().allocate(256));
  }

  @Benchmark
  public long ffibind() {
    return BenchLib.LIB.strlen(s);
  }

  @Benchmark
  public long panamaPrefix() {
    return Panama.strlen(prefix.allocateFrom(s));
  }

  @Benchmark
  public long panamaArena() {
    return Panama.strlen(s);
  }

  @Benchmark
  public long preEncoded() {
    return Panama.strlen(encoded);
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
