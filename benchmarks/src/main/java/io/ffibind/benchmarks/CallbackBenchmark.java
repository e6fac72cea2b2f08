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
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code int32_t bench_call_cb(int32_t (*cb)(int32_t), int32_t v)}: C calls a Java callback once, so
 * the downcall, the upcall and what each binding adds to pass the callback are what is timed.
 *
 * <ul>
 *   <li>{@code panamaPremadeStub}: the baseline, hand-written Panama with an upcall stub made once;
 *   <li>{@code ffibindSameCallback}: ffibind with a callback object made once;
 *   <li>{@code ffibindNewLambda}: ffibind with a new capturing lambda on every call;
 *   <li>{@code panamaStubPerCall}: an upcall stub (and a confined arena) per call, what a design
 *       without a stub pool would cost;
 *   <li>{@code jnaCallback}: JNA with a {@code Callback} object made once.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class CallbackBenchmark {
  private final Arena arena = Arena.ofShared();
  private final Panama.IntOp panamaOp = v -> v + 1;
  private final MemorySegment premadeStub = Panama.upcallStub(panamaOp, arena);
  private final BenchLib.IntOp ffibindOp = v -> v + 1;
  private final JnaLib.IntOp jnaOp = v -> v + 1;
  private int value = 41;
  private int delta = 1;

  @TearDown
  public void close() {
    arena.close();
  }

  @Benchmark
  public int panamaPremadeStub() {
    return Panama.callCb(premadeStub, value);
  }

  @Benchmark
  public int ffibindSameCallback() {
    return BenchLib.LIB.callCb(ffibindOp, value);
  }

  @Benchmark
  public int ffibindNewLambda() {
    int d = delta;
    return BenchLib.LIB.callCb(v -> v + d, value);
  }

  @Benchmark
  public int panamaStubPerCall() {
    int d = delta;
    return Panama.callCbStubPerCall(v -> v + d, value);
  }

  @Benchmark
  public int jnaCallback() {
    return JnaLib.LIB.bench_call_cb(jnaOp, value);
  }
}
