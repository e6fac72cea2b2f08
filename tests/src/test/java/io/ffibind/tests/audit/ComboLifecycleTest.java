package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Callbacks;
import io.ffibind.MissingSymbolException;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Global;
import io.ffibind.Symbol;
import io.ffibind.tests.audit.Combo.CoPoint;
import io.ffibind.tests.audit.Combo.Handler;
import io.ffibind.tests.audit.Combo.IntFn;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Optional symbols with structs and callbacks; close() against every kind of method; kept callbacks. */
class ComboLifecycleTest {

  @NativeLibrary("ffibind_fixtures")
  public interface Optionals extends AutoCloseable {
    @Symbol(name = "co_point_make", parameters = {"i32", "i32"}, result = "co_point", optional = true)
    CoPoint make(int x, int y);

    @Symbol(name = "co_call_after", parameters = {"function", "i32", "i32"}, result = "i32", optional = true)
    int callAfter(IntFn cb, int v, int ms);

    @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"}, optional = true, errno = true)
    void bump(CoPoint[] p, int d);

    @Symbol(name = "co_absent_make", parameters = {"i32", "i32"}, result = "co_point", optional = true)
    CoPoint absentMake(int x, int y);

    @Symbol(name = "co_absent_call", parameters = {"function", "i32"}, result = "i32", optional = true)
    int absentCall(IntFn cb, int v);

    @Symbol(name = "co_absent_bump", parameters = {"co_point*", "i32"}, optional = true)
    void absentBump(CoPoint[] p, int d);

    @Symbol(name = "co_absent_call", parameters = {"function", "i32"}, result = "i32", optional = true,
        nonblocking = true)
    CompletableFuture<Integer> absentCallAsync(IntFn cb, int v);

    @Global(name = "co_handler_global", type = "co_handler", optional = true)
    Handler handler();

    @Global(name = "co_absent_handler", type = "co_handler", optional = true)
    Handler absentHandler();

    @Global(name = "co_absent_handler", type = "co_handler", optional = true)
    void absentHandler(Handler h, SegmentAllocator allocator);

    @Global(name = "co_absent_fn", type = "function", optional = true)
    IntFn absentFn();

    @Override
    void close();
  }

  @Test
  void presentOptionalSymbolsWithStructsAndCallbacks() {
    try (Optionals o = Native.load(Optionals.class)) {
      assertTrue(Native.isPresent(o, "co_point_make"));
      assertTrue(Native.isPresent(o, "co_call_after"));
      assertEquals(new CoPoint(Integer.MIN_VALUE, Integer.MAX_VALUE), o.make(Integer.MIN_VALUE, Integer.MAX_VALUE));
      assertEquals(-42, o.callAfter(v -> -v, 42, 0));
      CoPoint[] p = {new CoPoint(1, 1)};
      o.bump(p, 2);
      assertEquals(new CoPoint(3, -1), p[0]);
    }
  }

  @Test
  void absentOptionalSymbolsWithStructsAndCallbacks() {
    try (Optionals o = Native.load(Optionals.class)) {
      assertFalse(Native.isPresent(o, "co_absent_make"));
      assertFalse(Native.isPresent(o, "co_absent_call"));
      MissingSymbolException e = assertThrows(MissingSymbolException.class, () -> o.absentMake(1, 2));
      assertTrue(e.getMessage().contains("co_absent_make"), e.getMessage());
      AtomicInteger calls = new AtomicInteger();
      e = assertThrows(MissingSymbolException.class, () -> o.absentCall(v -> calls.incrementAndGet(), 1));
      assertTrue(e.getMessage().contains("co_absent_call"), e.getMessage());
      CoPoint[] p = {new CoPoint(5, 6)};
      assertThrows(MissingSymbolException.class, () -> o.absentBump(p, 1));
      assertEquals(new CoPoint(5, 6), p[0]);
      CompletableFuture<Integer> f = o.absentCallAsync(v -> calls.incrementAndGet(), 1);
      CompletionException c = assertThrows(CompletionException.class, f::join);
      assertInstanceOf(MissingSymbolException.class, c.getCause());
      assertEquals(0, calls.get(), "no callback of a missing function ever runs");
      assertThrows(MissingSymbolException.class, o::absentHandler);
      try (Arena arena = Arena.ofConfined()) {
        assertThrows(MissingSymbolException.class, () -> o.absentHandler(new Handler(1, v -> v), arena));
      }
      assertThrows(MissingSymbolException.class, o::absentFn);
      assertEquals(14, o.handler().fn().apply(7), "a present optional struct global with a function pointer");
    }
  }

