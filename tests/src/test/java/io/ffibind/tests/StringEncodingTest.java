package io.ffibind.tests;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * String arguments encoded straight into scratch memory (UTF-8, ISO-8859-1, US-ASCII) arrive as exactly
 * the bytes {@link String#getBytes} gives, for random strings of every kind of character and length
 * (past the fast path's limits too), and are refused with the same errors as the strict path: U+0000
 * inside, a lone surrogate, a character the charset cannot hold.
 */
class StringEncodingTest {
  @NativeLibrary("ffibind_fixtures")
  interface Utf8 {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);

    @Symbol(name = "mem_count_strings", parameters = {"const string[]"}, result = "usize")
    long count(String[] strings);
  }

  @NativeLibrary(value = "ffibind_fixtures", charset = "ISO-8859-1")
  interface Latin1 {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);
  }

  @NativeLibrary(value = "ffibind_fixtures", charset = "US-ASCII")
  interface Ascii {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);
  }

  private static final Utf8 UTF = Native.load(Utf8.class);
  private static final Latin1 LATIN = Native.load(Latin1.class);
  private static final Ascii ASCII = Native.load(Ascii.class);

  @Test
  void randomStringsArriveAsTheirExactBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 3000; i++) {
      int length = random.nextInt(10) == 0 ? random.nextInt(6000) : random.nextInt(40);
      String utf = randomString(random, length, 0x10FFFF);
      assertEquals(utf.getBytes(UTF_8).length, UTF.strlen(utf), utf);
      assertEquals(utf, UTF.echo(utf));
      String latin = randomString(random, length, 0xFF);
      assertEquals(latin.length(), LATIN.strlen(latin));
      assertEquals(latin, LATIN.echo(latin));
      String ascii = randomString(random, length, 0x7F);
      assertEquals(ascii.length(), ASCII.strlen(ascii));
      assertEquals(ascii, ASCII.echo(ascii));
    }
  }

  @Test
  void manyStringsInOneCallOverflowTheBlockIntoSpills() {
    String[] strings = new String[200];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = "\u20ac".repeat(100) + i; // 300+ bytes each: 60 kB in all
    }
    assertEquals(200, UTF.count(strings));
    assertEquals(Math.addExact(300, 1), UTF.strlen(strings[1]));
  }

  @Test
  void nulInsideIsRefusedWithItsIndex() {
    for (String s : new String[] {"ab\0c", "\u00e9\0", "\0"}) {
      var e = assertThrows(IllegalArgumentException.class, () -> UTF.strlen(s));
      assertTrue(e.getMessage().contains("contains U+0000 at index " + s.indexOf('\0')), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> LATIN.strlen(s));
      assertThrows(IllegalArgumentException.class, () -> ASCII.strlen(s));
    }
  }

  @Test
  void loneSurrogatesAndUnmappableCharactersAreRefused() {
    assertRefused(() -> UTF.strlen("a\ud800b"), UTF_8, 1, 0xD800);
    assertRefused(() -> UTF.strlen("ab\udc00"), UTF_8, 2, 0xDC00);
    assertRefused(() -> UTF.strlen("\ud83d"), UTF_8, 0, 0xD83D);
    assertRefused(() -> LATIN.strlen("price: \u20ac"), ISO_8859_1, 7, 0x20AC);
    assertRefused(() -> ASCII.strlen("caf\u00e9"), US_ASCII, 3, 0xE9);
  }

  private static void assertRefused(Runnable call, Charset charset, int index, int codePoint) {
    var e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(
        e.getMessage().contains(
            "has a character " + charset.name() + " cannot encode at index " + index
                + String.format(" (U+%04X)", codePoint)),
        e.getMessage());
  }

  /** Valid strings (surrogates only in pairs, no U+0000) with code points up to {@code max}. */
  private static String randomString(Random random, int length, int max) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int cp = switch (random.nextInt(4)) {
        case 0 -> 1 + random.nextInt(Math.min(max, 0x7F));
        case 1 -> 1 + random.nextInt(Math.min(max, 0x7FF));
        case 2 -> 1 + random.nextInt(Math.min(max, 0xFFFF));
        default -> 1 + random.nextInt(max);
      };
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
