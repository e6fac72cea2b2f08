package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed integers, {@code bool} and {@code char} through real C: identity at every edge value, C's
 * own MIN/MAX constants, wrapping arithmetic, and widening inside C, which shows that C received the
 * value sign-extended as its type says. Every alias spelling binds the same function.
 */
class PrimitivesTest {
  @NativeLibrary("ffibind_fixtures")
  interface Signed extends AutoCloseable {
    @Symbol(name = "prim_id_bool", parameters = "bool", result = "bool")
    boolean idBool(boolean x);

    @Symbol(name = "prim_not_bool", parameters = "bool", result = "bool")
    boolean not(boolean x);

    @Symbol(name = "prim_and_bool", parameters = {"bool", "bool"}, result = "bool")
    boolean and(boolean a, boolean b);

    @Symbol(name = "prim_is_even", parameters = "i32", result = "bool")
    boolean isEven(int x);

    @Symbol(name = "prim_bool_from_i32", parameters = "i32", result = "bool")
    boolean boolFromInt(int x);

    @Symbol(name = "prim_bool_to_i32", parameters = "bool", result = "i32")
    int boolToInt(boolean x);

    @Symbol(name = "prim_id_char", parameters = "char", result = "char")
    byte idChar(byte c);

    @Symbol(name = "prim_char_upper", parameters = "char", result = "char")
    byte upper(byte c);

    @Symbol(name = "prim_id_i8", parameters = "i8", result = "i8")
    byte idI8(byte x);

    @Symbol(name = "prim_id_i8", parameters = "int8", result = "int8")
    byte idInt8(byte x);

    @Symbol(name = "prim_i8_min", result = "i8")
    byte i8Min();

    @Symbol(name = "prim_i8_max", result = "i8")
    byte i8Max();

    @Symbol(name = "prim_neg_i8", parameters = "i8", result = "i8")
    byte negI8(byte x);

    @Symbol(name = "prim_add_i8", parameters = {"i8", "i8"}, result = "i8")
    byte addI8(byte a, byte b);

    @Symbol(name = "prim_i8_to_i32", parameters = "i8", result = "i32")
    int i8ToI32(byte x);

    @Symbol(name = "prim_id_i16", parameters = "i16", result = "i16")
    short idI16(short x);

    @Symbol(name = "prim_id_i16", parameters = "int16", result = "int16")
    short idInt16(short x);

    @Symbol(name = "prim_i16_min", result = "i16")
    short i16Min();

    @Symbol(name = "prim_i16_max", result = "i16")
    short i16Max();

    @Symbol(name = "prim_neg_i16", parameters = "i16", result = "i16")
    short negI16(short x);

    @Symbol(name = "prim_i16_to_i32", parameters = "i16", result = "i32")
    int i16ToI32(short x);

    @Symbol(name = "prim_id_i32", parameters = "i32", result = "i32")
    int idI32(int x);

    @Symbol(name = "prim_id_i32", parameters = "int32", result = "int32")
    int idInt32(int x);

    @Symbol(name = "prim_i32_min", result = "i32")
    int i32Min();

    @Symbol(name = "prim_i32_max", result = "i32")
    int i32Max();

    @Symbol(name = "prim_add_i32", parameters = {"i32", "i32"}, result = "i32")
    int addI32(int a, int b);

    @Symbol(name = "prim_neg_i32", parameters = "i32", result = "i32")
    int negI32(int x);

    @Symbol(name = "prim_i32_to_i64", parameters = "i32", result = "i64")
    long i32ToI64(int x);

    @Symbol(name = "prim_id_i64", parameters = "i64", result = "i64")
    long idI64(long x);

    @Symbol(name = "prim_id_i64", parameters = "int64", result = "int64")
    long idInt64(long x);

    @Symbol(name = "prim_i64_min", result = "i64")
    long i64Min();

    @Symbol(name = "prim_i64_max", result = "i64")
    long i64Max();

