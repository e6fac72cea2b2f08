package io.ffibind.tests;

import static io.ffibind.tests.MemCounters.rejectedBeforeC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Strings in the other charsets: UTF-16LE as {@code char16_t *}, UTF-32LE as Linux's {@code wchar_t
 * *}, and a whole library declared ISO-8859-1.
 */
class StringCharsetsTest {
  /** "Grüße, 世界 😀", as memory.c spells it in its wide literals. */
  private static final String GREETING = "Gr\u00fc\u00dfe, \u4e16\u754c \ud83d\ude00";

  @NativeLibrary("ffibind_fixtures")
  interface Wide {
    @Symbol(name = "mem_u16_len", parameters = {"string"}, result = "usize", charset = "UTF-16LE")
    long u16Length(String s);

    @Symbol(name = "mem_u32_len", parameters = {"string"}, result = "usize", charset = "UTF-32LE")
    long u32Length(String s);

    @Symbol(name = "mem_u16_greeting", result = "string", charset = "UTF-16LE")
    String u16Greeting();

    @Symbol(name = "mem_u16_greeting", result = "string", charset = "UTF-16LE")
    MemorySegment u16GreetingPointer();

    @Symbol(name = "mem_u32_greeting", result = "string", charset = "UTF-32LE")
    String u32Greeting();

    @Symbol(name = "mem_u16_echo", parameters = {"string"}, result = "string", charset = "UTF-16LE")
    String u16Echo(String s);
  }

  @NativeLibrary(value = "ffibind_fixtures", charset = "ISO-8859-1")
  interface Latin1 {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_byte_at", parameters = {"string", "usize"}, result = "u8")
    int byteAt(String s, long index);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);
  }

  @NativeLibrary(value = "ffibind_fixtures", charset = "US-ASCII")
  interface Ascii {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String text);
  }

  private static Wide wide;
  private static final Latin1 LATIN1 = Native.load(Latin1.class);

  @BeforeAll
  static void littleEndianOnly() {
    // memory.c's char16_t and wchar_t are in the platform's order; the bindings say LE.
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
    wide = Native.load(Wide.class);
  }

  @Test
  void utf16CountsCodeUnits() {
    assertEquals(0, wide.u16Length(""));
    assertEquals(1, wide.u16Length("\u00e9"));
    assertEquals(2, wide.u16Length("\ud83d\ude00"));
    assertEquals(GREETING.length(), wide.u16Length(GREETING));
  }

  @Test
  void utf32CountsCodePoints() {
    assertEquals(0, wide.u32Length(""));
    assertEquals(1, wide.u32Length("\ud83d\ude00"));
    assertEquals(GREETING.codePointCount(0, GREETING.length()), wide.u32Length(GREETING));
  }

  @Test
  void wideResultsAreDecoded() {
    assertEquals(GREETING, wide.u16Greeting());
    assertEquals(GREETING, wide.u32Greeting());
    MemorySegment p = wide.u16GreetingPointer();
    assertEquals(GREETING, Memory.readString(p, StandardCharsets.UTF_16LE));
    assertEquals('G', Memory.getUint16(p, 0));
    assertEquals(0xFC, Memory.getUint16(p, 4));
  }

  @Test
  void utf16RoundTripsIncludingNull() {
    assertEquals(GREETING, wide.u16Echo(GREETING));
    assertEquals("", wide.u16Echo(""));
    assertNull(wide.u16Echo(null));
  }

  @Test
  void latin1IsOneBytePerCharacter() {
    assertEquals(1, LATIN1.strlen("\u00e9"));
    assertEquals(0xE9, LATIN1.byteAt("\u00e9", 0));
    assertEquals(0xFF, LATIN1.byteAt("\u00ff", 0));
    assertEquals("caf\u00e9 \u00ff", LATIN1.echo("caf\u00e9 \u00ff"));
  }

  @Test
  void aCharacterTheCharsetCannotHoldIsRejected() {
    Ascii ascii = Native.load(Ascii.class);
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> ascii.strlen("caf\u00e9"));
    assertTrue(e.getMessage().contains("'text'"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LATIN1.strlen("\u6f22"));
    rejectedBeforeC(IllegalArgumentException.class, () -> wide.u16Length("a\ud800b"));
  }
}