  @Test
  void everyKindOfMethodThrowsAfterClose() {
    Combo c = Native.load(Combo.class);
    assertEquals(new CoPoint(1, 2), c.make(1, 2));
    c.close();
    c.close(); // twice is harmless
    AtomicInteger calls = new AtomicInteger();
    assertThrows(IllegalStateException.class, () -> c.make(1, 2));
    assertThrows(IllegalStateException.class, () -> c.sum(new CoPoint(1, 2)));
    CoPoint[] p = {new CoPoint(1, 2)};
    assertThrows(IllegalStateException.class, () -> c.bump(p, 1));
    assertEquals(new CoPoint(1, 2), p[0]);
    assertThrows(IllegalStateException.class, () -> c.swap(p, 1));
    assertThrows(IllegalStateException.class, () -> c.callAfter(v -> calls.incrementAndGet(), 1, 0));
    assertThrows(IllegalStateException.class, () -> c.makeErrno(1, 2, 3));
    assertThrows(IllegalStateException.class, () -> c.callErrno(v -> calls.incrementAndGet(), 1, 3));
    assertThrows(IllegalStateException.class, () -> c.swapCritical(p, 1));
    assertThrows(IllegalStateException.class, () -> c.pointsVa(1, p, null));
    assertThrows(IllegalStateException.class, c::handler);
    assertThrows(IllegalStateException.class, c::handlerStorage);
    assertThrows(IllegalStateException.class, c::fnStorage);
    try (Arena arena = Arena.ofConfined()) {
      assertThrows(IllegalStateException.class, () -> c.handler(new Handler(1, v -> v), arena));
      assertThrows(IllegalStateException.class, () -> c.fn(MemorySegment.NULL));
    }
    assertThrows(IllegalStateException.class, () -> c.nest((d, s, q) -> calls.incrementAndGet(), 0, "x",
        new int[] {1}, 1, new CoPoint(0, 0)));
    for (CompletableFuture<?> f : new CompletableFuture<?>[] {
        c.makeAsync(1, 2), c.sumAsync(new CoPoint(1, 2)), c.bumpAsync(p, 1), c.swapAsync(p, 1),
        c.makeErrnoAsync(1, 2, 3), c.callAfterAsync(v -> calls.incrementAndGet(), 1, 0),
        c.callErrnoAsync(v -> calls.incrementAndGet(), 1, 0)}) {
      CompletionException e = assertThrows(CompletionException.class, f::join);
      assertInstanceOf(IllegalStateException.class, e.getCause());
    }
    assertEquals(new CoPoint(1, 2), p[0]);
    assertEquals(0, calls.get());
  }

  @Test
  void aKeptCallbackOutlivesTheBindingThatPassedIt() {
    AtomicInteger calls = new AtomicInteger();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment kept = Callbacks.pointer(IntFn.class, v -> {
        calls.incrementAndGet();
        return v ^ 0x5555;
      }, arena);
      Combo first = Native.load(Combo.class);
      first.store(kept);
      assertEquals(0x5555, first.fire(0));
      first.close();
      Combo second = Native.load(Combo.class);
      assertEquals(0x5555 ^ -1, second.fire(-1), "the arena, not the binding, decides how long it lives");
      IntFn wrapped = Callbacks.wrap(IntFn.class, kept);
      assertEquals(0x5555 ^ 7, wrapped.apply(7));
      second.store(MemorySegment.NULL);
      assertEquals(Integer.MIN_VALUE, second.fire(1));
      second.close();
    }
    assertEquals(3, calls.get());
    int[] unused = {0};
    assertArrayEquals(new int[] {0}, unused);
  }

  @Test
  void aVtableWrittenThroughTheCompanionOutlivesItsBinding() {
    AtomicInteger calls = new AtomicInteger();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment vtable = Ffibind_Combo_Handler.allocate(arena, new Handler(1000, v -> {
        calls.incrementAndGet();
        return -v;
      }));
      Combo first = Native.load(Combo.class);
      assertEquals(1000 - 5, first.applySegment(vtable, 5));
      first.close();
      assertThrows(IllegalStateException.class, () -> first.applySegment(vtable, 5));
      Combo second = Native.load(Combo.class);
      assertEquals(1000 + Integer.MIN_VALUE + 1, second.applySegment(vtable, Integer.MAX_VALUE));
      IntFn field = Ffibind_Combo_Handler.fn(vtable);
      assertEquals(-8, field.apply(8), "the field reads back as the Java callback");
      second.close();
    }
    assertEquals(3, calls.get());
  }
}
