package io.ffibind.tests.cbstruct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * A heap {@code MemorySegment} (Java memory, which Panama refuses in a call) for a struct pointer
 * parameter is passed as a {@code pointer} parameter passes Java memory: copied into the call's
 * scratch memory, and C's changes copied back unless the type is {@code const}.
 */
class HeapSegmentStructTest {
  @Struct(name = "st_point", size = 16)
  record Point(double x, double y) {}

  @Struct(name = "st_size", size = 16)
  record Size(double w, double h) {}

  @Struct(name = "st_rect", size = 32)
  record Rect(Point origin, Size size) {}

  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "st_point_move", parameters = {"st_point*", "f64", "f64"})
    void move(MemorySegment p, double dx, double dy);

    @Symbol(name = "st_point_len2", parameters = "const st_point*", result = "f64")
    double len2(MemorySegment p);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[n]", "i32", "f64"})
    void grow(MemorySegment rects, int n, double by);

    @Symbol(name = "st_rects_total_area", parameters = {"const st_rect[n]", "i32"}, result = "f64")
    double totalArea(MemorySegment rects, int n);
  }

  private static final Lib LIB = Native.load(Lib.class);

  @Test
  void aHeapSegmentForAPointerIsCopiedInAndBack() {
    double[] xy = {3, 4};
    MemorySegment heap = MemorySegment.ofArray(xy);
    LIB.move(heap, 1, -1);
    assertArrayEquals(new double[] {4, 3}, xy, "C's change copied back into the Java array");
    assertEquals(25.0, LIB.len2(heap));
  }

  @Test
  void aHeapSegmentForAnArray() {
    double[] rects = {0, 0, 1, 2, /* second */ 5, 5, 3, 3};
    MemorySegment heap = MemorySegment.ofArray(rects);
    LIB.grow(heap, 2, 1);
    assertArrayEquals(new double[] {0, 0, 2, 3, 5, 5, 4, 4}, rects);
    assertEquals(2 * 3 + 4 * 4, LIB.totalArea(heap, 2));
  }

  @Test
  void constTakesAReadOnlySegmentAndNeverWritesIt() {
    MemorySegment readOnly = MemorySegment.ofArray(new double[] {6, 8}).asReadOnly();
    assertEquals(100.0, LIB.len2(readOnly));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.move(readOnly, 1, 1));
    assertTrue(e.getMessage().startsWith("argument 'p' of Lib.move is a read-only segment but C writes to it"),
        e.getMessage());
  }

  @Test
  void nativeSegmentsStillGoAsTheyAre() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment p = Ffibind_HeapSegmentStructTest_Point.allocate(arena, new Point(1, 2));
      LIB.move(p, 1, 1);
      assertEquals(new Point(2, 3), Ffibind_HeapSegmentStructTest_Point.read(p));
    }
  }
}
