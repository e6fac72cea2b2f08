package io.ffibind.tests.cbstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.CallbackErrorHandler;
import io.ffibind.Callbacks;
import io.ffibind.Native;
import io.ffibind.StaleCallbackException;
import io.ffibind.tests.cbstruct.OpsLib.BinOp;
import io.ffibind.tests.cbstruct.OpsLib.Describe;
import io.ffibind.tests.cbstruct.OpsLib.Ops;
import io.ffibind.tests.cbstruct.OpsLib.RawOps;
import io.ffibind.tests.cbstruct.OpsLib.Widget;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Struct fields whose Java type is a {@code @Callback} interface, against a C "vtable": written into
 * a call's memory they are callbacks for that call (rethrown by it, stale after it); written through
 * the companion into an {@code Arena} they live until it closes; read from C they are C functions
 * Java can call, or the same Java objects when the pointer is one of their stubs. Uses the process-wide
 * error handler and C's one kept vtable, so it runs alone.
 */
@Isolated
class VtableTest {
  private static final OpsLib LIB = Native.load(OpsLib.class);

  private final List<Throwable> reported = new ArrayList<>();
  private CallbackErrorHandler previous;

  @BeforeEach
  void recordErrors() {
    previous = Callbacks.errorHandler();
    Callbacks.setErrorHandler((callback, error) -> {
      synchronized (reported) {
        reported.add(error);
      }
    });
  }

  @AfterEach
  void restore() {
    Callbacks.setErrorHandler(previous);
    LIB.keep(null);
  }

  @Test
  void cCallsTheCallbacksOfARecordArgument() {
    BinOp multiply = (a, b) -> a * b;
    List<Ops> selves = new ArrayList<>();
    Describe describe = (self, v) -> {
      selves.add(self);
      return v + 1;
    };
    Ops ops = new Ops(multiply, describe, "mul", 1000);
    assertEquals(42 + 1 + 1000, LIB.run(ops, 6, 7));
    // describe got the vtable itself: its function pointers read back as the same Java objects.
    assertEquals(1, selves.size());
    assertEquals(ops, selves.get(0));
    assertNotSame(ops, selves.get(0));
    assertSame(multiply, selves.get(0).apply());
    assertSame(describe, selves.get(0).describe());
    assertEquals(-1 + 5, LIB.run(new Ops(null, null, "none", 5), 1, 2), "null callbacks are NULL");
  }

  @Test
  void byValueInArraysAndBehindAPointer() {
    Ops add = new Ops((a, b) -> a + b, null, "add", 0);
    Ops sub = new Ops((a, b) -> a - b, (self, v) -> v * 10, "sub", 1);
    assertEquals(5, LIB.runByValue(add, 2, 3));
    assertEquals(5 + (-1 * 10 + 1), LIB.runAll(new Ops[] {add, sub}, 2, 2, 3));
    assertEquals(5 + "three".length(), LIB.runWidget(new Widget("three", add), 2, 3));
  }

  @Test
  void whatTheCallbacksThrowIsRethrownByTheCall() {
    IllegalStateException first = new IllegalStateException("apply");
    IllegalArgumentException second = new IllegalArgumentException("describe");
    Ops failing = new Ops((a, b) -> { throw first; }, (self, v) -> { throw second; }, "failing", 0);
    IllegalStateException caught = assertThrows(IllegalStateException.class, () -> LIB.run(failing, 1, 2));
    assertSame(first, caught);
    assertEquals(1, caught.getSuppressed().length);
    assertSame(second, caught.getSuppressed()[0]);
    assertSame(first, assertThrows(IllegalStateException.class,
        () -> LIB.runWidget(new Widget("w", failing), 1, 2)), "two pointers deep too");
    assertEquals(3, LIB.run(new Ops((a, b) -> a + b, null, "ok", 0), 1, 2), "later calls work");
    assertEquals(List.of(), reported);
  }

  @Test
  void cChangesAFunctionPointerOfAnOutParameter() {
    BinOp add = (a, b) -> a + b;
    Describe describe = (self, v) -> v;
    Ops[] ops = {new Ops(add, describe, "mine", 3)};
    LIB.setSubtract(ops);
    assertNotSame(add, ops[0].apply(), "C stored its own function");
    assertEquals(6, ops[0].apply().apply(10, 4), "Java calls C's subtract");
    assertSame(describe, ops[0].describe(), "the one C left is the same Java object");
    assertEquals("mine", ops[0].name());
    assertEquals(6 + 3, LIB.run(ops[0], 10, 4), "passed back, it is C's function again");
  }

  @Test
  void aVtableOfCFunctions() {
    Ops c = LIB.cOps();
    assertEquals("c ops", c.name());
    assertEquals(7, c.base());
    assertNull(c.describe());
    assertEquals(5, c.apply().apply(2, 3));
    assertTrue(c.apply().toString().startsWith("C function 0x"), c.apply().toString());
    assertEquals(5 + 7, LIB.run(c, 2, 3));
    // A callback C passes a vtable of C functions, by pointer.
    assertEquals(8 + 1 + 100, LIB.callWithOps((ops, v) -> ops.apply().apply(v, 1) + ops.base(), 8));
  }

