package io.ffibind.tests.readme;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Callbacks;
import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's callback snippets, as written there, against libc and SQLite. */
class CallbacksReadmeTest {
  @Test
  void qsortWithAJavaComparator() {
    Sorting libc = Native.load(Sorting.class);
    int[] values = {42, -7, 19, 0};
    libc.qsort(values, values.length, Integer.BYTES,
        (a, b) -> Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0)));
    // values is [-7, 0, 19, 42]
    assertArrayEquals(new int[] {-7, 0, 19, 42}, values);
  }

  @Test
  void sqliteUpdateHookKeptByC() {
    Hooks sqlite = Native.load(Hooks.class);
    MemorySegment[] db = new MemorySegment[1];
    sqlite.open(":memory:", db);
    List<String> changes = new ArrayList<>();
    try (Arena arena = Arena.ofConfined()) {
      sqlite.updateHook(db[0], Callbacks.pointer(Hooks.UpdateHook.class,
          (context, operation, database, table, rowid) -> changes.add(table + " row " + rowid), arena), null);
      sqlite.exec(db[0], "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)", null, null, null);
      sqlite.updateHook(db[0], null, null); // C forgets the pointer before the arena closes
    }
    sqlite.close(db[0]);
    // changes is [t row 1, t row 2]
    assertEquals(List.of("t row 1", "t row 2"), changes);
  }
}
