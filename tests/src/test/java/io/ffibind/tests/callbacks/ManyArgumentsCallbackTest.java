package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Native;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deno's 11-argument callback ({@code u8, i8, u16, i16, u32, i32, u64, i64, f32, f64, pointer}) with
 * edge values: C forwards what Java passes, so each value crosses twice. Unsigned values arrive
 * zero-extended in the wider Java type; u64 arrives as the long with the same bits.
 */
class ManyArgumentsCallbackTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  private record Values(int a, byte b, int c, short d, long e, int f, long g, long h, float i, double j, long k) {}

  private static Values forward(Values v) {
    List<Values> got = new ArrayList<>();
    LIB.forwardMany(
        (a, b, c, d, e, f, g, h, i, j, k) -> got.add(new Values(a, b, c, d, e, f, g, h, i, j, k.address())),
        v.a, v.b, v.c, v.d, v.e, v.f, v.g, v.h, v.i, v.j, MemorySegment.ofAddress(v.k));
    assertEquals(1, got.size());
    return got.get(0);
  }

  @Test
  void maximums() {
    Values max = new Values(255, Byte.MAX_VALUE, 65535, Short.MAX_VALUE, 4294967295L, Integer.MAX_VALUE,
        -1L /* u64 max */, Long.MAX_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, 0x7fff_ffff_ffffL);
    assertEquals(max, forward(max));
  }

  @Test
  void minimums() {
    Values min = new Values(0, Byte.MIN_VALUE, 0, Short.MIN_VALUE, 0, Integer.MIN_VALUE, 0, Long.MIN_VALUE,
        -Float.MAX_VALUE, -Double.MAX_VALUE, 0);
    assertEquals(min, forward(min));
  }

  @Test
  void specialFloatsAndSmallValues() {
    Values v = new Values(128, (byte) -1, 32768, (short) -1, 2147483648L, -1, Long.MIN_VALUE, -1,
        Float.MIN_VALUE, Double.MIN_VALUE, 1);
    assertEquals(v, forward(v));
    Values nan = new Values(1, (byte) 1, 1, (short) 1, 1, 1, 1, 1, Float.NaN, Double.NEGATIVE_INFINITY, 8);
    Values back = forward(nan);
    assertEquals(Float.floatToRawIntBits(Float.NaN), Float.floatToRawIntBits(back.i()));
    assertEquals(Double.NEGATIVE_INFINITY, back.j());
  }
}
