package io.ffibind.tests.readme;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** README, "Lifetimes": kept verbatim. */
@NativeLibrary("sqlite3")
public interface Hooks {
  // void (*)(void *context, int operation, char const *database, char const *table, sqlite3_int64 rowid)
  @Callback(parameters = {"pointer", "i32", "string", "string", "i64"})
  interface UpdateHook {
    void changed(MemorySegment context, int operation, String database, String table, long rowid);
  }

  @Symbol(name = "sqlite3_open", parameters = {"string", "pointer*"}, result = "i32")
  int open(String filename, MemorySegment[] db);

  // Keeps the hook: takes a pointer that outlives this call.
  @Symbol(name = "sqlite3_update_hook", parameters = {"pointer", "function", "pointer"}, result = "pointer")
  MemorySegment updateHook(MemorySegment db, MemorySegment hook, MemorySegment context);

  @Symbol(name = "sqlite3_exec", parameters = {"pointer", "string", "pointer", "pointer", "pointer"}, result = "i32")
  int exec(MemorySegment db, String sql, MemorySegment callback, MemorySegment context, MemorySegment errmsg);

  @Symbol(name = "sqlite3_close", parameters = "pointer", result = "i32")
  int close(MemorySegment db);
}
