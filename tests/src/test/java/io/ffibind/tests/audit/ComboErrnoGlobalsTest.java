package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.CallbackErrorHandler;
import io.ffibind.Callbacks;
import io.ffibind.StaleCallbackException;
import io.ffibind.Native;
import io.ffibind.tests.audit.Combo.CoPoint;
import io.ffibind.tests.audit.Combo.Handler;
import io.ffibind.tests.audit.Combo.IntFn;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** errno with structs and callbacks; struct globals holding function pointers; @Critical and variadics with structs. */
class ComboErrnoGlobalsTest {
  private static final Combo C = Native.load(Combo.class);

  @Test
  void errnoAfterAStructResult() {
    assertEquals(new CoPoint(Integer.MIN_VALUE, -1), C.makeErrno(Integer.MIN_VALUE, -1, 22));
    assertEquals(22, Native.errno());
    assertEquals(new CoPoint(0, 0), C.makeErrno(0, 0, 0));
    assertEquals(0, Native.errno());
  }

  @Test
  void errnoAfterAStructArgument() {
    assertEquals(2L * Integer.MAX_VALUE, C.sumErrno(new CoPoint(Integer.MAX_VALUE, Integer.MAX_VALUE), 4095));
    assertEquals(4095, Native.errno());
    C.setErrno(3);
    assertThrows(IllegalArgumentException.class, () -> C.sumErrno(null, 9));
    assertEquals(3, Native.errno(), "a call rejected before C runs captures nothing");
  }

  @Test
  void errnoAfterACallbackThatMakesItsOwnErrnoCall() {
    int[] inner = new int[1];
    int r = C.callErrno(v -> {
      C.setErrno(99);
      inner[0] = Native.errno();
      return v * 2;
    }, 21, 7);
    assertEquals(42, r);
    assertEquals(99, inner[0], "the nested call's errno, seen inside the callback");
    assertEquals(7, Native.errno(), "the outer call's errno, captured after C returned");
  }

