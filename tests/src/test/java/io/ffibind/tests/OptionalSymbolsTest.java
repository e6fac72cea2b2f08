package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.MissingSymbolException;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.NativeLoadException;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Symbols declared {@code optional = true}: a missing one does not fail the load, calling it throws
 * {@link MissingSymbolException} naming the symbol and the file, and {@link Native#isPresent} says
 * beforehand. A present optional symbol works as any other.
 */
class OptionalSymbolsTest {
  private static final String FIXTURES = "libffibind_fixtures.so";

  @NativeLibrary("ffibind_fixtures")
  interface Versioned extends AutoCloseable {
    @Symbol(name = "opt_present", parameters = "i32", result = "i32", optional = true)
    int present(int x);

    @Symbol(name = "opt_absent", parameters = "i32", result = "i32", optional = true)
    int absent(int x);

    @Symbol(name = "opt_absent", parameters = "i32", result = "i32", optional = true, nonblocking = true)
    CompletableFuture<Integer> absentLater(int x);

    @Global(name = "opt_present_global", type = "i32", optional = true)
    int presentGlobal();

    @Global(name = "opt_absent_global", type = "i32", optional = true)
    int absentGlobal();

    @Global(name = "opt_absent_global", type = "i32", optional = true)
    void absentGlobal(int value);

    @Global(name = "opt_absent_global", type = "i32", optional = true)
    MemorySegment absentGlobalStorage();

    /** Not optional: present, so the load succeeds. */
    @Symbol(name = "prim_neg_i32", parameters = "i32", result = "i32")
    int neg(int x);

    @Override
    void close();
  }

  @NativeLibrary("ffibind_fixtures")
  interface Strict {
    @Symbol(name = "opt_absent", parameters = "i32", result = "i32")
    int absent(int x);
  }

  @NativeLibrary("ffibind_fixtures")
  interface StrictGlobal {
    @Global(name = "opt_absent_global", type = "i32")
    int absentGlobal();
  }

  @Test
  void missingOptionalSymbolsDoNotFailTheLoad() {
    try (Versioned lib = Native.load(Versioned.class)) {
      assertEquals(-5, lib.neg(5));
      assertEquals(21, lib.present(7));
      assertEquals(5, lib.presentGlobal());
    }
  }

  @Test
  void presenceIsKnownWithoutCalling() {
    try (Versioned lib = Native.load(Versioned.class)) {
      assertTrue(Native.isPresent(lib, "opt_present"));
      assertFalse(Native.isPresent(lib, "opt_absent"));
      assertTrue(Native.isPresent(lib, "opt_present_global"));
      assertFalse(Native.isPresent(lib, "opt_absent_global"));
      assertTrue(Native.isPresent(lib, "prim_neg_i32"), "required symbols are present by definition");
    }
  }

  @Test
  void presenceOfANameTheInterfaceDoesNotBindIsAMistake() {
    try (Versioned lib = Native.load(Versioned.class)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Native.isPresent(lib, "present"));
      assertTrue(e.getMessage().contains("binds no C symbol named \"present\""), e.getMessage());
      assertTrue(e.getMessage().contains("opt_present"), "lists what it binds: " + e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Native.isPresent("not a binding", "opt_present"));
    }
  }

  @Test
  void callingAMissingSymbolThrowsNamingSymbolAndFile() {
    try (Versioned lib = Native.load(Versioned.class)) {
      MissingSymbolException e = assertThrows(MissingSymbolException.class, () -> lib.absent(1));
      assertEquals("opt_absent", e.symbol());
      assertTrue(e.library().endsWith(FIXTURES), e.library());
      assertTrue(e.getMessage().contains("Versioned.absent: symbol opt_absent is not exported by "), e.getMessage());
      assertTrue(e.getMessage().contains(FIXTURES), e.getMessage());
      assertInstanceOf(RuntimeException.class, e);
      assertEquals(21, lib.present(7), "the binding still works");
    }
  }

  @Test
  void missingGlobalsThrowOnEveryAccess() {
    try (Versioned lib = Native.load(Versioned.class)) {
      MissingSymbolException read = assertThrows(MissingSymbolException.class, lib::absentGlobal);
      assertTrue(read.getMessage().contains("symbol opt_absent_global is not exported by"), read.getMessage());
      assertThrows(MissingSymbolException.class, () -> lib.absentGlobal(3));
      assertThrows(MissingSymbolException.class, lib::absentGlobalStorage);
    }
  }

  @Test
  void aNonblockingCallOfAMissingSymbolFailsItsFuture() {
    try (Versioned lib = Native.load(Versioned.class)) {
      CompletableFuture<Integer> future = lib.absentLater(1);
      CompletionException e = assertThrows(CompletionException.class, future::join);
      assertInstanceOf(MissingSymbolException.class, e.getCause());
    }
  }

  @Test
  void withoutOptionalTheLoadFailsAsBefore() {
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(Strict.class));
    assertTrue(e.getMessage().contains("symbol opt_absent is not exported by"), e.getMessage());
    NativeLoadException g = assertThrows(NativeLoadException.class, () -> Native.load(StrictGlobal.class));
    assertTrue(g.getMessage().contains("symbol opt_absent_global is not exported by"), g.getMessage());
  }
}