    @Symbol(name = "prim_add_i64", parameters = {"i64", "i64"}, result = "i64")
    long addI64(long a, long b);

    @Symbol(name = "prim_neg_i64", parameters = "i64", result = "i64")
    long negI64(long x);

    @Symbol(name = "prim_id_long", parameters = "long", result = "long")
    long idLong(long x);

    @Symbol(name = "prim_long_min", result = "long")
    long longMin();

    @Symbol(name = "prim_long_max", result = "long")
    long longMax();

    @Symbol(name = "prim_neg_long", parameters = "long", result = "long")
    long negLong(long x);

    @Symbol(name = "prim_id_isize", parameters = "isize", result = "isize")
    long idIsize(long x);

    @Symbol(name = "prim_isize_min", result = "isize")
    long isizeMin();

    @Symbol(name = "prim_isize_max", result = "isize")
    long isizeMax();

    @Override
    void close();
  }

  private static Signed lib;

  @BeforeAll
  static void load() {
    lib = Native.load(Signed.class);
  }

  @AfterAll
  static void unload() {
    lib.close();
  }

  @Test
  void bools() {
    assertTrue(lib.idBool(true));
    assertFalse(lib.idBool(false));
    assertFalse(lib.not(true));
    assertTrue(lib.not(false));
    assertTrue(lib.and(true, true));
    assertFalse(lib.and(true, false));
    assertFalse(lib.and(false, true));
    assertTrue(lib.isEven(0));
    assertTrue(lib.isEven(-2));
    assertTrue(lib.isEven(Integer.MIN_VALUE));
    assertFalse(lib.isEven(3));
    assertFalse(lib.isEven(Integer.MAX_VALUE));
    assertFalse(lib.isEven(-1));
    assertEquals(1, lib.boolToInt(true));
    assertEquals(0, lib.boolToInt(false));
  }

  @Test
  void cConvertsAnyNonZeroIntToTrue() {
    assertFalse(lib.boolFromInt(0));
    assertTrue(lib.boolFromInt(1));
    assertTrue(lib.boolFromInt(256)); // low byte zero: C's conversion, not a truncation
    assertTrue(lib.boolFromInt(Integer.MIN_VALUE));
    assertTrue(lib.boolFromInt(-1));
  }

  @Test
  void chars() {
    assertEquals((byte) 'a', lib.idChar((byte) 'a'));
    assertEquals((byte) 0, lib.idChar((byte) 0));
    assertEquals(Byte.MIN_VALUE, lib.idChar(Byte.MIN_VALUE));
    assertEquals(Byte.MAX_VALUE, lib.idChar(Byte.MAX_VALUE));
    assertEquals((byte) -1, lib.idChar((byte) -1));
    assertEquals((byte) 'Q', lib.upper((byte) 'q'));
    assertEquals((byte) 'Q', lib.upper((byte) 'Q'));
    assertEquals((byte) '7', lib.upper((byte) '7'));
  }

  @Test
  void int8() {
    for (byte x : new byte[] {Byte.MIN_VALUE, -1, 0, 1, 42, Byte.MAX_VALUE}) {
      assertEquals(x, lib.idI8(x));
      assertEquals(x, lib.idInt8(x));
      assertEquals(x, lib.i8ToI32(x), "C must see " + x + " sign-extended");
    }
    assertEquals(Byte.MIN_VALUE, lib.i8Min());
    assertEquals(Byte.MAX_VALUE, lib.i8Max());
    assertEquals((byte) -5, lib.negI8((byte) 5));
    assertEquals(Byte.MIN_VALUE, lib.negI8(Byte.MIN_VALUE));
    assertEquals((byte) -Byte.MAX_VALUE, lib.negI8(Byte.MAX_VALUE));
    assertEquals(Byte.MIN_VALUE, lib.addI8(Byte.MAX_VALUE, (byte) 1));
    assertEquals(Byte.MAX_VALUE, lib.addI8(Byte.MIN_VALUE, (byte) -1));
    assertEquals((byte) 30, lib.addI8((byte) 10, (byte) 20));
  }

