package io.ffibind.examples;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/**
 * Enough of SQLite to create a table, insert and read rows back. Handles ({@code sqlite3 *}, {@code
 * sqlite3_stmt *}) are opaque pointers; the ones C creates come back through {@code pointer*}
 * out-parameters.
 */
@NativeLibrary("sqlite3")
public interface Sqlite3 extends AutoCloseable {
  /** {@code SQLITE_OK}. */
  int OK = 0;

  /** {@code SQLITE_ROW}: {@code sqlite3_step} produced a row. */
  int ROW = 100;

  /** {@code SQLITE_DONE}: {@code sqlite3_step} finished. */
  int DONE = 101;

  /** {@code SQLITE_ABORT}: a row callback returned non-zero. */
  int ABORT = 4;

  /**
   * {@code int (*callback)(void *context, int columns, char **values, char **names)}: one call per
   * row. The values and names arrive as Java strings ({@code null} for SQL NULL); returning non-zero
   * stops the query, and so does an exception ({@code onError = "1"}: SQLite receives 1, not 0).
   */
  @Callback(parameters = {"pointer", "i32", "string[columns]", "string[columns]"}, result = "i32", onError = "1")
  interface RowCallback {
    int row(MemorySegment context, int columns, String[] values, String[] names);
  }

  @Symbol(name = "sqlite3_libversion", result = "string")
  String libversion();

  @Symbol(name = "sqlite3_open", parameters = {"string", "pointer*"}, result = "i32")
  int open(String filename, MemorySegment[] db);

  /**
   * Runs SQL, calling {@code callback} (which may be null) for each row of a query. On failure {@code
   * errmsg[0]} receives SQLite's message as a raw {@code char *}: SQLite allocated it, so read it with
   * {@code Memory.readString} and give it back with {@link #free}. What the callback throws stops the
   * query and is rethrown by this call once SQLite returns.
   */
  @Symbol(
      name = "sqlite3_exec",
      parameters = {"pointer", "string", "function", "pointer", "string*"},
      result = "i32")
  int exec(MemorySegment db, String sql, RowCallback callback, MemorySegment arg, MemorySegment[] errmsg);

  /** Frees memory SQLite allocated, such as an error message from {@link #exec}. NULL is ignored. */
  @Symbol(name = "sqlite3_free", parameters = "pointer")
  void free(MemorySegment p);

  @Symbol(name = "sqlite3_errmsg", parameters = "pointer", result = "string")
  String errmsg(MemorySegment db);

  @Symbol(name = "sqlite3_changes", parameters = "pointer", result = "i32")
  int changes(MemorySegment db);

  /** {@code nByte} -1 reads {@code sql} up to its NUL; {@code tail} may be null. */
  @Symbol(
      name = "sqlite3_prepare_v2",
      parameters = {"pointer", "string", "i32", "pointer*", "pointer"},
      result = "i32")
  int prepare(MemorySegment db, String sql, int nByte, MemorySegment[] stmt, MemorySegment tail);

  @Symbol(name = "sqlite3_step", parameters = "pointer", result = "i32")
  int step(MemorySegment stmt);

  @Symbol(name = "sqlite3_column_int64", parameters = {"pointer", "i32"}, result = "i64")
  long columnLong(MemorySegment stmt, int column);

  /** The text is owned by the statement: copied into a Java string at once, never freed here. */
  @Symbol(name = "sqlite3_column_text", parameters = {"pointer", "i32"}, result = "string")
  String columnText(MemorySegment stmt, int column);

  @Symbol(name = "sqlite3_finalize", parameters = "pointer", result = "i32")
  int finalizeStatement(MemorySegment stmt);

  @Symbol(name = "sqlite3_close", parameters = "pointer", result = "i32")
  int closeDatabase(MemorySegment db);

  @Override
  void close();
}
