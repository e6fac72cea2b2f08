package io.ffibind.benchmarks;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.util.Random;
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
 * libc's {@code qsort} of 10,000 ints with a Java comparator (about 120,000 upcalls per sort): the
 * array is copied to C and back, and C calls the comparator for every comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class QsortBenchmark {
  /** The array length. */
  public static final int LENGTH = 10_000;

  private final int[] shuffled = new int[LENGTH];
  private final int[] work = new int[LENGTH];
  private final BenchLibc.IntComparator ffibindCompare =
      (a, b) -> Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));
  private final JnaLibc.Comparator jnaCompare = (a, b) -> Integer.compare(a.getInt(0), b.getInt(0));

  @Setup
  public void shuffle() {
    Random random = new Random(42);
    for (int i = 0; i < LENGTH; i++) {
      shuffled[i] = random.nextInt();
    }
  }

  @Benchmark
  public int[] ffibind() {
    System.arraycopy(shuffled, 0, work, 0, LENGTH);
    BenchLibc.LIB.qsort(work, LENGTH, 4, ffibindCompare);
    return work;
  }

  @Benchmark
  public int[] panama() {
    System.arraycopy(shuffled, 0, work, 0, LENGTH);
    Panama.qsort(work);
    return work;
  }

  @Benchmark
  public int[] jna() {
    System.arraycopy(shuffled, 0, work, 0, LENGTH);
    JnaLibc.LIB.qsort(work, LENGTH, 4, jnaCompare);
    return work;
  }
}
