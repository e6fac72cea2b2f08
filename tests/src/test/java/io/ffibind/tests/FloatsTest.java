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
 * {@code f32} and {@code f64} (and their aliases) through real C, including the values that plain
 * {@code ==} cannot tell apart: -0.0 is compared by raw bits, NaN with {@code isNaN} and also by C's
 * own {@code isnan}, so both directions are checked.
 */
class FloatsTest {
  @NativeLibrary("ffibind_fixtures")
  interface Floats {
    @Symbol(name = "prim_id_f32", parameters = "f32", result = "f32")
    float idF32(float x);

    @Symbol(name = "prim_id_f32", parameters = "float", result = "float")
    float idFloat(float x);

    @Symbol(name = "prim_id_f32", parameters = "float32", result = "float32")
    float idFloat32(float x);

    @Symbol(name = "prim_add_f32", parameters = {"f32", "f32"}, result = "f32")
    float addF32(float a, float b);

    @Symbol(name = "prim_neg_f32", parameters = "f32", result = "f32")
    float negF32(float x);

    @Symbol(name = "prim_f32_nan", result = "f32")
    float nanF32();

    @Symbol(name = "prim_f32_inf", result = "f32")
    float infF32();

    @Symbol(name = "prim_f32_neg_zero", result = "f32")
    float negZeroF32();

    @Symbol(name = "prim_f32_max", result = "f32")
    float maxF32();

    @Symbol(name = "prim_f32_true_min", result = "f32")
    float trueMinF32();

    @Symbol(name = "prim_f32_is_nan", parameters = "f32", result = "bool")
    boolean isNanF32(float x);

    @Symbol(name = "prim_f32_signbit", parameters = "f32", result = "bool")
    boolean signbitF32(float x);

    @Symbol(name = "prim_f32_to_f64", parameters = "f32", result = "f64")
    double f32ToF64(float x);

    @Symbol(name = "prim_id_f64", parameters = "f64", result = "f64")
    double idF64(double x);

    @Symbol(name = "prim_id_f64", parameters = "double", result = "double")
    double idDouble(double x);

    @Symbol(name = "prim_id_f64", parameters = "float64", result = "float64")
    double idFloat64(double x);

    @Symbol(name = "prim_add_f64", parameters = {"f64", "f64"}, result = "f64")
    double addF64(double a, double b);

    @Symbol(name = "prim_neg_f64", parameters = "f64", result = "f64")
    double negF64(double x);

    @Symbol(name = "prim_div_f64", parameters = {"f64", "f64"}, result = "f64")
    double divF64(double a, double b);

    @Symbol(name = "prim_f64_nan", result = "f64")
    double nanF64();

    @Symbol(name = "prim_f64_inf", result = "f64")
    double infF64();

    @Symbol(name = "prim_f64_neg_inf", result = "f64")
    double negInfF64();

    @Symbol(name = "prim_f64_neg_zero", result = "f64")
    double negZeroF64();

    @Symbol(name = "prim_f64_max", result = "f64")
    double maxF64();

    @Symbol(name = "prim_f64_true_min", result = "f64")
    double trueMinF64();

    @Symbol(name = "prim_f64_is_nan", parameters = "f64", result = "bool")
    boolean isNanF64(double x);

    @Symbol(name = "prim_f64_signbit", parameters = "f64", result = "bool")
    boolean signbitF64(double x);

    @Symbol(name = "prim_f64_to_f32", parameters = "f64", result = "f32")
    float f64ToF32(double x);
  }

  private static final long NEG_ZERO_BITS = 0x8000_0000_0000_0000L;
  private static final int NEG_ZERO_F32_BITS = 0x8000_0000;

  private static Floats lib;

  @BeforeAll
  static void load() {
    lib = Native.load(Floats.class);
  }

  @AfterAll
  static void forget() {
    lib = null; // Floats is not AutoCloseable: nothing to close
  }