  @Test
  void errnoOfACallWhoseCallbackThrew() {
    C.setErrno(1);
    IllegalStateException boom = new IllegalStateException("cb");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> C.callErrno(v -> {
      throw boom;
    }, 1, 13));
    assertSame(boom, e);
    assertEquals(13, Native.errno(), "C returned and set errno before the call rethrew");
  }

  @Test
  void structGlobalWithAFunctionPointerField() {
    Handler h = C.handler();
    assertEquals(7, h.id());
    assertEquals(14, h.fn().apply(7), "the C function twice(), called through the record's field");
    assertEquals(Integer.MIN_VALUE, h.fn().apply(Integer.MIN_VALUE / 2));
    assertTrue(C.handlerIsTwice());
    try (Arena arena = Arena.ofConfined()) {
      C.handler(new Handler(-1, v -> v + 1000), arena);
      assertEquals(-1, C.handlerId());
      assertEquals(1005, C.handlerCall(5), "C calls the Java lambda stored in the global");
      assertEquals(1005, C.handler().fn().apply(5), "read back, the field calls the same Java code");
      C.handler(new Handler(0, null), arena);
      assertNull(C.handler().fn());
      assertEquals(Integer.MIN_VALUE, C.handlerCall(5));
      C.handler(h, arena); // the C function read earlier goes back as its own address
    }
    assertTrue(C.handlerIsTwice());
    assertEquals(7, C.handlerId());
    assertEquals(-4, C.handlerCall(-2));
  }

  @Test
  void structGlobalStorageHoldsTheFunctionPointer() {
    MemorySegment storage = C.handlerStorage();
    assertEquals(16, storage.byteSize());
    assertEquals(7, storage.get(ValueLayout.JAVA_INT, 0));
    IntFn twice = Callbacks.wrap(IntFn.class, storage.get(ValueLayout.ADDRESS, 8));
    assertEquals(-20, twice.apply(-10));
  }

  @Test
  void globalFunctionPointerReadAsACallbackAndCalled() {
    MemorySegment storage = C.fnStorage();
    assertEquals(8, storage.byteSize());
    MemorySegment negate = storage.get(ValueLayout.ADDRESS, 0);
    IntFn fn = Callbacks.wrap(IntFn.class, negate);
    assertEquals(-5, fn.apply(5));
    assertEquals(Integer.MIN_VALUE, fn.apply(Integer.MIN_VALUE));
    try (Arena arena = Arena.ofConfined()) {
      C.fn(Callbacks.pointer(IntFn.class, v -> v * v, arena));
      assertEquals(144, C.fnCall(12));
      IntFn back = Callbacks.wrap(IntFn.class, C.fnStorage().get(ValueLayout.ADDRESS, 0));
      assertEquals(169, back.apply(13));
      assertEquals(196, C.fn().apply(14), "the getter gives the Java callback behind the pointer");
      C.fn(negate);
    }
    assertEquals(-3, C.fnCall(3));
    assertEquals(-9, C.fn().apply(9), "the getter calls C's negate()");
    C.fn(MemorySegment.NULL);
    assertNull(C.fn(), "NULL reads as null");
    C.fn(negate);
  }

  @Test
  void criticalWithStructArraysAndHeapSegments() {
    CoPoint[] ps = {new CoPoint(1, -1), new CoPoint(Integer.MAX_VALUE, Integer.MIN_VALUE)};
    C.swapCritical(ps, 2);
    assertArrayEquals(new CoPoint[] {new CoPoint(-1, 1), new CoPoint(Integer.MIN_VALUE, Integer.MAX_VALUE)}, ps);
    assertThrows(IllegalArgumentException.class, () -> C.swapCritical(ps, 3));

    int[] heap = {10, 20, 30, 40, 50};
    C.swapCriticalSegment(MemorySegment.ofArray(heap), 2);
    assertArrayEquals(new int[] {20, 10, 40, 30, 50}, heap, "a heap segment is passed in place");
    C.bumpCritical(MemorySegment.ofArray(heap).asSlice(8), 5);
    assertArrayEquals(new int[] {20, 10, 45, 25, 50}, heap);
    assertEquals(-1L, C.sumCritical(new CoPoint(Integer.MAX_VALUE, Integer.MIN_VALUE)));
  }

  @Test
  void variadicStructPointers() {
    CoPoint[] a = {new CoPoint(10, 3)};
    CoPoint b = new CoPoint(Integer.MIN_VALUE, 0);
    assertEquals(7L + Integer.MIN_VALUE, C.pointsVa(2, a, b));
    assertEquals(new CoPoint(11, 2), a[0], "C's write through the variadic pointer is copied back");
    assertEquals(1_000_000L + 7, C.pointsVa(2, new CoPoint[] {new CoPoint(8, 1)}, null));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = arena.allocate(8, 4);
      s.set(ValueLayout.JAVA_INT, 0, -5);
      s.set(ValueLayout.JAVA_INT, 4, 5);
      assertEquals(-10, C.pointsVaSegment(1, s));
      assertEquals(-4, s.get(ValueLayout.JAVA_INT, 0));
      assertEquals(4, s.get(ValueLayout.JAVA_INT, 4));
      assertEquals(1_000_000L, C.pointsVaSegment(1, null));
    }
    assertFalse(a[0] == null);
  }

  @Test
  void structGlobalSetterWithANonArenaAllocatorIsRejectedAndTheGlobalKept() {
    try (Arena arena = Arena.ofConfined()) {
      SegmentAllocator slicing = SegmentAllocator.slicingAllocator(arena.allocate(64));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> C.handler(new Handler(99, v -> v), slicing));
      assertTrue(e.getMessage().contains("fn"), e.getMessage());
    }
    assertEquals(7, C.handlerId());
    assertTrue(C.handlerIsTwice());
  }

  @Test
  void aGlobalCallbackWhoseArenaClosedIsReportedStaleAndCGetsZero() {
    List<Throwable> reported = new CopyOnWriteArrayList<>();
    List<Class<?>> types = new CopyOnWriteArrayList<>();
    CallbackErrorHandler previous = Callbacks.errorHandler();
    Callbacks.setErrorHandler((type, error) -> {
      types.add(type);
      reported.add(error);
    });
    Handler original = C.handler();
    try {
      try (Arena arena = Arena.ofConfined()) {
        C.handler(new Handler(1, v -> v * 10), arena);
        assertEquals(30, C.handlerCall(3));
      }
      assertEquals(0, C.handlerCall(3), "the stub is detached: C receives zero, never freed code");
      assertEquals(List.of(IntFn.class), types);
      assertInstanceOf(StaleCallbackException.class, reported.get(0));
      IllegalStateException boom = new IllegalStateException("kept callback threw");
      try (Arena arena = Arena.ofConfined()) {
        C.handler(new Handler(1, v -> {
          throw boom;
        }), arena);
        assertEquals(0, C.handlerCall(3));
      }
      assertSame(boom, reported.get(1), "a callback kept with an arena throws to the handler");
    } finally {
      Callbacks.setErrorHandler(previous);
      try (Arena arena = Arena.ofConfined()) {
        C.handler(original, arena);
      }
    }
    assertTrue(C.handlerIsTwice());
  }

  @Test
  void criticalStructCallsCaptureErrno() {
    assertEquals(-1L, C.sumErrnoCritical(new CoPoint(Integer.MAX_VALUE, Integer.MIN_VALUE), 61));
    assertEquals(61, Native.errno());
    assertEquals(new CoPoint(-3, 3), C.makeErrnoCritical(-3, 3, 0));
    assertEquals(0, Native.errno());
  }

  @Test
  void aCallbackReceivesAStructWhoseFunctionPointerItCalls() {
    assertEquals(2 * 21 + 7, C.withHandler((h, v) -> h.fn().apply(v) + h.id(), 21));
    Handler original = C.handler();
    try (Arena arena = Arena.ofConfined()) {
      Combo.IntFn java = v -> v - 1;
      C.handler(new Handler(3, java), arena);
      Handler[] seen = new Handler[1];
      assertEquals(100 - 1 + 3, C.withHandler((h, v) -> {
        seen[0] = h;
        return h.fn().apply(v) + h.id();
      }, 100));
      assertSame(java, seen[0].fn(), "a stub kept with an arena reads back as the Java callback itself");
      C.handler(original, arena);
    }
    assertTrue(C.handlerIsTwice());
  }

  @Test
  void globalArrayOfStructsWithFunctionPointers() {
    Handler[] hs = C.handlers();
    assertEquals(2, hs.length);
    assertEquals(1, hs[0].id());
    assertEquals(2, hs[1].id());
    assertEquals(10, hs[0].fn().apply(5));
    assertEquals(-5, hs[1].fn().apply(5));
    try (Arena arena = Arena.ofConfined()) {
      C.handlers(new Handler[] {new Handler(10, v -> v * 3), hs[1]}, arena);
      assertEquals(3 * 4 + 10, C.handlersCall(0, 4));
      assertEquals(-4 + 2, C.handlersCall(1, 4), "the C function read back is written as its own address");
      assertThrows(IllegalArgumentException.class, () -> C.handlers(new Handler[] {hs[0]}, arena));
      assertThrows(IllegalArgumentException.class, () -> C.handlers(new Handler[] {hs[0], null}, arena));
      assertEquals(3 * 4 + 10, C.handlersCall(0, 4), "a rejected write leaves the global alone");
      C.handlers(hs, arena);
    }
    assertEquals(2 * 4 + 1, C.handlersCall(0, 4));
  }

  @Test
  void variadicStructPointerWithErrno() {
    C.setErrno(0);
    CoPoint[] a = {new CoPoint(5, 5)};
    assertEquals(0L, C.pointsVaErrno(1, a));
    assertEquals(new CoPoint(6, 4), a[0]);
    assertEquals(1, Native.errno(), "co_points_va sets errno to n");
    assertEquals(1_000_000L, C.pointsVaErrno(1, null), "null passes NULL through the variadic part");
    assertEquals(1, Native.errno());
  }
}