  @Test
  void aVtableCKeepsLivesInAnArena() {
    BinOp add = (a, b) -> a + b;
    Ops ops = new Ops(add, (self, v) -> v * 2, "kept", 1);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment kept = Ffibind_OpsLib_Ops.allocate(arena, ops);
      LIB.keep(kept);
      assertEquals((2 + 3) * 2 + 1, LIB.runKept(2, 3));
      assertEquals((2 + 3) * 2 + 1, LIB.runKept(2, 3), "and again");
      assertEquals(ops, Ffibind_OpsLib_Ops.read(kept), "read back: the same callback objects");
      assertSame(add, Ffibind_OpsLib_Ops.apply(kept));
      Ffibind_OpsLib_Ops.apply(kept, (a, b) -> a * b, arena); // the setter takes the arena
      LIB.keep(kept);
      assertEquals(2 * 3 * 2 + 1, LIB.runKept(2, 3));
      LIB.keep(null); // C forgets the vtable before the arena closes
    }
    assertEquals(-1000, LIB.runKept(2, 3));
    assertEquals(List.of(), reported);
  }

  @Test
  void aKeptCallbackThatThrowsGoesToTheHandler() {
    IllegalStateException thrown = new IllegalStateException("kept");
    try (Arena arena = Arena.ofConfined()) {
      LIB.keep(Ffibind_OpsLib_Ops.allocate(arena, new Ops((a, b) -> { throw thrown; }, null, "k", 2)));
      assertEquals(0 + 2, LIB.runKept(2, 3), "C received zero");
      LIB.keep(null);
    }
    assertEquals(List.of(thrown), reported);
  }

  @Test
  void onlyAnArenaSaysHowLongAPointerLives() {
    Ops ops = new Ops((a, b) -> a + b, null, "x", 0);
    MemorySegment memory = MemorySegment.ofArray(new long[64]);
    SegmentAllocator slicing = SegmentAllocator.slicingAllocator(memory);
    MemorySegment struct = slicing.allocate(Ffibind_OpsLib_Ops.LAYOUT);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ffibind_OpsLib_Ops.write(struct, ops, slicing));
    assertTrue(e.getMessage().startsWith("struct cs_ops, field apply holds a @Callback object (BinOp), which C can"
        + " only call through a function pointer that lives as long as this memory: write the record with an Arena"),
        e.getMessage());
    // Without callbacks the same allocator is fine.
    Ffibind_OpsLib_Ops.write(struct, new Ops(null, null, null, 0), slicing);
    assertEquals(0, Ffibind_OpsLib_Ops.base(struct));
  }

  @Test
  void aVtableLentForOneCallIsStaleAfterIt() {
    // The misuse: C keeps a record argument's vtable. Its stubs were detached when the call returned,
    // so C's later calls are reported and return zero instead of running freed code.
    LIB.keepForTheCallOnly(new Ops((a, b) -> a + b, (self, v) -> v, "lent", 4));
    assertEquals(0 + 4, LIB.runKept(2, 3));
    assertEquals(2, reported.size());
    reported.forEach(e -> assertInstanceOf(StaleCallbackException.class, e));
  }

  @Test
  void javaCallingACFunctionPointerLendsTheRecordsCallbacksToo() {
    // A Describe that is a C function pointer (here a stub, so C calls Java again): the Ops record
    // Java passes it is written with its callbacks lent for that call, and read back as the same objects.
    BinOp add = (a, b) -> a + b;
    IllegalStateException thrown = new IllegalStateException("inner");
    try (Arena arena = Arena.ofConfined()) {
      Describe viaC = Ffibind_OpsLib_Describe.wrap(Ffibind_OpsLib_Describe.pointer((self, v) -> {
        assertSame(add, self.apply());
        return self.apply().apply(v, self.base());
      }, arena));
      assertEquals(5 + 10, viaC.describe(new Ops(add, null, "via C", 10), 5));
      BinOp failing = (a, b) -> { throw thrown; };
      Describe callsFailing = Ffibind_OpsLib_Describe.wrap(Ffibind_OpsLib_Describe.pointer(
          (self, v) -> LIB.run(self, v, v), arena));
      // The inner call rethrows into the outer callback, which throws: the handler gets it (a pointer).
      assertEquals(0, callsFailing.describe(new Ops(failing, null, "f", 0), 1));
    }
    assertEquals(List.of(thrown), reported);
  }

  @Test
  void rawFunctionPointersInAStruct() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment multiply = Callbacks.pointer(BinOp.class, (a, b) -> a * b, arena);
      assertEquals(6 + 1, LIB.runRaw(new RawOps(multiply, MemorySegment.NULL, "raw", 1), 2, 3));
    }
  }
}