  @Test
  void float32Identity() {
    float[] values = {
      0f, 1f, -1f, 0.1f, (float) Math.PI, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY
    };
    for (float x : values) {
      assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits(lib.idF32(x)), "f32 " + x);
      assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits(lib.idFloat(x)), "float " + x);
      assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits(lib.idFloat32(x)), "float32 " + x);
      assertEquals((double) x, lib.f32ToF64(x), "widened in C");
    }
    assertEquals(NEG_ZERO_F32_BITS, Float.floatToRawIntBits(lib.idF32(-0.0f)));
    assertTrue(Float.isNaN(lib.idF32(Float.NaN)));
  }

  @Test
  void float32Specials() {
    assertTrue(Float.isNaN(lib.nanF32()));
    assertEquals(Float.POSITIVE_INFINITY, lib.infF32());
    assertEquals(NEG_ZERO_F32_BITS, Float.floatToRawIntBits(lib.negZeroF32()));
    assertEquals(Float.valueOf(-0.0f), Float.valueOf(lib.negZeroF32())); // Float.equals tells -0 from 0
    assertEquals(Float.MAX_VALUE, lib.maxF32());
    assertEquals(Float.MIN_VALUE, lib.trueMinF32());
    assertTrue(lib.isNanF32(Float.NaN));
    assertFalse(lib.isNanF32(Float.POSITIVE_INFINITY));
    assertFalse(lib.isNanF32(0f));
    assertTrue(lib.signbitF32(-0.0f));
    assertFalse(lib.signbitF32(0.0f));
    assertTrue(lib.signbitF32(Float.NEGATIVE_INFINITY));
  }

  @Test
  void float32Arithmetic() {
    assertEquals(0.1f + 0.2f, lib.addF32(0.1f, 0.2f));
    assertEquals(Float.POSITIVE_INFINITY, lib.addF32(Float.MAX_VALUE, Float.MAX_VALUE));
    assertTrue(Float.isNaN(lib.addF32(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)));
    assertEquals(NEG_ZERO_F32_BITS, Float.floatToRawIntBits(lib.negF32(0f)));
    assertEquals(-1.5f, lib.negF32(1.5f));
    assertEquals(Float.NEGATIVE_INFINITY, lib.negF32(Float.POSITIVE_INFINITY));
  }

  @Test
  void float64Identity() {
    double[] values = {
      0d, 1d, -1d, 0.1, Math.PI, Math.E, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0
    };
    for (double x : values) {
      long bits = Double.doubleToRawLongBits(x);
      assertEquals(bits, Double.doubleToRawLongBits(lib.idF64(x)), "f64 " + x);
      assertEquals(bits, Double.doubleToRawLongBits(lib.idDouble(x)), "double " + x);
      assertEquals(bits, Double.doubleToRawLongBits(lib.idFloat64(x)), "float64 " + x);
    }
    assertTrue(Double.isNaN(lib.idF64(Double.NaN)));
  }

  @Test
  void nanPayloadSurvivesTheRoundTrip() {
    double payload = Double.longBitsToDouble(0x7FF8_0000_0000_1234L);
    assertEquals(0x7FF8_0000_0000_1234L, Double.doubleToRawLongBits(lib.idF64(payload)));
  }

  @Test
  void float64Specials() {
    assertTrue(Double.isNaN(lib.nanF64()));
    assertEquals(Double.POSITIVE_INFINITY, lib.infF64());
    assertEquals(Double.NEGATIVE_INFINITY, lib.negInfF64());
    assertEquals(NEG_ZERO_BITS, Double.doubleToRawLongBits(lib.negZeroF64()));
    assertEquals(Double.valueOf(-0.0), Double.valueOf(lib.negZeroF64()));
    assertEquals(Double.MAX_VALUE, lib.maxF64());
    assertEquals(Double.MIN_VALUE, lib.trueMinF64());
    assertTrue(lib.isNanF64(Double.NaN));
    assertTrue(lib.isNanF64(0.0 / 0.0));
    assertFalse(lib.isNanF64(Double.NEGATIVE_INFINITY));
    assertFalse(lib.isNanF64(Double.MAX_VALUE));
    assertTrue(lib.signbitF64(-0.0));
    assertFalse(lib.signbitF64(0.0));
    assertTrue(lib.signbitF64(-Double.MIN_VALUE));
  }

  @Test
  void float64Arithmetic() {
    assertEquals(0.1 + 0.2, lib.addF64(0.1, 0.2));
    assertEquals(0.30000000000000004, lib.addF64(0.1, 0.2));
    assertEquals(Double.POSITIVE_INFINITY, lib.divF64(1, 0));
    assertEquals(Double.NEGATIVE_INFINITY, lib.divF64(-1, 0));
    assertEquals(Double.NEGATIVE_INFINITY, lib.divF64(1, -0.0));
    assertTrue(Double.isNaN(lib.divF64(0, 0)));
    assertEquals(NEG_ZERO_BITS, Double.doubleToRawLongBits(lib.divF64(-1, Double.POSITIVE_INFINITY)));
    assertEquals(NEG_ZERO_BITS, Double.doubleToRawLongBits(lib.negF64(0.0)));
    assertEquals(0L, Double.doubleToRawLongBits(lib.negF64(-0.0)));
    assertEquals(-Math.PI, lib.negF64(Math.PI));
  }

  @Test
  void narrowingAndWideningInC() {
    assertEquals(0.1f, lib.f64ToF32(0.1));
    assertEquals(Float.POSITIVE_INFINITY, lib.f64ToF32(Double.MAX_VALUE));
    assertEquals(NEG_ZERO_F32_BITS, Float.floatToRawIntBits(lib.f64ToF32(-Double.MIN_VALUE)));
    assertEquals((double) 0.1f, lib.f32ToF64(0.1f));
    assertTrue(Double.isNaN(lib.f32ToF64(Float.NaN)));
  }
}
