package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Variadic C functions: {@code "..."} in the parameters marks where C's variadic part starts, and the
 * types after it are this binding's fixed choice of arguments (as in jextract and Panama's
 * {@code firstVariadicArg}).
 */
class VariadicTest {
  @NativeLibrary("ffibind_fixtures")
  interface Variadic {
    @Symbol(name = "var_sum_i32", parameters = {"i32", "...", "i32", "i32", "i32"}, result = "i64")
    long sum3(int count, int a, int b, int c);

    @Symbol(
        name = "var_sum_i32",
        parameters = {"i32", "...", "i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32"},
        result = "i64")
    long sum10(int count, int a, int b, int c, int d, int e, int f, int g, int h, int i, int j);

    @Symbol(name = "var_sum_i32", parameters = {"i32", "..."}, result = "i64")
    long sumNone(int count);

    @Symbol(
        name = "var_weighted",
        parameters = {"string", "...", "i32", "f64", "i64", "string", "pointer", "f64"},
        result = "f64")
    double weighted(String kinds, int i, double d, long l, String s, MemorySegment p, double d2);

    @Symbol(
        name = "var_format",
        parameters = {"buffer[size]", "usize", "string", "...", "i32", "f64", "string"},
        result = "i32")
    int format(byte[] buffer, long size, String format, int i, double d, String s);
  }

  /** libc's own snprintf, as the README shows it. */
  @NativeLibrary("")
  interface LibC {
    @Symbol(
        parameters = {"buffer[size]", "usize", "string", "...", "i32", "string"},
        result = "i32")
    int snprintf(byte[] buffer, long size, String format, int number, String word);
  }

  private static final Variadic LIB = Native.load(Variadic.class);

  @Test
  void integersThroughTheVariadicPart() {
    assertEquals(6, LIB.sum3(3, 1, 2, 3));
    assertEquals(Integer.MIN_VALUE + (long) Integer.MAX_VALUE + 1, LIB.sum3(3, Integer.MIN_VALUE, Integer.MAX_VALUE, 1));
    assertEquals(55, LIB.sum10(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); // past the argument registers
    assertEquals(0, LIB.sumNone(0));
  }

  @Test
  void mixedTypesKeepTheirOrder() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment p = arena.allocate(1);
      double expected = 1 * 7 + 2 * 0.5 + 3 * (double) (1L << 40) + 4 * 5 + 5 * 1 + 6 * -2.25;
      assertEquals(expected, LIB.weighted("idlspd", 7, 0.5, 1L << 40, "héllo".replace("é", "e"), p, -2.25));
      assertEquals(1 * 7 + 2 * 0.5 + 3 * 0 + 4 * 0 + 5 * 0 + 6 * 0.0,
          LIB.weighted("idlspd", 7, 0.5, 0, "", MemorySegment.NULL, 0.0));
    }
  }

  @Test
  void formatsIntoAJavaBuffer() {
    byte[] buffer = new byte[64];
    int n = LIB.format(buffer, buffer.length, "%d|%.2f|%s", -42, Math.PI, "ok");
    assertEquals("-42|3.14|ok", new String(buffer, 0, n, StandardCharsets.UTF_8));
    assertEquals(0, buffer[n]);
    byte[] small = new byte[4];
    assertEquals(11, LIB.format(small, small.length, "%d|%.2f|%s", -42, Math.PI, "ok")); // truncated by C
    assertEquals("-42", new String(small, 0, 3, StandardCharsets.UTF_8));
    assertThrows(IllegalArgumentException.class, () -> LIB.format(small, 5, "%d", 1, 0, "")); // 5 > 4
  }

  @Test
  void libcSnprintf() {
    LibC c = Native.load(LibC.class);
    byte[] buffer = new byte[32];
    int n = c.snprintf(buffer, buffer.length, "%05d %s", 42, "élan");
    assertEquals("00042 élan", new String(buffer, 0, n, StandardCharsets.UTF_8));
  }
}
