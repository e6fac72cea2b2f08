package io.ffibind.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code string} parameters and results in UTF-8: contents, NULL, lengths and exact bytes. */
class StringsTest {
  static final String E_ACUTE = "\u00e9";
  static final String KANJI = "\u6f22\u5b57";
  static final String EMOJI = "\ud83d\ude00";

  @NativeLibrary("ffibind_fixtures")
  interface Strings {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(MemorySegment s);

    @Symbol(name = "mem_utf8_code_points", parameters = {"string"}, result = "i64")
    long codePoints(String s);

    @Symbol(name = "mem_byte_at", parameters = {"string", "usize"}, result = "u8")
    int byteAt(String s, long index);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);

    @Symbol(name = "mem_upper", parameters = {"string", "buffer[cap]", "usize"}, result = "i32")
    int upper(String s, byte[] out, long cap);

    @Symbol(name = "mem_static_greeting", result = "string")
    String greeting();

    @Symbol(name = "mem_static_greeting", result = "string")
    MemorySegment greetingPointer();

    @Symbol(name = "mem_null_string", result = "string")
    String nothing();

    @Symbol(name = "mem_null_string", result = "string")
    MemorySegment nothingPointer();
  }

  private static final Strings LIB = Native.load(Strings.class);

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "hello, world", E_ACUTE, KANJI, EMOJI, "x" + E_ACUTE + KANJI + EMOJI + "y"})
  void lengthIsInUtf8Bytes(String s) {
    assertEquals(s.getBytes(UTF_8).length, LIB.strlen(s));
    assertEquals(s.codePointCount(0, s.length()), LIB.codePoints(s));
    assertEquals(s, LIB.echo(s));
  }

  @Test
  void nonAsciiArrivesAsExactUtf8Bytes() {
    assertEquals(0xC3, LIB.byteAt(E_ACUTE, 0));
    assertEquals(0xA9, LIB.byteAt(E_ACUTE, 1));
    assertEquals(0, LIB.byteAt(E_ACUTE, 2)); // the terminator
    assertEquals(0xE6, LIB.byteAt(KANJI, 0));
    assertEquals(0xBC, LIB.byteAt(KANJI, 1));
    assertEquals(0xA2, LIB.byteAt(KANJI, 2));
    assertEquals(0xF0, LIB.byteAt(EMOJI, 0));
    assertEquals(0x9F, LIB.byteAt(EMOJI, 1));
    assertEquals(0x98, LIB.byteAt(EMOJI, 2));
    assertEquals(0x80, LIB.byteAt(EMOJI, 3));
    assertEquals(0, LIB.byteAt("", 0));
  }

  @Test
  void nullGoesInAsNullAndComesBackAsNull() {
    assertEquals(-1, LIB.strlen((String) null));
    assertEquals(-1, LIB.strlen((MemorySegment) null));
    assertNull(LIB.echo(null));
    assertNull(LIB.nothing());
    assertEquals(MemorySegment.NULL, LIB.nothingPointer());
  }

  @Test
  void staticResultsAreCopiedOrLeftAsPointers() {
    assertEquals("hello from C", LIB.greeting());
    MemorySegment p = LIB.greetingPointer();
    assertEquals(0, p.byteSize());
    assertEquals("hello from C", Memory.readString(p));
    assertEquals(p.address(), LIB.greetingPointer().address());
  }

  @Test
  void stringsLargerThanTheScratchBlockWork() {
    String big = KANJI.repeat(400_000); // 2.4 MB of UTF-8, far beyond the per-thread block
    assertEquals(2_400_000, LIB.strlen(big));
    assertEquals(big, LIB.echo(big));
    assertEquals(5, LIB.strlen("after"));
  }

  @Test
  void aStringSegmentFromAnArenaIsPassedAsItIs() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = Memory.allocateString(arena, "caf" + E_ACUTE);
      assertEquals(5, LIB.strlen(s));
      MemorySegment buf = arena.allocate(16);
      Memory.writeString(KANJI, buf, 16);
      assertEquals(6, LIB.strlen(buf));
    }
  }

  @Test
  void upperCaseIntoTheCallersBuffer() {
    byte[] out = new byte[32];
    String s = "hello, w" + E_ACUTE + "rld";
    int n = LIB.upper(s, out, out.length);
    assertEquals(13, n);
    assertEquals("HELLO, W" + E_ACUTE + "RLD", new String(out, 0, n, UTF_8));
    assertEquals(0, out[n]);
  }

  @Test
  void upperCaseRefusesABufferOneByteTooSmall() {
    byte[] out = new byte[5];
    assertEquals(-1, LIB.upper("abcde", out, 5));
    assertEquals(0, out[0]);
    assertEquals(5, LIB.upper("abcde", new byte[6], 6));
    assertEquals(0, LIB.upper("", new byte[1], 1));
    assertTrue(LIB.upper("", new byte[0], 0) < 0);
  }
}
