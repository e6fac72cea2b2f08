package io.ffibind.tests.cbstruct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Callbacks;
import io.ffibind.CallbackErrorHandler;
import io.ffibind.Native;
import io.ffibind.tests.cbstruct.StructCallbackLib.Big;
import io.ffibind.tests.cbstruct.StructCallbackLib.Pair;
import io.ffibind.tests.cbstruct.StructCallbackLib.Vec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Callbacks that take and return structs, against C: by value in registers and in memory (a 40-byte
 * struct with padding), by pointer (NULL too), in arrays with a length (C's changes and the
 * callback's), with edge values that C itself compares field by field. Uses the process-wide error
 * handler in one test, so it runs alone.
 */
@Isolated
class StructCallbacksTest {
  private static final StructCallbackLib LIB = Native.load(StructCallbackLib.class);

  /** edge(0..2) of callback_structs.c, built in Java. */
  static Big edge(int which) {
    return switch (which) {
      case 0 -> new Big(Long.MAX_VALUE, Double.MAX_VALUE, 255, Short.MAX_VALUE, new byte[] {'z', 'z', 'z', 'z', 0},
          4294967295L, Float.MAX_VALUE);
      case 1 -> new Big(Long.MIN_VALUE, -Double.MAX_VALUE, 0x80, Short.MIN_VALUE,
          new byte[] {(byte) 0x80, 1, (byte) 0xff, 0x7f, 0}, 0x80000000L, -Float.MIN_NORMAL);
      default -> new Big(0, -0.0, 0, (short) 0, new byte[5], 0, -0.0f);
    };
  }

  @Test
  void theLayoutMatchesC() {
    assertEquals(LIB.layout("sizeof"), Ffibind_StructCallbackLib_Big.SIZE);
    assertEquals(LIB.layout("tag"), Ffibind_StructCallbackLib_Big.tag$OFFSET);
    assertEquals(LIB.layout("count"), Ffibind_StructCallbackLib_Big.count$OFFSET);
    assertEquals(LIB.layout("ratio"), Ffibind_StructCallbackLib_Big.ratio$OFFSET);
    for (int which = 0; which < 3; which++) {
      assertEquals(edge(which), LIB.edge(which), "edge " + which);
    }
  }

  // ---- results by value -----------------------------------------------------------------------

  @Test
  void aCallbackReturnsAStructInRegisters() {
    assertEquals(new Vec(21, -0.5), LIB.callVec(v -> new Vec(v, -0.5), 21));
    assertEquals(new Vec(Double.MAX_VALUE, Double.MIN_VALUE),
        LIB.callVec(v -> new Vec(Double.MAX_VALUE, Double.MIN_VALUE), 0));
    Vec nan = LIB.callVec(v -> new Vec(Double.NaN, Double.NEGATIVE_INFINITY), 0);
    assertTrue(Double.isNaN(nan.x()));
    assertEquals(Double.NEGATIVE_INFINITY, nan.y());
  }

  @Test
  void aCallbackReturnsAStructInMemoryWithEdgeValuesCChecks() {
    for (int which = 0; which < 3; which++) {
      assertEquals(0, LIB.checkBig(StructCallbacksTest::edge, which), "C compared every field of edge " + which);
      assertEquals(edge(which), LIB.callBig(StructCallbacksTest::edge, which));
    }
    // A different value is seen as different, field by field.
    Big wrong = new Big(1, 2, 3, (short) 4, new byte[] {5, 0, 0, 0, 0}, 6, 7);
    assertEquals(0b1111111, LIB.checkBig(w -> wrong, 0));
  }

  @Test
  void aNullRecordGivesCAZeroedStruct() {
    assertEquals(new Vec(0, 0), LIB.callVec(v -> null, 1));
    assertEquals(edge(2).id(), LIB.callBig(w -> null, 0).id());
    assertEquals(0, LIB.callBig(w -> null, 0).weight()); // +0.0, not edge 2's -0.0
  }

  @Test
  void aFieldOutOfRangeFailsTheCallAndCReceivesZero() {
    Big tooMuch = new Big(1, 1, 256, (short) 1, new byte[5], 1, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.callBig(w -> tooMuch, 0));
    assertTrue(e.getMessage().startsWith("result of callback StructCallbackLib.MakeBig.make, field flags"),
        e.getMessage());
    Big shortTag = new Big(1, 1, 1, (short) 1, new byte[4], 1, 1);
    e = assertThrows(IllegalArgumentException.class, () -> LIB.callBig(w -> shortTag, 0));
    assertTrue(e.getMessage().contains("field tag"), e.getMessage());
  }

  @Test
  void anExceptionIsRethrownAndCReceivesAZeroedStruct() {
    IllegalStateException thrown = new IllegalStateException("no vector");
    assertSame(thrown, assertThrows(IllegalStateException.class, () -> LIB.callVec(v -> { throw thrown; }, 1)));
    // With a pointer C may keep, the exception goes to the handler and the call sees what C received.
    List<Throwable> reported = new ArrayList<>();
    CallbackErrorHandler previous = Callbacks.errorHandler();
    Callbacks.setErrorHandler((callback, error) -> reported.add(error));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cb = Callbacks.pointer(StructCallbackLib.MakeVec.class, v -> { throw thrown; }, arena);
      assertEquals(new Vec(0, 0), LIB.callVecRaw(cb, 1));
    } finally {
      Callbacks.setErrorHandler(previous);
    }
    assertEquals(List.of(thrown), reported);
    assertEquals(new Vec(3, 4), LIB.callVec(v -> new Vec(3, 4), 1), "later calls work");
  }

  // ---- parameters by value --------------------------------------------------------------------

  @Test
  void structsByValueWithEdgeValues() {
    List<Big> seen = new ArrayList<>();
    for (int which = 0; which < 3; which++) {
      int w = which;
      assertEquals(w + 10, LIB.passBig((i, big, pair, vec) -> {
        assertEquals(w, i);
        seen.add(big);
        assertEquals(new Pair(-7, 0.25f), pair);
        assertEquals(new Vec(-1.5, 1e300), vec);
        return i + 10;
      }, which));
    }
    assertEquals(List.of(edge(0), edge(1), edge(2)), seen);
    assertEquals(255, seen.get(0).flags(), "u8 widened to int");
    assertEquals(4294967295L, seen.get(0).count(), "u32 widened to long");
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(seen.get(2).weight()));
  }

  @Test
  void structsByValueAsPanamasMemory() {
    assertEquals(1, LIB.passBigRaw((i, big, pair, vec) -> {
      assertEquals(Ffibind_StructCallbackLib_Big.SIZE, big.byteSize());
      assertEquals(edge(1), Ffibind_StructCallbackLib_Big.read(big));
      assertEquals(-7, Ffibind_StructCallbackLib_Pair.a(pair));
      assertEquals(1e300, Ffibind_StructCallbackLib_Vec.y(vec));
      return 1;
    }, 1));
  }

  @Test
  void aStructInAndAStructOut() {
    assertEquals(new Pair(-4, 1.5f), LIB.callPair((v, p) -> new Pair(p.a() + v, p.b() * 2), -5, new Pair(1, 0.75f)));
    assertEquals(new Pair(Integer.MIN_VALUE, Float.MAX_VALUE),
        LIB.callPair((v, p) -> p, 0, new Pair(Integer.MIN_VALUE, Float.MAX_VALUE)));
  }

  @Test
  void javaCallsCThroughAPointerOfTheSameTypeAndBack() {
    // wrap() gives a Java object that calls the C function pointer: here a stub, so C calls Java again.
    try (Arena arena = Arena.ofConfined()) {
      StructCallbackLib.PairOp twice = (v, p) -> new Pair(p.a() * v, p.b() * v);
      StructCallbackLib.PairOp viaC = Ffibind_StructCallbackLib_PairOp.wrap(
          Ffibind_StructCallbackLib_PairOp.pointer(twice, arena));
      assertEquals(new Pair(6, 4.5f), viaC.apply(2, new Pair(3, 2.25f)));
      StructCallbackLib.MakeBig big = Ffibind_StructCallbackLib_MakeBig.wrap(
          Ffibind_StructCallbackLib_MakeBig.pointer(StructCallbacksTest::edge, arena));
      assertEquals(edge(1), big.make(1));
    }
  }

  // ---- parameters by pointer ------------------------------------------------------------------

  @Test
  void aPointerToOneStructIsTheRecordAndNullIsNull() {
    assertEquals(25.0, LIB.callVecPtr(v -> v.x() * v.x() + v.y() * v.y(), 3, 4, false));
    assertEquals(-1.0, LIB.callVecPtr(v -> v == null ? -1 : 0, 3, 4, true));
    assertEquals(7.0, LIB.callVecPtrRaw(v -> Ffibind_StructCallbackLib_Vec.x(v) + v.byteSize() - 16, 7, 0, false));
    assertEquals(-1.0, LIB.callVecPtrRaw(v -> v.address() == 0 ? -1 : 0, 7, 0, true));
  }

  @Test
  void aCallbackChangesCsStructInPlace() {
    assertEquals(1 + 10 * 42.0, LIB.callModify(v -> Ffibind_StructCallbackLib_Vec.y(v, 42), 1, 2));
    assertEquals(5 + 10 * 6.0, LIB.callModify(v -> Ffibind_StructCallbackLib_Vec.write(v, new Vec(5, 6)), 1, 2));
  }

  @Test
  void anArrayWithALengthIsACopyAndReplacedElementsAreWrittenBack() {
    List<Pair> seen = new ArrayList<>();
    // Unchanged: C's sum of a + 100 * b over {i, i / 2} for i < 4 is 6 + 300.
    assertEquals(306.0, LIB.callPairs((items, n) -> {
      assertEquals(4, n);
      assertEquals(4, items.length);
      seen.addAll(List.of(items));
    }, 4));
    assertEquals(List.of(new Pair(0, 0), new Pair(1, 0.5f), new Pair(2, 1), new Pair(3, 1.5f)), seen);
    // Element 1 replaced, element 3 zeroed: 0 + (10 + 100 * 2) + 2 + 100 + 0.
    assertEquals(312.0, LIB.callPairs((items, n) -> {
      items[1] = new Pair(10, 2);
      items[3] = null;
    }, 4));
    // NULL with length 0 is null.
    assertEquals(0.0, LIB.callPairs((items, n) -> assertNull(items), 0));
  }

  @Test
  void anArrayAsCsMemory() {
    assertEquals(306.0 + 100 * 0.5, LIB.callPairsRaw((items, n) -> {
      assertEquals(n * Ffibind_StructCallbackLib_Pair.SIZE, items.byteSize());
      MemorySegment second = Ffibind_StructCallbackLib_Pair.elementAt(items, 1);
      Ffibind_StructCallbackLib_Pair.b(second, 1.0f);
    }, 4));
  }

  @Test
  void aConstArrayIsReadOnlyAndNeverWritten() {
    // C's array is in read-only memory: writing it would crash the JVM.
    assertEquals(6, LIB.callConstPairs((items, n) -> {
      assertArrayEquals(new Pair[] {new Pair(1, 0.5f), new Pair(2, 1.5f), new Pair(3, 2.5f)}, items);
      items[0] = new Pair(100, 100); // changes the copy only
      return items[1].a() + items[2].a() + 1;
    }));
  }

  @Test
  void aNegativeLengthFailsTheCallBeforeTheCallbackRuns() {
    List<Integer> ran = new ArrayList<>();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.callPairs((items, n) -> {
      ran.add(n);
    }, -1));
    assertTrue(e.getMessage().contains("parameter 'items' of callback StructCallbackLib.Pairs.edit"), e.getMessage());
    assertEquals(List.of(), ran);
    assertInstanceOf(IllegalArgumentException.class, e);
  }
}
