package io.ffibind.tests.readme;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;

/** README, "Structs in callbacks": kept verbatim. */
@NativeLibrary("")
public interface SortingEntries {
  // struct entry { int32_t key; double value; };
  @Struct(name = "entry", size = 16)
  record Entry(int key, double value) {}

  // int (*compar)(const void *, const void *) over entries: each argument read into a record
  @Callback(parameters = {"const entry*", "const entry*"}, result = "i32")
  interface EntryComparator {
    int compare(Entry a, Entry b);
  }

  @Symbol(parameters = {"entry[count]", "usize", "usize", "function"})
  void qsort(Entry[] base, long count, long size, EntryComparator compare);
}
