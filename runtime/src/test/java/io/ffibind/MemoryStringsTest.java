package io.ffibind;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Memory}'s string reading, writing and allocation, in every charset ffibind supports. */
class MemoryStringsTest {
  private static final String MIXED = "h\u00e9llo \u6f22\u5b57 \ud83d\ude00";
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private final Arena arena = Arena.ofConfined();

  @AfterEach
  void close() {
    arena.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void allocateThenReadRoundTrips(String name) {
    Charset charset = Charset.forName(name);
    MemorySegment s = Memory.allocateString(arena, MIXED, charset);
    byte[] encoded = MIXED.getBytes(charset);
    int unit = name.startsWith("UTF-32") ? 4 : name.startsWith("UTF-16") ? 2 : 1;
    assertEquals(encoded.length + unit, s.byteSize());
    assertArrayEquals(encoded, s.asSlice(0, encoded.length).toArray(ValueLayout.JAVA_BYTE));
    assertEquals(MIXED, Memory.readString(s, charset));
    assertEquals(MIXED, Memory.readString(MemorySegment.ofAddress(s.address()), charset));
  }

  @Test
  void utf8IsTheDefault() {
    MemorySegment s = Memory.allocateString(arena, MIXED);
    assertEquals(MIXED.getBytes(UTF_8).length + 1, s.byteSize());
    assertEquals(MIXED, Memory.readString(s));
    assertEquals("", Memory.readString(Memory.allocateString(arena, "")));
  }

  @Test
  void nullAndNullPointerGiveNull() {
    assertNull(Memory.readString(null));
    assertNull(Memory.readString(MemorySegment.NULL));
    assertNull(Memory.readString(MemorySegment.NULL, UTF_16LE));
    assertEquals(MemorySegment.NULL, Memory.allocateString(arena, null));
  }

  @Test
  void readingStopsAtTheFirstNul() {
    MemorySegment s = Memory.allocateArray(arena, (byte) 'a', (byte) 'b', (byte) 0, (byte) 'c', (byte) 0);
    assertEquals("ab", Memory.readString(s));
    assertEquals("c", Memory.readString(s.asSlice(3)));
  }

  @Test
  void aKnownSizeWithoutTerminatorIsNotOverrun() {
    MemorySegment s = Memory.allocateArray(arena, (byte) 'a', (byte) 'b');
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.readString(s));
  }

  @Test
  void aHeapSegmentIsNotMistakenForNull() {
    assertEquals("hi", Memory.readString(MemorySegment.ofArray(new byte[] {'h', 'i', 0})));
  }

  @Test
  void nulInsideIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.allocateString(arena, "ab\0c"));
    assertTrue(e.getMessage().contains("U+0000 at index 2"), e.getMessage());
  }

  @Test
  void charactersTheCharsetCannotHoldAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.allocateString(arena, "a\u6f22", ISO_8859_1));
    assertTrue(e.getMessage().contains("index 1 (U+6F22)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Memory.allocateString(arena, "caf\u00e9", US_ASCII));
    assertThrows(IllegalArgumentException.class, () -> Memory.allocateString(arena, "x\ud800y"));
    assertEquals(2, Memory.allocateString(arena, "\u00e9", ISO_8859_1).byteSize());
  }

  @Test
  void writeStringFillsExactlyTheCapacity() {
    MemorySegment buf = arena.allocate(8).fill((byte) 0x55);
    assertEquals(7, Memory.writeString("abcdefg", buf, 8));
    assertEquals("abcdefg", Memory.readString(buf));
    assertEquals(0, buf.get(ValueLayout.JAVA_BYTE, 7));
    assertEquals(0, Memory.writeString("", buf, 1));
    assertEquals(0, buf.get(ValueLayout.JAVA_BYTE, 0));
    assertEquals('b', buf.get(ValueLayout.JAVA_BYTE, 1));
  }

  @Test
  void writeStringThatDoesNotFitWritesNothing() {
    MemorySegment buf = arena.allocate(8).fill((byte) 0x55);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.writeString("abcdefgh", buf, 8));
    assertTrue(e.getMessage().contains("needs 9 bytes"), e.getMessage());
    // "é" is two bytes in UTF-8: 7 bytes and the terminator do not fit in 7.
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("abcd\u00e9", buf, 6));
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("a", buf, 0));
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("a\0", buf, 8));
    byte[] untouched = new byte[8];
    Arrays.fill(untouched, (byte) 0x55);
    assertArrayEquals(untouched, buf.toArray(ValueLayout.JAVA_BYTE));
  }

  @Test
  void writeStringCountsTheWideTerminator() {
    MemorySegment buf = arena.allocate(16).fill((byte) 0x55);
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("abc", buf, 7, UTF_16LE));
    assertEquals(6, Memory.writeString("abc", buf, 8, UTF_16LE));
    assertEquals("abc", Memory.readString(buf, UTF_16LE));
    assertEquals(0, buf.get(ValueLayout.JAVA_SHORT_UNALIGNED, 6));
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("abc", buf, 15, UTF_32BE));
    assertEquals(12, Memory.writeString("abc", buf, 16, UTF_32BE));
    assertEquals("abc", Memory.readString(buf, UTF_32BE));
    assertEquals(0, buf.get(ValueLayout.JAVA_INT_UNALIGNED, 12));
    // One code point, two Java chars: four bytes in UTF-32, plus four for the terminator.
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("\ud83d\ude00", buf, 7, UTF_32LE));
    assertEquals(4, Memory.writeString("\ud83d\ude00", buf, 8, UTF_32LE));
    assertEquals("\ud83d\ude00", Memory.readString(buf, UTF_32LE));
  }

  @Test
  void writeStringCannotClaimMoreThanTheSegmentHas() {
    MemorySegment buf = arena.allocate(4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.writeString("ab", buf, 100));
    assertTrue(e.getMessage().contains("exceeds the 4 bytes"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Memory.writeString("ab", MemorySegment.NULL, 100));
    assertEquals(2, Memory.writeString("ab", MemorySegment.ofAddress(buf.address()), 3));
    assertEquals("ab", Memory.readString(buf));
  }

  @Test
  void allocateStringsEndsWithNull() {
    MemorySegment array = Memory.allocateStrings(arena, "one", null, "\u00e9");
    assertEquals(4 * ValueLayout.ADDRESS.byteSize(), array.byteSize());
    assertEquals("one", Memory.readString(Memory.getPointer(array, 0)));
    assertEquals(MemorySegment.NULL, Memory.getPointer(array, 8));
    assertEquals("\u00e9", Memory.readString(Memory.getPointer(array, 16)));
    assertEquals(MemorySegment.NULL, Memory.getPointer(array, 24));
    MemorySegment wide = Memory.allocateStrings(arena, UTF_16BE, List.of("z"));
    assertEquals("z", Memory.readString(Memory.getPointer(wide, 0), UTF_16BE));
    assertEquals(MemorySegment.NULL, Memory.getPointer(wide, 8));
  }
}
