package io.ffibind.tests.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import io.ffibind.tests.structs.Shapes.Arr;
import io.ffibind.tests.structs.Shapes.Big24;
import io.ffibind.tests.structs.Shapes.Big32;
import io.ffibind.tests.structs.Shapes.BoolArr;
import io.ffibind.tests.structs.Shapes.Bools;
import io.ffibind.tests.structs.Shapes.CSI;
import io.ffibind.tests.structs.Shapes.DD;
import io.ffibind.tests.structs.Shapes.FF;
import io.ffibind.tests.structs.Shapes.FFF;
import io.ffibind.tests.structs.Shapes.I64D;
import io.ffibind.tests.structs.Shapes.IF;
import io.ffibind.tests.structs.Shapes.Point;
import io.ffibind.tests.structs.Shapes.Rect;
import io.ffibind.tests.structs.Shapes.Size;
import io.ffibind.tests.structs.Shapes.Tagged;
import io.ffibind.tests.structs.Shapes.TaggedU;
import io.ffibind.tests.structs.Shapes.U;
import io.ffibind.tests.structs.Shapes.UnionIF;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * Structs passed and returned by value, in the shapes the x86-64 System V ABI treats differently:
 * two floats in one SSE register, two doubles in two, int and float mixed in one register each
 * class, 16 bytes of integers, 24 and 32 bytes in memory, nested structs, an inline array, and
 * enough arguments that some go on the stack.
 */
