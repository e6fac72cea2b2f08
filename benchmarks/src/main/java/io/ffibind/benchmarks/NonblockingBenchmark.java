package io.ffibind.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * The overhead of {@code nonblocking = true}: {@code add_i32} called directly, the same call
 * submitted to ffibind's default pool and joined, and the handoff alone done by hand ({@code
 * CompletableFuture.supplyAsync} of the blocking call on a cached pool of platform threads). The
 * difference between the last two is what ffibind adds to the thread handoff itself.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class NonblockingBenchmark {
  private final ExecutorService pool = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
  private int a = 20;
  private int b = 22;

  @TearDown
  public void shutdown() {
    pool.shutdownNow();
  }

  @Benchmark
  public int blocking() {
    return BenchLib.LIB.addI32(a, b);
  }

  @Benchmark
  public int nonblockingJoin() {
    return OptionsBenchLib.LIB.addI32Later(a, b).join();
  }

  @Benchmark
  public Void nonblockingNoopJoin() {
    return OptionsBenchLib.LIB.noopLater().join();
  }

  @Benchmark
  public int handoffByHand() {
    return CompletableFuture.supplyAsync(() -> BenchLib.LIB.addI32(a, b), pool).join();
  }
}
