package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls with more arguments than the calling convention has registers, so some travel on the stack.
 * C folds them in an order-sensitive way and the test computes the same fold in Java: a swapped,
 * shifted, truncated or wrongly extended argument changes the result.
 */
class ManyArgumentsTest {
  @NativeLibrary("ffibind_fixtures")
  interface Many {
    @Symbol(
        name = "prim_many_mixed",
        parameters = {
          "i32", "f64", "i32", "f64", "i32", "f64", "i32", "f64", "i32", "f64",
          "i32", "f64", "i32", "f64", "i32", "f64", "i32", "f64", "i32", "f64"
        },
        result = "f64")
    double mixed(
        int i0, double d0, int i1, double d1, int i2, double d2, int i3, double d3, int i4, double d4,
        int i5, double d5, int i6, double d6, int i7, double d7, int i8, double d8, int i9, double d9);

    @Symbol(
        name = "prim_many_f32",
        parameters = {"f32", "f32", "f32", "f32", "f32", "f32", "f32", "f32", "f32", "f32", "f32", "f32"},
        result = "f64")
    double floats(
        float a0, float a1, float a2, float a3, float a4, float a5, float a6, float a7, float a8, float a9,
        float a10, float a11);

    @Symbol(
        name = "prim_many_i64",
        parameters = {"i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64"},
        result = "i64")
    long longs(
        long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9, long a10,
        long a11);

    /** Every width with its same-width Java type (raw bits for the unsigned ones). */
    @Symbol(
        name = "prim_many_widths",
        parameters = {
          "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64", "bool", "char",
          "i8", "u8", "i16", "u16", "i32", "u32", "long", "usize", "pointer", "f32", "f64", "bool"
        },
        result = "i64")
    long widthsRaw(
        byte a, byte b, short c, short d, int e, int f, long g, long h, float i, double j, boolean k, byte l,
        byte m, byte n, short o, short p, int q, int r, long s, long t, MemorySegment u, float v, double w,
        boolean x);

    /** The same function with the unsigned ones in wider Java types, range-checked. */
    @Symbol(
        name = "prim_many_widths",
        parameters = {
          "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float", "double", "bool",
          "char", "i8", "u8", "i16", "u16", "i32", "u32", "long", "usize", "ptr", "float32", "float64", "bool"
        },
        result = "int64")
    long widthsWide(
        byte a, int b, short c, char d, int e, long f, long g, long h, float i, double j, boolean k, byte l,
        byte m, long n, short o, int p, int q, long r, long s, long t, MemorySegment u, float v, double w,
        boolean x);
  }

  private static Many lib;

  @BeforeAll
  static void load() {
    lib = Native.load(Many.class);
  }

  @Test
  void mixedIntsAndDoubles() {
    int[] is = {3, -5, 7, Integer.MAX_VALUE, -11, 13, Integer.MIN_VALUE, 17, -19, 23};
    double[] ds = {0.5, -1.25, 2.75, 1e6, -0.125, 4096.5, -8.0, 16.25, 0.0, -1.5};
    assertEquals(expectedMixed(is, ds), mixed(is, ds));
  }

  @Test
  void everyMixedPositionHasItsOwnWeight() {
    for (int k = 0; k < 10; k++) {
      int[] is = new int[10];
      double[] ds = new double[10];
      is[k] = 1;
      assertEquals(k + 1, mixed(is, ds), "int argument " + k);
      is[k] = 0;
      ds[k] = 1;
      assertEquals(k + 11, mixed(is, ds), "double argument " + k);
    }
  }

  @Test
  void twelveFloats() {
    float[] a = {1.5f, -2.25f, 3f, -4.5f, 5.125f, 6f, -7.75f, 8f, 9.5f, -10f, 11.25f, Float.MAX_VALUE};
    double expected = 0;
    for (int k = 0; k < 12; k++) {
      expected += (double) a[k] * (k + 1);
    }
    assertEquals(
        expected, lib.floats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]));
    for (int k = 0; k < 12; k++) {
      float[] one = new float[12];
      one[k] = 1f;
      double r =
          lib.floats(one[0], one[1], one[2], one[3], one[4], one[5], one[6], one[7], one[8], one[9], one[10], one[11]);
      assertEquals(k + 1, r, "float argument " + k);
    }
  }

  @Test
  void twelveLongs() {
    long[] a = {
      Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 0x0123_4567_89AB_CDEFL, -0x0123_4567_89AB_CDEFL, 1L << 32,
      0xFFFF_FFFFL, 42, -42, 0x8000_0000L
    };
    long h = 17;
    for (long v : a) {
      h = h * 31 + v;
    }
    assertEquals(h, lib.longs(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]));
  }

  @Test
  void everyWidthRawBits() {
    MemorySegment u = MemorySegment.ofAddress(0xABCDEFL);
    long expected =
        fold(
            -128, 0xFE, -32768, 0xFFFE, Integer.MIN_VALUE, 0xFFFF_FFFEL, Long.MIN_VALUE, -1L, (long) (-2.25f * 4),
            (long) (1e15 * 4), 1, 'z', -1, 0x80, -2, 0x8000, -7, 0x8000_0000L, Long.MAX_VALUE, -1L, 0xABCDEFL,
            (long) (3.75f * 4), (long) (-12345.25 * 4), 0);
    long raw =
        lib.widthsRaw(
            (byte) -128, (byte) 0xFE, Short.MIN_VALUE, (short) 0xFFFE, Integer.MIN_VALUE, -2, Long.MIN_VALUE, -1L,
            -2.25f, 1e15, true, (byte) 'z', (byte) -1, (byte) 0x80, (short) -2, (short) 0x8000, -7, 0x8000_0000,
            Long.MAX_VALUE, -1L, u, 3.75f, -12345.25, false);
    assertEquals(expected, raw);
    long wide =
        lib.widthsWide(
            (byte) -128, 0xFE, Short.MIN_VALUE, '\uFFFE', Integer.MIN_VALUE, 0xFFFF_FFFEL, Long.MIN_VALUE, -1L,
            -2.25f, 1e15, true, (byte) 'z', (byte) -1, 0x80L, (short) -2, 0x8000, -7, 0x8000_0000L,
            Long.MAX_VALUE, -1L, u, 3.75f, -12345.25, false);
    assertEquals(expected, wide);
  }

  @Test
  void wideUnsignedOnTheStackIsStillChecked() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                lib.widthsWide(
                    (byte) 0, 0, (short) 0, 'a', 0, 0, 0, 0, 0f, 0, false, (byte) 0, (byte) 0, 0, (short) 0, 0, 0,
                    0x1_0000_0000L, 0, 0, null, 0f, 0, false));
    assertTrue(e.getMessage().contains("'r'"), e.getMessage());
  }

  private static double mixed(int[] i, double[] d) {
    return lib.mixed(
        i[0], d[0], i[1], d[1], i[2], d[2], i[3], d[3], i[4], d[4], i[5], d[5], i[6], d[6], i[7], d[7], i[8], d[8],
        i[9], d[9]);
  }

  private static double expectedMixed(int[] is, double[] ds) {
    double sum = 0;
    for (int k = 0; k < 10; k++) {
      sum += (double) is[k] * (k + 1) + ds[k] * (k + 11);
    }
    return sum;
  }

  /** The C fold: acc = acc * 1000003 + value, in wrapping 64-bit arithmetic. */
  private static long fold(long... values) {
    long acc = 0;
    for (long v : values) {
      acc = acc * 1_000_003 + v;
    }
    return acc;
  }
}
