package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, optional symbols, black box: libc lacks a symbol, the load still works, the call throws a
 * RuntimeException naming the symbol and the library file; a missing required symbol fails the load.
 * Compiled without -Affibind.libraryPath (the symbols are missing on purpose).
 */
class AuditUnverifiedOptionalTest {

  @NativeLibrary("c")
  public interface LibcMaybe {
    @Symbol(parameters = {"string"}, result = "usize")
    long strlen(String s);

    @Symbol(name = "ffibind_audit_no_such_fn", parameters = {"i32"}, result = "i32", optional = true)
    int absent(int x);

    @Symbol(name = "abs", parameters = {"i32"}, result = "i32", optional = true)
    int absPresent(int x);

    @Symbol(name = "ffibind_audit_no_such_async", parameters = {"i32"}, result = "i32", optional = true, nonblocking = true)
    CompletableFuture<Integer> absentAsync(int x);

    @Global(name = "ffibind_audit_no_such_global", type = "i32", optional = true)
    int absentGlobal();
  }

  @NativeLibrary("c")
  public interface LibcRequired {
    @Symbol(parameters = {"string"}, result = "usize")
    long strlen(String s);

    @Symbol(name = "ffibind_audit_required_missing", parameters = {}, result = "void")
    void missing();
  }

  @NativeLibrary("c")
  public interface LibcRequiredGlobal {
    @Global(name = "ffibind_audit_required_global", type = "i64")
    long missing();
  }

  @Test
  void optionalMissingSymbolLoadsAndThrowsNamingSymbolAndFile() {
    LibcMaybe c = Native.load(LibcMaybe.class);
    assertEquals(5, c.strlen("hello"));
    assertEquals(7, c.absPresent(-7));
    RuntimeException e = assertThrows(RuntimeException.class, () -> c.absent(1));
    assertTrue(e.getMessage().contains("ffibind_audit_no_such_fn"), e.getMessage());
    assertTrue(e.getMessage().contains("libc.so"), e.getMessage());
    RuntimeException g = assertThrows(RuntimeException.class, c::absentGlobal);
    assertTrue(g.getMessage().contains("ffibind_audit_no_such_global"), g.getMessage());
    assertTrue(g.getMessage().contains("libc.so"), g.getMessage());
  }

  @Test
  void presenceQuery() {
    LibcMaybe c = Native.load(LibcMaybe.class);
    assertFalse(Native.isPresent(c, "ffibind_audit_no_such_fn"));
    assertFalse(Native.isPresent(c, "ffibind_audit_no_such_global"));
    assertTrue(Native.isPresent(c, "abs"));
    assertTrue(Native.isPresent(c, "strlen"));
    assertThrows(IllegalArgumentException.class, () -> Native.isPresent(c, "memcpy"));
  }

  @Test
  void optionalMissingNonblockingCompletesExceptionally() {
    LibcMaybe c = Native.load(LibcMaybe.class);
    CompletableFuture<Integer> f = c.absentAsync(3);
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertTrue(e.getCause() instanceof RuntimeException, String.valueOf(e.getCause()));
    assertTrue(e.getCause().getMessage().contains("ffibind_audit_no_such_async"), e.getCause().getMessage());
  }

  @Test
  void missingRequiredSymbolFailsTheLoad() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> Native.load(LibcRequired.class));
    assertTrue(e.getMessage().contains("ffibind_audit_required_missing"), e.getMessage());
    assertTrue(e.getMessage().contains("libc.so"), e.getMessage());
    RuntimeException g = assertThrows(RuntimeException.class, () -> Native.load(LibcRequiredGlobal.class));
    assertTrue(g.getMessage().contains("ffibind_audit_required_global"), g.getMessage());
  }
}
