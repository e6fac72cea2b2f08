package io.ffibind.benchmarks;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** (a) libc's {@code qsort} through ffibind, with a Java comparator. */
@NativeLibrary("")
public interface BenchLibc {
  BenchLibc LIB = io.ffibind.Native.load(BenchLibc.class);

  /** {@code int (*)(const void *, const void *)} over ints: each argument a view of one int. */
  @Callback(parameters = {"const i32*", "const i32*"}, result = "i32")
  interface IntComparator {
    int compare(MemorySegment a, MemorySegment b);
  }

  /** The Java array is copied to C, sorted there, and copied back. */
  @Symbol(parameters = {"i32[n]", "usize", "usize", "function"})
  void qsort(int[] base, long n, long size, IntComparator compare);
}
