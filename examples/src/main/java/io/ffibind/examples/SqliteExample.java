package io.ffibind.examples;

import io.ffibind.Memory;
import io.ffibind.Native;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/** An in-memory SQLite database: create, insert, a failing statement, and a query read row by row. */
public final class SqliteExample {
  /** What the calls returned. */
  public record Result(
      String version,
      int openStatus,
      int createStatus,
      int insertStatus,
      int changesAfterInsert,
      int badStatus,
      String badMessage,
      String errmsgAfterBad,
      List<String> rows,
      int closeStatus) {
    void print(PrintStream out) {
      out.println("sqlite  sqlite3_libversion() = " + version);
      out.println("sqlite  open(:memory:)       = " + openStatus);
      out.println("sqlite  CREATE TABLE         = " + createStatus);
      out.println("sqlite  INSERT               = " + insertStatus + ", changes " + changesAfterInsert);
      out.println("sqlite  bad statement        = " + badStatus + ", errmsg \"" + badMessage + "\"");
      out.println("sqlite  sqlite3_errmsg       = " + errmsgAfterBad);
      out.println("sqlite  SELECT               = " + rows);
      out.println("sqlite  close                = " + closeStatus);
    }
  }

  private SqliteExample() {}

  public static Result run() {
    try (Sqlite3 sql = Native.load(Sqlite3.class)) {
      MemorySegment[] db = new MemorySegment[1];
      int open = sql.open(":memory:", db);
      if (open != Sqlite3.OK) {
        throw new IllegalStateException("sqlite3_open failed: " + open);
      }
      MemorySegment[] err = new MemorySegment[1];
      int create = sql.exec(db[0], "CREATE TABLE greeting (id INTEGER PRIMARY KEY, text TEXT)", null, null, err);
      int insert = sql.exec(db[0], "INSERT INTO greeting (text) VALUES ('héllo, wörld')", null, null, err);
      int changes = sql.changes(db[0]);
      int bad = sql.exec(db[0], "INSERT INTO nowhere VALUES (1)", null, null, err);
      String badMessage = Memory.readString(err[0]);
      sql.free(err[0]);
      String errmsg = sql.errmsg(db[0]);
      List<String> rows = query(sql, db[0], "SELECT id, text FROM greeting ORDER BY id");
      return new Result(
          sql.libversion(), open, create, insert, changes, bad, badMessage, errmsg, rows, sql.closeDatabase(db[0]));
    }
  }

  private static List<String> query(Sqlite3 sql, MemorySegment db, String select) {
    MemorySegment[] stmt = new MemorySegment[1];
    int prepared = sql.prepare(db, select, -1, stmt, null);
    if (prepared != Sqlite3.OK) {
      throw new IllegalStateException("sqlite3_prepare_v2 failed: " + sql.errmsg(db));
    }
    List<String> rows = new ArrayList<>();
    try {
      int step;
      while ((step = sql.step(stmt[0])) == Sqlite3.ROW) {
        rows.add(sql.columnLong(stmt[0], 0) + ": " + sql.columnText(stmt[0], 1));
      }
      if (step != Sqlite3.DONE) {
        throw new IllegalStateException("sqlite3_step failed: " + sql.errmsg(db));
      }
    } finally {
      sql.finalizeStatement(stmt[0]);
    }
    return rows;
  }
}