class ByValueTest {
  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "st_ff_scale", parameters = {"st_ff", "f32"}, result = "st_ff")
    FF scale(FF v, float k);

    @Symbol(name = "st_ff_sum", parameters = "st_ff", result = "f32")
    float sum(FF v);

    @Symbol(name = "st_dd_swap", parameters = "st_dd", result = "st_dd")
    DD swap(DD v);

    @Symbol(name = "st_dd_sum", parameters = "st_dd", result = "f64")
    double sum(DD v);

    @Symbol(name = "st_i_f_inc", parameters = "st_i_f", result = "st_i_f")
    IF inc(IF v);

    @Symbol(name = "st_c_s_i_inc", parameters = "st_c_s_i", result = "st_c_s_i")
    CSI inc(CSI v);

    @Symbol(name = "st_c_s_i_sum", parameters = "st_c_s_i", result = "i64")
    long sum(CSI v);

    @Symbol(name = "st_i64_d_make", parameters = {"i64", "f64"}, result = "st_i64_d")
    I64D make(long a, double b);

    @Symbol(name = "st_i64_d_sum", parameters = "st_i64_d", result = "f64")
    double sum(I64D v);

    @Symbol(name = "st_fff_rotate", parameters = "st_fff", result = "st_fff")
    FFF rotate(FFF v);

    @Symbol(name = "st_big24_scale", parameters = {"st_big24", "f64"}, result = "st_big24")
    Big24 scale(Big24 v, double k);

    @Symbol(name = "st_big24_weighted", parameters = "st_big24", result = "f64")
    double weighted(Big24 v);

    @Symbol(name = "st_big32_reverse", parameters = "st_big32", result = "st_big32")
    Big32 reverse(Big32 v);

    @Symbol(name = "st_big32_weighted", parameters = "st_big32", result = "i64")
    long weighted(Big32 v);

    @Symbol(name = "st_bools_flip", parameters = "st_bools", result = "st_bools")
    Bools flip(Bools v);

    @Symbol(name = "st_rect_area", parameters = "st_rect", result = "f64")
    double area(Rect r);

    @Symbol(name = "st_rect_make", parameters = {"st_point", "st_size"}, result = "st_rect")
    Rect rect(Point origin, Size size);

    @Symbol(name = "st_rect_inset", parameters = {"st_rect", "f64"}, result = "st_rect")
    Rect inset(Rect r, double by);

    @Symbol(name = "st_arr_sum", parameters = "st_arr", result = "i64")
    long sum(Arr v);

    @Symbol(name = "st_arr_make", parameters = {"i32", "i32", "i32"}, result = "st_arr")
    Arr arr(int a, int b, int c);

    @Symbol(
        name = "st_many",
        parameters = {"st_dd", "i32", "st_ff", "f64", "st_big24", "st_i64_d", "i64", "st_dd", "st_dd", "st_dd", "f32",
            "st_dd"},
        result = "f64")
    double many(DD a, int i, FF b, double d, Big24 c, I64D e, long j, DD f, DD g, DD h, float k, DD z);

    @Symbol(name = "st_union_if_bits", parameters = "st_union_if", result = "i32")
    int bits(UnionIF u);

    @Symbol(name = "st_union_if_of_float", parameters = "f32", result = "st_union_if")
    UnionIF ofFloat(float f);

    @Symbol(name = "st_tagged_value", parameters = "st_tagged", result = "f64")
    double value(Tagged t);

    @Symbol(name = "st_tagged_double", parameters = "f64", result = "st_tagged")
    Tagged tagged(double d);

    @Symbol(name = "st_bool_arr_count", parameters = "st_bool_arr", result = "i32")
    int count(BoolArr b);

    @Symbol(name = "st_u_sum", parameters = "st_u", result = "i64")
    long sum(U u);

    @Symbol(name = "st_u_max", result = "st_u")
    U uMax();

    /** The same function, the struct given as memory. */
    @Symbol(name = "st_dd_sum", parameters = "st_dd", result = "f64")
    double sum(MemorySegment v);
  }

  private static final Lib LIB = Native.load(Lib.class);

  @Test
  void twoFloatsShareOneRegister() {
    assertEquals(new FF(3f, -1.5f), LIB.scale(new FF(2f, -1f), 1.5f));
    assertEquals(4.5f, LIB.sum(new FF(1.25f, 3.25f)));
  }

  @Test
  void twoDoubles() {
    assertEquals(new DD(2, 1), LIB.swap(new DD(1, 2)));
    assertEquals(1 + 10 * (Double.MAX_VALUE / 20), LIB.sum(new DD(1, Double.MAX_VALUE / 20)));
    assertEquals(Double.NEGATIVE_INFINITY, LIB.swap(new DD(Double.NEGATIVE_INFINITY, 0)).y());
  }

  @Test
  void intAndFloat() {
    assertEquals(new IF(Integer.MIN_VALUE, 1.0f), LIB.inc(new IF(Integer.MAX_VALUE, 0.5f)));
  }

  @Test
  void charShortInt() {
    assertEquals(new CSI((byte) -128, Short.MIN_VALUE, -1), LIB.inc(new CSI((byte) 127, Short.MAX_VALUE, -2)));
    assertEquals(-5 + 1000L * 7 + 1000000L * -9, LIB.sum(new CSI((byte) -5, (short) 7, -9)));
  }

  @Test
  void int64AndDouble() {
    assertEquals(new I64D(Long.MIN_VALUE, -0.0), LIB.make(Long.MIN_VALUE, -0.0));
    assertEquals(42.5, LIB.sum(new I64D(40, 2.5)));
  }

  @Test
  void threeFloats() {
    assertEquals(new FFF(2, 3, 1), LIB.rotate(new FFF(1, 2, 3)));
  }

  @Test
  void structsOf24And32BytesGoThroughMemory() {
    assertEquals(new Big24(2, 4, -6), LIB.scale(new Big24(1, 2, -3), 2));
    assertEquals(1 + 20 + 300, LIB.weighted(new Big24(1, 2, 3)));
    assertEquals(new Big32(4, 3, 2, Long.MAX_VALUE), LIB.reverse(new Big32(Long.MAX_VALUE, 2, 3, 4)));
    assertEquals(1 + 20 + 300 + 4000, LIB.weighted(new Big32(1, 2, 3, 4)));
  }

  @Test
  void boolsAreOneByte() {
    assertEquals(new Bools(false, -7, true), LIB.flip(new Bools(true, 7, false)));
  }

  @Test
  void nestedStructs() {
    Rect r = LIB.rect(new Point(1, 2), new Size(3, 4));
    assertEquals(new Rect(new Point(1, 2), new Size(3, 4)), r);
    assertEquals(12, LIB.area(r));
    assertEquals(new Rect(new Point(1.5, 2.5), new Size(2, 3)), LIB.inset(r, 0.5));
  }

  @Test
  void inlineArray() {
    assertEquals('x' + 1 + 20 + 300 + 7000, LIB.sum(new Arr((byte) 'x', new int[] {1, 2, 3}, (short) 7)));
    Arr made = LIB.arr(-1, 0, Integer.MAX_VALUE);
    assertArrayEquals(new int[] {-1, 0, Integer.MAX_VALUE}, made.a());
    assertEquals('x', made.c());
    assertEquals(7, made.s());
  }

  @Test
  void someArgumentsGoOnTheStack() {
    DD a = new DD(1, 2);
    FF b = new FF(3, 4);
    Big24 c = new Big24(5, 6, 7);
    I64D e = new I64D(8, 9);
    DD f = new DD(10, 11);
    DD g = new DD(12, 13);
    DD h = new DD(14, 15);
    DD z = new DD(16, 17);
    double expected = (1 + 10 * 2) + 2.0 * 100 + 3.0 * (3 + 4) + 4.0 * 0.25 + 5.0 * (5 + 60 + 700)
        + 6.0 * (8 + 9) + 7.0 * 1_000_000_000_000L + 8.0 * (10 + 110) + 9.0 * (12 + 130) + 10.0 * (14 + 150)
        + 11.0 * 0.5 + 12.0 * (16 + 170);
    assertEquals(expected, LIB.many(a, 100, b, 0.25, c, e, 1_000_000_000_000L, f, g, h, 0.5f, z));
  }

  @Test
  void unionsByValue() {
    assertEquals(Float.floatToRawIntBits(1.5f), LIB.bits(new UnionIF(0, 1.5f)));
    assertEquals(-7, LIB.bits(new UnionIF(-7, 0)));
    UnionIF u = LIB.ofFloat(2.5f);
    assertEquals(2.5f, u.f(), "every member is read from the same memory");
    assertEquals(Float.floatToRawIntBits(2.5f), u.i());
    assertEquals(Float.floatToRawIntBits(2.5f), LIB.bits(u), "a record read back writes the same bytes");
  }

  @Test
  void taggedUnionInsideAStruct() {
    assertEquals(42, LIB.value(new Tagged(0, new TaggedU(42, 0, null))));
    assertEquals(2.5, LIB.value(new Tagged(1, new TaggedU(0, 2.5, null))));
    byte[] text = "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(5, LIB.value(new Tagged(2, new TaggedU(0, 0, java.util.Arrays.copyOf(text, 12)))));
    Tagged t = LIB.tagged(-3.25);
    assertEquals(1, t.tag());
    assertEquals(-3.25, t.u().d());
    assertEquals(-3.25, LIB.value(t));
  }

  @Test
  void boolArraysAndUnsignedFields() {
    assertEquals(300 + 9, LIB.count(new BoolArr(new boolean[] {true, false, true, true, false}, (short) 9)));
    U max = LIB.uMax();
    assertEquals(new U(255, 65535, 4294967295L, -1L), max);
    assertEquals(255L + 65535 + 4294967295L + Long.MAX_VALUE, LIB.sum(max));
  }

  @Test
  void aSegmentCanBePassedByValue() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment dd = Ffibind_Shapes_DD.allocate(arena, new DD(1, 2));
      assertEquals(21, LIB.sum(dd));
      assertThrows(IllegalArgumentException.class, () -> LIB.sum(arena.allocate(8)));
    }
  }

  @Test
  void badValuesFailBeforeC() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.sum((DD) null));
    assertEquals("argument 'v' of Lib.sum is null: a struct passed by value needs a record", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LIB.area(new Rect(null, new Size(1, 1))));
    assertEquals("argument 'r' of Lib.area, field origin is null: a struct held by value needs a record",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LIB.sum(new Arr((byte) 0, new int[2], (short) 0)));
    assertEquals("argument 'v' of Lib.sum, field a has 2 elements but the C array's length is 3: pass exactly 3",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LIB.sum(new U(256, 0, 0, 0)));
    assertEquals("argument 'u' of Lib.sum, field a = 256 does not fit C type u8 (0 to 255)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LIB.sum(new U(0, 0, -1, 0)));
    assertEquals("argument 'u' of Lib.sum, field c = -1 does not fit C type u32 (0 to 4294967295)", e.getMessage());
  }
}
