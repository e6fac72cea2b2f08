package io.ffibind.tests.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import io.ffibind.tests.structs.Shapes.Point;
import io.ffibind.tests.structs.Shapes.Rect;
import io.ffibind.tests.structs.Shapes.Size;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Struct arguments ffibind cannot pass fail in Java with the parameter and field named, before C
 * runs (C counts its calls); out-parameter arrays may hold nulls, which C fills in.
 */
class BadInputTest {
  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "st_calls_on_this_thread", result = "i64")
    long calls();

    @Symbol(name = "st_point_move", parameters = {"st_point*", "f64", "f64"})
    void move(Point[] p, double dx, double dy);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[n]", "i32", "f64"})
    void grow(Rect[] rects, int n, double by);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[2]", "i32", "f64"})
    void growTwo(Rect[] rects, int n, double by);

    @Symbol(name = "st_rect_area", parameters = "st_rect", result = "f64")
    double area(Rect r);
  }

  private static final Lib LIB = Native.load(Lib.class);

  @Test
  void anEmptyArrayForAPointerToOne() {
    assertRejected("argument 'p' of Lib.move is an empty array, but C uses the struct at element 0: pass an array"
        + " of length 1 or more", () -> () -> LIB.move(new Point[0], 1, 1));
  }

  @Test
  void anArrayShorterThanItsLength() {
    Rect one = new Rect(new Point(0, 0), new Size(1, 1));
    assertRejected("argument 'rects' of Lib.grow has 1 element but C uses 2: pass a larger one",
        () -> () -> LIB.grow(new Rect[] {one}, 2, 1));
    assertRejected("argument 'rects' of Lib.growTwo has 1 element but C uses 2: pass a larger one",
        () -> () -> LIB.growTwo(new Rect[] {one}, 1, 1));
    assertRejected("argument 'rects' of Lib.grow is null but C uses 1 of it: pass an array",
        () -> () -> LIB.grow(null, 1, 1));
    assertRejected("argument 'rects' of Lib.grow, element [1].size is null: a struct held by value needs a record",
        () -> () -> LIB.grow(new Rect[] {one, new Rect(new Point(0, 0), null)}, 2, 1));
  }

  @Test
  void aNullRecordByValue() {
    assertRejected("argument 'r' of Lib.area is null: a struct passed by value needs a record",
        () -> () -> LIB.area(null));
    assertRejected("argument 'r' of Lib.area, field size is null: a struct held by value needs a record",
        () -> () -> LIB.area(new Rect(new Point(0, 0), null)));
  }

  @Test
  void nullElementsOfOutArraysAreZeroedForC() {
    Point[] p = new Point[1];
    LIB.move(p, 1, 2);
    assertEquals(new Point(1, 2), p[0]);
    Rect[] rects = new Rect[2];
    LIB.grow(rects, 2, 3);
    assertEquals(new Rect(new Point(0, 0), new Size(3, 3)), rects[1]);
    LIB.grow(null, 0, 1); // NULL where C uses nothing
  }

  private static void assertRejected(String message, Supplier<org.junit.jupiter.api.function.Executable> call) {
    long before = LIB.calls();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call.get());
    assertEquals(message, e.getMessage());
    assertEquals(before, LIB.calls(), "C was not called");
  }
}
