package io.ffibind.tests.readme;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** README, "Callbacks: Java code that C calls": kept verbatim. */
@NativeLibrary("")
public interface Sorting {
  // int (*compar)(const void *, const void *) over ints: each argument is a view of one int
  @Callback(parameters = {"const i32*", "const i32*"}, result = "i32")
  interface IntComparator {
    int compare(MemorySegment a, MemorySegment b);
  }

  @Symbol(parameters = {"i32[count]", "usize", "usize", "function"})
  void qsort(int[] base, long count, long size, IntComparator compare);
}
