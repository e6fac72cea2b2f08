package io.ffibind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Memory}'s typed getters and setters: values at the edges, offsets, bounds and NULL. */
class MemoryTypedAccessTest {
  private final Arena arena = Arena.ofConfined();
  private final MemorySegment p = arena.allocate(16);

  @AfterEach
  void close() {
    arena.close();
  }

  @Test
  void signedAndUnsignedBytes() {
    Memory.setInt8(p, 3, Byte.MIN_VALUE);
    assertEquals(Byte.MIN_VALUE, Memory.getInt8(p, 3));
    assertEquals(128, Memory.getUint8(p, 3));
    Memory.setUint8(p, 3, 255);
    assertEquals(-1, Memory.getInt8(p, 3));
    assertEquals(255, Memory.getUint8(p, 3));
    assertEquals(0, Memory.getUint8(p, 2));
    assertEquals(0, Memory.getUint8(p, 4));
  }

  @Test
  void sixteenBitValues() {
    Memory.setInt16(p, 1, Short.MIN_VALUE);
    assertEquals(Short.MIN_VALUE, Memory.getInt16(p, 1));
    assertEquals(32768, Memory.getUint16(p, 1));
    Memory.setUint16(p, 1, 65535);
    assertEquals(-1, Memory.getInt16(p, 1));
    assertEquals(65535, Memory.getUint16(p, 1));
  }

  @Test
  void thirtyTwoBitValues() {
    Memory.setInt32(p, 5, Integer.MIN_VALUE);
    assertEquals(Integer.MIN_VALUE, Memory.getInt32(p, 5));
    assertEquals(2147483648L, Memory.getUint32(p, 5));
    Memory.setUint32(p, 5, 4294967295L);
    assertEquals(-1, Memory.getInt32(p, 5));
    assertEquals(4294967295L, Memory.getUint32(p, 5));
  }

  @Test
  void sixtyFourBitValuesAtAnUnalignedOffset() {
    Memory.setInt64(p, 3, Long.MIN_VALUE);
    assertEquals(Long.MIN_VALUE, Memory.getInt64(p, 3));
    Memory.setUint64(p, 3, -1L);
    assertEquals("18446744073709551615", Long.toUnsignedString(Memory.getUint64(p, 3)));
  }

  @Test
  void floatsKeepTheirBits() {
    Memory.setFloat32(p, 1, -0.0f);
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(Memory.getFloat32(p, 1)));
    Memory.setFloat32(p, 1, Float.intBitsToFloat(0x7fc00001));
    assertEquals(0x7fc00001, Float.floatToRawIntBits(Memory.getFloat32(p, 1)));
    Memory.setFloat64(p, 7, Double.MIN_VALUE);
    assertEquals(Double.MIN_VALUE, Memory.getFloat64(p, 7));
    Memory.setFloat64(p, 7, -0.0);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Memory.getFloat64(p, 7)));
    Memory.setFloat64(p, 7, Double.NaN);
    assertTrue(Double.isNaN(Memory.getFloat64(p, 7)));
  }

  @Test
  void multiByteValuesUseThePlatformByteOrder() {
    Memory.setInt32(p, 0, 0x01020304);
    int first = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 4 : 1;
    assertEquals(first, Memory.getUint8(p, 0));
    assertEquals(0x01020304, p.get(ValueLayout.JAVA_INT, 0));
  }

  @Test
  void unsignedSettersRejectValuesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Memory.setUint8(p, 0, 256));
    assertThrows(IllegalArgumentException.class, () -> Memory.setUint8(p, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> Memory.setUint16(p, 0, 65536));
    assertThrows(IllegalArgumentException.class, () -> Memory.setUint16(p, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> Memory.setUint32(p, 0, 1L << 32));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.setUint32(p, 0, -1L));
    assertTrue(e.getMessage().contains("uint32"), e.getMessage());
    assertArrayEquals(new byte[16], p.toArray(ValueLayout.JAVA_BYTE));
  }

  @Test
  void pointersRoundTripAndNullReadsAsTheNullSegment() {
    MemorySegment target = arena.allocate(4);
    Memory.setPointer(p, 8, target);
    assertEquals(target.address(), Memory.getPointer(p, 8).address());
    assertEquals(0, Memory.getPointer(p, 8).byteSize());
    Memory.setPointer(p, 8, null);
    assertEquals(MemorySegment.NULL, Memory.getPointer(p, 8));
  }

  @Test
  void aKnownSizeIsEnforced() {
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt8(p, 16));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt8(p, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt64(p, 9));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.setInt32(p, 13, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt32(MemorySegment.ofArray(new byte[0]), 0));
    assertArrayEquals(new byte[16], p.toArray(ValueLayout.JAVA_BYTE));
    Memory.setInt64(p, 8, 42);
    assertEquals(42, Memory.getInt64(p, 8));
  }

  @Test
  void aZeroLengthPointerFromCIsTrusted() {
    p.set(ValueLayout.JAVA_INT_UNALIGNED, 12, 0xCAFEBABE);
    MemorySegment raw = MemorySegment.ofAddress(p.address());
    assertEquals(0, raw.byteSize());
    assertEquals(0xCAFEBABE, Memory.getInt32(raw, 12));
    Memory.setInt16(raw, 2, (short) 7);
    assertEquals(7, p.get(ValueLayout.JAVA_SHORT_UNALIGNED, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt32(raw, -4));
  }

  @Test
  void heapSegmentsWork() {
    long[] array = {0, Long.MAX_VALUE};
    MemorySegment heap = MemorySegment.ofArray(array);
    assertEquals(Long.MAX_VALUE, Memory.getInt64(heap, 8));
    Memory.setInt64(heap, 0, -5);
    assertEquals(-5, array[0]);
  }

  @Test
  void nullIsRefusedInsteadOfCrashing() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Memory.getInt32(MemorySegment.NULL, 0));
    assertTrue(e.getMessage().contains("NULL"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Memory.setInt8(MemorySegment.NULL, 0, (byte) 1));
    assertThrows(IllegalArgumentException.class, () -> Memory.getPointer(MemorySegment.ofAddress(0), 8));
    assertThrows(NullPointerException.class, () -> Memory.getInt8(null, 0));
  }
}
