package io.ffibind.examples;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.ffibind.Memory;
import io.ffibind.Native;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Java code that C calls: libc's {@code qsort} and {@code bsearch} with a Java comparator, and
 * SQLite's {@code sqlite3_exec} with a Java row callback that prints each row of a real query.
 */
public final class CallbacksExample {
  /** Sorts ascending: reads the int each pointer points to. */
  static final LibC.IntComparator ASCENDING = (a, b) -> Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));

  /** What C computed with the callbacks. */
  public record Result(
      int[] sorted,
      int[] descending,
      long index,
      boolean missingFound,
      List<String> rows,
      int abortedStatus,
      int rowsBeforeAbort,
      String rethrown) {
    void print(PrintStream out) {
      out.println("qsort   ascending            = " + Arrays.toString(sorted));
      out.println("qsort   descending           = " + Arrays.toString(descending));
      out.println("bsearch 19                   = index " + index + "; 5 found: " + missingFound);
      out.println("sqlite  SELECT with callback = " + rows.size() + " rows:");
      rows.forEach(row -> out.println("          " + row));
      out.println("sqlite  callback returning 1 = " + abortedStatus + " (SQLITE_ABORT) after " + rowsBeforeAbort + " row");
      out.println("sqlite  callback throwing    = rethrown by exec: " + rethrown);
    }
  }

  private CallbacksExample() {}

  public static Result run() {
    try (LibC c = Native.load(LibC.class)) {
      int[] values = {42, -7, 19, 0, 1_000_000, -3};
      c.qsort(values, values.length, Integer.BYTES, ASCENDING);
      int[] descending = values.clone();
      c.qsort(descending, descending.length, Integer.BYTES, (a, b) -> ASCENDING.compare(b, a));
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment base = arena.allocateFrom(JAVA_INT, values);
        MemorySegment hit = c.bsearch(new int[] {19}, base, values.length, Integer.BYTES, ASCENDING);
        MemorySegment miss = c.bsearch(new int[] {5}, base, values.length, Integer.BYTES, ASCENDING);
        long index = (hit.address() - base.address()) / Integer.BYTES;
        return sqlite(values, descending, index, miss.address() != 0);
      }
    }
  }

  private static Result sqlite(int[] sorted, int[] descending, long index, boolean missingFound) {
    try (Sqlite3 sql = Native.load(Sqlite3.class)) {
      MemorySegment[] db = new MemorySegment[1];
      if (sql.open(":memory:", db) != Sqlite3.OK) {
        throw new IllegalStateException("sqlite3_open failed");
      }
      MemorySegment[] err = new MemorySegment[1];
      check(sql, sql.exec(db[0], """
          CREATE TABLE pioneer (id INTEGER PRIMARY KEY, name TEXT, born INTEGER, note TEXT);
          INSERT INTO pioneer (name, born, note) VALUES
            ('Ada Lovelace', 1815, 'first program'),
            ('Grace Hopper', 1906, NULL),
            ('Dennis Ritchie', 1941, 'C');
          """, null, null, err), err);
      List<String> rows = new ArrayList<>();
      // Each row arrives with its column count, values and names as Java strings.
      check(sql, sql.exec(db[0], "SELECT name, born, note FROM pioneer ORDER BY born", (context, columns, values, names) -> {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          row.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        rows.add(row.toString());
        return 0;
      }, null, err), err);
      // Returning non-zero stops the query: SQLITE_ABORT.
      int[] seen = {0};
      int aborted = sql.exec(db[0], "SELECT name FROM pioneer", (context, columns, values, names) -> ++seen[0], null, err);
      sql.free(err[0]);
      // An exception in the callback stops the query (SQLite receives onError's 1); exec rethrows it.
      String rethrown;
      try {
        sql.exec(db[0], "SELECT born FROM pioneer", (context, columns, values, names) -> {
          if (Integer.parseInt(values[0]) > 1900) {
            throw new IllegalStateException("born after 1900: " + values[0]);
          }
          return 0;
        }, null, err);
        rethrown = "nothing";
      } catch (IllegalStateException e) {
        rethrown = e.getMessage() + "; rows after it: " + e.getSuppressed().length;
      }
      sql.closeDatabase(db[0]);
      return new Result(sorted, descending, index, missingFound, rows, aborted, seen[0], rethrown);
    }
  }

  private static void check(Sqlite3 sql, int status, MemorySegment[] err) {
    if (status != Sqlite3.OK) {
      String message = Memory.readString(err[0]);
      sql.free(err[0]);
      throw new IllegalStateException("sqlite3_exec failed: " + message);
    }
  }
}
