package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.CallbackErrorHandler;
import io.ffibind.Callbacks;
import io.ffibind.Native;
import io.ffibind.StaleCallbackException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Callbacks C keeps: pointers from {@code Callbacks.pointer} live as long as their arena, and what
 * they throw goes to the error handler; a callback passed for one call that C calls later is caught.
 * Uses the process-wide handler and C's one stored callback, so it runs alone.
 */
@Isolated
class CallbackLifetimeTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  private record Reported(Class<?> callback, Throwable error) {}

  private final List<Reported> reported = new ArrayList<>();
  private CallbackErrorHandler previous;

  @BeforeEach
  void recordErrors() {
    previous = Callbacks.errorHandler();
    Callbacks.setErrorHandler((callback, error) -> {
      synchronized (reported) {
        reported.add(new Reported(callback, error));
      }
    });
  }

  @AfterEach
  void restore() {
    Callbacks.setErrorHandler(previous);
    LIB.store(null);
  }

  @Test
  void aPointerCKeepsLivesAsLongAsItsArena() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pointer = Callbacks.pointer(CallbackLib.IntOp.class, v -> v * 3, arena);
      LIB.store(pointer);
      assertEquals(30, LIB.fire(10));
      assertEquals(-30, LIB.fire(-10));
    }
    assertEquals(List.of(), reported);
  }

  @Test
  void itsExceptionsGoToTheHandlerAndCGetsZero() {
    IllegalStateException boom = new IllegalStateException("later");
    try (Arena arena = Arena.ofConfined()) {
      LIB.store(Ffibind_CallbackLib_IntOp.pointer(v -> { throw boom; }, arena));
      assertEquals(0, LIB.fire(1), "C received zero, and fire() itself does not throw");
    }
    assertEquals(List.of(new Reported(CallbackLib.IntOp.class, boom)), reported);
  }

  @Test
  void onErrorNamesWhatCReceives() {
    try (Arena arena = Arena.ofConfined()) {
      LIB.store(Callbacks.pointer(CallbackLib.Guarded.class, v -> {
        if (v < 0) {
          throw new IllegalArgumentException("negative");
        }
        return v;
      }, arena));
      assertEquals(5, LIB.fire(5));
      assertEquals(-7, LIB.fire(-1), "C received onError's value");
      LIB.store(null);
    }
    assertEquals(1, reported.size());
    // A stale call gets it too.
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment p = Ffibind_CallbackLib_Guarded.pointer(v -> v, arena);
      LIB.store(p);
    }
    assertEquals(-7, LIB.fire(3));
    assertInstanceOf(StaleCallbackException.class, reported.get(1).error());
  }

  @Test
  void afterTheArenaClosedCsCallIsReportedNotRun() {
    List<Integer> ran = new ArrayList<>();
    MemorySegment pointer;
    try (Arena arena = Arena.ofConfined()) {
      pointer = Callbacks.pointer(CallbackLib.IntOp.class, v -> { ran.add(v); return v; }, arena);
      LIB.store(pointer);
      assertEquals(1, LIB.fire(1));
    }
    assertEquals(0, LIB.fire(2), "C still holds the pointer: the call is not run");
    assertEquals(List.of(1), ran);
    assertEquals(1, reported.size());
    assertInstanceOf(StaleCallbackException.class, reported.get(0).error());
    // Java cannot pass the pointer of a closed arena.
    MemorySegment closed = pointer;
    assertThrows(IllegalStateException.class, () -> LIB.store(closed));
  }

  @Test
  void aCallbackForOneCallThatCKeepsIsCaught() {
    List<Integer> ran = new ArrayList<>();
    LIB.storeForTheCallOnly(v -> { ran.add(v); return v; }); // the misuse: C keeps it
    assertEquals(0, LIB.fire(5), "the stale call returns zero instead of running");
    assertEquals(List.of(), ran);
    assertEquals(1, reported.size());
    Reported r = reported.get(0);
    assertSame(CallbackLib.IntOp.class, r.callback());
    StaleCallbackException stale = assertInstanceOf(StaleCallbackException.class, r.error());
    assertTrue(stale.getMessage().contains("Callbacks.pointer(IntOp.class"), stale.getMessage());
  }

  @Test
  void aHandlerThatThrowsCannotHurt() {
    Callbacks.setErrorHandler((callback, error) -> { throw new IllegalStateException("handler broke"); });
    try (Arena arena = Arena.ofConfined()) {
      LIB.store(Callbacks.pointer(CallbackLib.IntOp.class, v -> { throw new RuntimeException("cb"); }, arena));
      assertEquals(0, LIB.fire(1));
    }
    assertEquals(7, LIB.callInt(v -> v, 7), "the JVM lives on");
  }

  @Test
  void manyLivePointersAtOnce() {
    try (Arena arena = Arena.ofConfined()) {
      List<MemorySegment> pointers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        int k = i;
        pointers.add(Callbacks.pointer(CallbackLib.IntOp.class, v -> v + k, arena));
      }
      for (int i = 0; i < 50; i++) {
        assertEquals(100 + i, LIB.callRaw(pointers.get(i), 100));
      }
      assertEquals(12, LIB.callInt(v -> v + 2, 10), "call-scoped stubs still come from the same pool");
    }
  }

  @Test
  void theDefaultHandlerPrints() {
    Callbacks.setErrorHandler(null);
    assertTrue(Callbacks.errorHandler() != null);
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(out, true));
    try (Arena arena = Arena.ofConfined()) {
      LIB.store(Callbacks.pointer(CallbackLib.IntOp.class, v -> { throw new IllegalStateException("printed"); }, arena));
      assertEquals(0, LIB.fire(1));
    } finally {
      System.setErr(err);
    }
    String printed = out.toString();
    assertTrue(printed.contains("io.ffibind.tests.callbacks.CallbackLib$IntOp"), printed);
    assertTrue(printed.contains("java.lang.IllegalStateException: printed"), printed);
    assertTrue(printed.contains("\tat "), "with the stack trace: " + printed);
  }

  @Test
  void onlyCallbackInterfacesHavePointers() {
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Callbacks.pointer(Runnable.class, () -> {}, arena));
      assertTrue(e.getMessage().contains("annotated @Callback"), e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> Callbacks.pointer(CallbackLib.IntOp.class, null, Arena.global()));
  }
}
