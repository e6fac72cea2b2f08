package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Callbacks;
import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java callbacks called by C during a call: every kind of argument and result, and null. */
class CallbackBasicsTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void lambdaAndMethodReference() {
    assertEquals(42, LIB.callInt(v -> v * 2, 21));
    assertEquals(Integer.MIN_VALUE, LIB.callInt(v -> v + 1, Integer.MAX_VALUE));
    assertEquals(-7, LIB.callInt(Math::negateExact, 7));
  }

  @Test
  void capturingLambdaSeesItsState() {
    List<Integer> seen = new ArrayList<>();
    assertEquals(0 + 1 + 2 + 3 + 4, LIB.callN(v -> { seen.add(v); return v; }, 5));
    assertEquals(List.of(0, 1, 2, 3, 4), seen);
  }

  @Test
  void nullPassesNull() {
    assertEquals(-1, LIB.callOrMinusOne(null, 5));
    assertEquals(6, LIB.callOrMinusOne(v -> v + 1, 5));
  }

  @Test
  void manyCallsReuseStubs() {
    long total = 0;
    for (int i = 0; i < 10_000; i++) {
      int k = i;
      total += LIB.callInt(v -> v + k, 1);
    }
    assertEquals(10_000L + 10_000L * 9_999 / 2, total);
  }

  @Test
  void nestedCallbacksCallingC() {
    // A callback that itself calls C with another callback: each gets its own stub.
    int result = LIB.callInt(v -> LIB.callInt(w -> w * 10, v) + 1, 4);
    assertEquals(41, result);
  }

  @Test
  void u8ResultsAndArguments() {
    assertEquals(255, LIB.callU8(v -> v + 1, 254));
    assertEquals(0, LIB.callU8(v -> { assertEquals(255, v); return 0; }, 255));
    // What C sees is exactly the byte, zero-extended by C into u32.
    assertEquals(200L, LIB.callU8Widened(v -> 200, 1));
  }

  @Test
  void f64AndBoolResults() {
    assertEquals(0.1 + 0.2, LIB.callF64((a, b) -> a + b, 0.1, 0.2));
    assertTrue(Double.isNaN(LIB.callF64((a, b) -> a / b, 0.0, 0.0)));
    assertEquals(Double.NEGATIVE_INFINITY, LIB.callF64((a, b) -> -a * b, Double.MAX_VALUE, 2));
    assertTrue(LIB.callBool(v -> v > 0, 1));
    assertFalse(LIB.callBool(v -> v > 0, -1));
  }

  @Test
  void pointerResultsAndNull() {
    MemorySegment p = MemorySegment.ofAddress(0x1234);
    assertEquals(0x1235, LIB.callPointer(q -> MemorySegment.ofAddress(q.address() + 1), p).address());
    assertEquals(0, LIB.callPointer(q -> null, p).address(), "a null result is NULL");
    assertEquals(0, LIB.callPointer(q -> { assertEquals(0, q.address()); return q; }, null).address());
  }

  @Test
  void stringsAndStringArrays() {
    List<Object> got = new ArrayList<>();
    int r = LIB.callStrings((s, none, words, n) -> {
      got.add(s);
      got.add(none);
      got.add(List.of(words[0], String.valueOf(words[1]), words[2]));
      return n;
    });
    assertEquals(3, r);
    assertEquals("héllo", got.get(0));
    assertNull(got.get(1));
    assertEquals(List.of("grüße", "null", "end"), got.get(2));
  }

  @Test
  void arraysChangedByTheCallbackAreWrittenBack() {
    assertEquals(0 + 10 + 20 + 30, LIB.callFill((values, n) -> {
      assertEquals(4, values.length);
      assertEquals(4, n);
      for (int i = 0; i < values.length; i++) {
        values[i] = i * 10;
      }
    }, 4));
    assertEquals(0, LIB.callFill((values, n) -> {}, 3), "an unchanged copy is not written");
    assertEquals(0, LIB.callFill((values, n) -> assertEquals(0, values.length), 0));
  }

  @Test
  void constArraysAreCopiesOnly() {
    // C passes static const data: a changed copy of a const parameter is never written back.
    assertEquals(1 + 2 + 3 + 250, LIB.callConst((bytes, n) -> {
      int sum = 0;
      for (byte b : bytes) {
        sum += Byte.toUnsignedInt(b);
      }
      bytes[0] = 99;
      return sum;
    }));
    assertEquals(1, LIB.callConst((bytes, n) -> bytes[0]), "C's bytes are unchanged");
  }

  @Test
  void outParameterFilledByTheCallback() {
    assertEquals(Long.MIN_VALUE, LIB.callOut(out -> {
      assertEquals(-1, out[0]);
      out[0] = Long.MIN_VALUE;
      return 0;
    }));
  }

  @Test
  void cFunctionPointersAsJavaObjects() {
    CallbackLib.BinOp add = LIB.adder();
    CallbackLib.BinOp mul = LIB.multiplier();
    assertNotNull(add);
    assertEquals(5, add.apply(2, 3));
    assertEquals(6, mul.apply(2, 3));
    assertNull(LIB.none());
    assertEquals(LIB.adder(), add, "two wrappers of one C function are equal");
    assertTrue(add.toString().contains("as BinOp"), add.toString());
  }

  @Test
  void cFunctionPointerPassedBackIsTheSameAddress() {
    CallbackLib.BinOp add = LIB.adder();
    assertTrue(LIB.isAdder(add), "C sees its own function, not a Java stub");
    assertFalse(LIB.isAdder(LIB.multiplier()));
    assertFalse(LIB.isAdder((a, b) -> a + b), "a Java lambda is a stub");
    assertEquals(7, LIB.apply(add, 3, 4));
    assertEquals(12, LIB.apply((a, b) -> a * b, 3, 4));
    assertEquals(LIB.adderAddress().address(), Ffibind_CallbackLib_BinOp.pointer(add, Arena.global()).address());
  }

  @Test
  void callbackReceivingACFunction() {
    assertEquals(105, LIB.callWithAdder((op, v) -> {
      assertSame(op.getClass(), LIB.adder().getClass());
      return op.apply(v, 100);
    }, 5));
  }

  @Test
  void rawFunctionPointersStillAccepted() {
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(42, LIB.callRaw(Ffibind_CallbackLib_IntOp.pointer(v -> v + 1, arena), 41));
    }
    MemorySegment adder = LIB.adderAddress();
    assertTrue(adder.address() != 0);
    assertEquals(9, Ffibind_CallbackLib_BinOp.wrap(adder).apply(4, 5));
    assertEquals(9, Callbacks.wrap(CallbackLib.BinOp.class, adder).apply(4, 5));
    assertNull(Callbacks.wrap(CallbackLib.BinOp.class, MemorySegment.NULL));
  }

  @Test
  void functionPointerOutParameter() {
    CallbackLib.BinOp[] out = new CallbackLib.BinOp[1];
    assertEquals(0, LIB.opOut(0, out));
    assertEquals(LIB.adder(), out[0]);
    assertEquals(9, out[0].apply(4, 5));
    assertEquals(0, LIB.opOut(1, out));
    assertEquals(20, out[0].apply(4, 5));
    assertEquals(0, LIB.opOut(2, out));
    assertNull(out[0], "NULL comes back as null");
    // A Java callback goes in for the call; C left it in place, so the same object comes back.
    CallbackLib.BinOp java = (a, b) -> a * 100 + b;
    out[0] = java;
    assertEquals(203, LIB.opOut(3, out));
    assertSame(java, out[0]);
    assertEquals(-2, LIB.opOut(3, new CallbackLib.BinOp[1]));
    assertEquals(-1, LIB.opOut(0, null), "a null array is a NULL out-parameter");
    MemorySegment[] raw = new MemorySegment[1];
    assertEquals(0, LIB.opOutRaw(0, raw));
    assertEquals(LIB.adderAddress().address(), raw[0].address());
  }
}