  @Test
  void int16() {
    for (short x : new short[] {Short.MIN_VALUE, -129, -1, 0, 1, 255, 256, Short.MAX_VALUE}) {
      assertEquals(x, lib.idI16(x));
      assertEquals(x, lib.idInt16(x));
      assertEquals(x, lib.i16ToI32(x), "C must see " + x + " sign-extended");
    }
    assertEquals(Short.MIN_VALUE, lib.i16Min());
    assertEquals(Short.MAX_VALUE, lib.i16Max());
    assertEquals((short) -300, lib.negI16((short) 300));
    assertEquals(Short.MIN_VALUE, lib.negI16(Short.MIN_VALUE));
  }

  @Test
  void int32() {
    for (int x : new int[] {Integer.MIN_VALUE, -65537, -1, 0, 1, 65536, Integer.MAX_VALUE}) {
      assertEquals(x, lib.idI32(x));
      assertEquals(x, lib.idInt32(x));
      assertEquals((long) x, lib.i32ToI64(x), "C must see " + x + " sign-extended");
    }
    assertEquals(Integer.MIN_VALUE, lib.i32Min());
    assertEquals(Integer.MAX_VALUE, lib.i32Max());
    assertEquals(Integer.MIN_VALUE, lib.addI32(Integer.MAX_VALUE, 1));
    assertEquals(Integer.MAX_VALUE, lib.addI32(Integer.MIN_VALUE, -1));
    assertEquals(-3, lib.addI32(-1, -2));
    assertEquals(123_456_789 + 987_654_321, lib.addI32(123_456_789, 987_654_321));
    assertEquals(Integer.MIN_VALUE, lib.negI32(Integer.MIN_VALUE));
    assertEquals(-Integer.MAX_VALUE, lib.negI32(Integer.MAX_VALUE));
    assertEquals(7, lib.negI32(-7));
  }

  @Test
  void int64() {
    long[] values = {Long.MIN_VALUE, -(1L << 32), -1, 0, 1, 1L << 32, 0x0123_4567_89AB_CDEFL, Long.MAX_VALUE};
    for (long x : values) {
      assertEquals(x, lib.idI64(x));
      assertEquals(x, lib.idInt64(x));
    }
    assertEquals(Long.MIN_VALUE, lib.i64Min());
    assertEquals(Long.MAX_VALUE, lib.i64Max());
    assertEquals(Long.MIN_VALUE, lib.addI64(Long.MAX_VALUE, 1));
    assertEquals(Long.MAX_VALUE, lib.addI64(Long.MIN_VALUE, -1));
    assertEquals(0x1_0000_0000L, lib.addI64(0xFFFF_FFFFL, 1), "no 32-bit truncation");
    assertEquals(Long.MIN_VALUE, lib.negI64(Long.MIN_VALUE));
    assertEquals(-0x0123_4567_89AB_CDEFL, lib.negI64(0x0123_4567_89AB_CDEFL));
  }

  @Test
  void cLongIsSixtyFourBits() {
    for (long x : new long[] {Long.MIN_VALUE, Integer.MIN_VALUE - 1L, -1, 0, 1L << 40, Long.MAX_VALUE}) {
      assertEquals(x, lib.idLong(x));
    }
    assertEquals(Long.MIN_VALUE, lib.longMin());
    assertEquals(Long.MAX_VALUE, lib.longMax());
    assertEquals(Long.MIN_VALUE, lib.negLong(Long.MIN_VALUE));
    assertEquals(-(1L << 40), lib.negLong(1L << 40));
  }

  @Test
  void isize() {
    for (long x : new long[] {Long.MIN_VALUE, -1, 0, 1L << 33, Long.MAX_VALUE}) {
      assertEquals(x, lib.idIsize(x));
    }
    assertEquals(Long.MIN_VALUE, lib.isizeMin());
    assertEquals(Long.MAX_VALUE, lib.isizeMax());
  }
}
