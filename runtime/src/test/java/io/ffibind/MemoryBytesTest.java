package io.ffibind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Memory}'s byte copies, zero-copy views and array allocation. */
class MemoryBytesTest {
  private final Arena arena = Arena.ofConfined();

  @AfterEach
  void close() {
    arena.close();
  }

  private MemorySegment bytes(int n) {
    MemorySegment s = arena.allocate(n);
    for (int i = 0; i < n; i++) {
      s.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 7 + 1));
    }
    return s;
  }

  @Test
  void toByteArrayCopies() {
    MemorySegment s = bytes(10);
    byte[] copy = Memory.toByteArray(s, 4);
    assertArrayEquals(new byte[] {1, 8, 15, 22}, copy);
    s.set(ValueLayout.JAVA_BYTE, 0, (byte) 99);
    assertEquals(1, copy[0]);
    assertArrayEquals(new byte[0], Memory.toByteArray(s, 0));
    assertArrayEquals(new byte[] {99, 8}, Memory.toByteArray(MemorySegment.ofAddress(s.address()), 2));
  }

  @Test
  void lengthsAreChecked() {
    MemorySegment s = bytes(4);
    assertThrows(IllegalArgumentException.class, () -> Memory.toByteArray(s, 5));
    assertThrows(IllegalArgumentException.class, () -> Memory.toByteArray(s, -1));
    assertThrows(IllegalArgumentException.class, () -> Memory.view(s, 5));
    assertThrows(IllegalArgumentException.class, () -> Memory.toByteArray(MemorySegment.NULL, 1));
    assertThrows(IllegalArgumentException.class, () -> Memory.toByteArray(s, Integer.MAX_VALUE));
  }

  @Test
  void toByteBufferIsACopyInNativeOrder() {
    MemorySegment s = arena.allocate(8);
    s.set(ValueLayout.JAVA_INT, 4, 123456789);
    ByteBuffer copy = Memory.toByteBuffer(s, 8);
    assertEquals(ByteOrder.nativeOrder(), copy.order());
    assertEquals(123456789, copy.getInt(4));
    s.set(ValueLayout.JAVA_INT, 4, 0);
    assertEquals(123456789, copy.getInt(4));
    assertTrue(!copy.isDirect());
  }

  @Test
  void viewsShareMemoryBothWays() {
    MemorySegment s = bytes(8);
    MemorySegment raw = MemorySegment.ofAddress(s.address());
    MemorySegment view = Memory.view(raw, 8);
    assertEquals(8, view.byteSize());
    view.set(ValueLayout.JAVA_BYTE, 7, (byte) -3);
    assertEquals(-3, s.get(ValueLayout.JAVA_BYTE, 7));
    s.set(ValueLayout.JAVA_BYTE, 0, (byte) 42);
    assertEquals(42, view.get(ValueLayout.JAVA_BYTE, 0));

    ByteBuffer buffer = Memory.viewBuffer(raw, 8);
    assertTrue(buffer.isDirect());
    assertEquals(ByteOrder.nativeOrder(), buffer.order());
    buffer.put(1, (byte) 77);
    assertEquals(77, s.get(ValueLayout.JAVA_BYTE, 1));
  }

  @Test
  void aViewTiedToAnArenaDiesWithIt() {
    MemorySegment s = bytes(8);
    MemorySegment view;
    try (Arena lifetime = Arena.ofConfined()) {
      view = Memory.view(MemorySegment.ofAddress(s.address()), 8, lifetime);
      assertEquals(1, view.get(ValueLayout.JAVA_BYTE, 0));
    }
    MemorySegment dead = view;
    assertThrows(IllegalStateException.class, () -> dead.get(ValueLayout.JAVA_BYTE, 0));
    assertThrows(IllegalArgumentException.class, () -> Memory.view(s, 8, arena));
  }

  @Test
  void writeBytesRespectsTheCapacity() {
    MemorySegment s = arena.allocate(4);
    Memory.writeBytes(new byte[] {9, 8, 7}, s, 4);
    assertArrayEquals(new byte[] {9, 8, 7, 0}, s.toArray(ValueLayout.JAVA_BYTE));
    assertThrows(IllegalArgumentException.class, () -> Memory.writeBytes(new byte[] {1, 2, 3}, s, 2));
    assertThrows(IllegalArgumentException.class, () -> Memory.writeBytes(new byte[] {1}, s, 5));
    assertArrayEquals(new byte[] {9, 8, 7, 0}, s.toArray(ValueLayout.JAVA_BYTE));
  }

  @Test
  void arraysAreCopiedWithTheirElementSize() {
    assertArrayEquals(new byte[] {-1, 0, 1}, Memory.allocateArray(arena, (byte) -1, (byte) 0, (byte) 1).toArray(ValueLayout.JAVA_BYTE));
    MemorySegment shorts = Memory.allocateArray(arena, Short.MIN_VALUE, Short.MAX_VALUE);
    assertEquals(4, shorts.byteSize());
    assertEquals(32768, Memory.getUint16(shorts, 0));
    MemorySegment chars = Memory.allocateArray(arena, '\uffff', 'a');
    assertEquals(65535, Memory.getUint16(chars, 0));
    MemorySegment ints = Memory.allocateArray(arena, Integer.MIN_VALUE, -1);
    assertEquals(4294967295L, Memory.getUint32(ints, 4));
    MemorySegment longs = Memory.allocateArray(arena, Long.MIN_VALUE, 5L);
    assertEquals(16, longs.byteSize());
    assertEquals(Long.MIN_VALUE, Memory.getInt64(longs, 0));
    MemorySegment floats = Memory.allocateArray(arena, 1.5f, Float.NEGATIVE_INFINITY);
    assertEquals(Float.NEGATIVE_INFINITY, Memory.getFloat32(floats, 4));
    MemorySegment doubles = Memory.allocateArray(arena, 0.1, -0.0);
    assertEquals(0.1, Memory.getFloat64(doubles, 0));
    assertEquals(0, Memory.allocateArray(arena, new int[0]).byteSize());
  }

  @Test
  void pointerArraysEndWithNull() {
    MemorySegment a = arena.allocate(1);
    MemorySegment b = arena.allocate(1);
    MemorySegment array = Memory.allocatePointers(arena, a, null, b);
    assertEquals(32, array.byteSize());
    assertEquals(a.address(), Memory.getPointer(array, 0).address());
    assertEquals(0, Memory.getPointer(array, 8).address());
    assertEquals(b.address(), Memory.getPointer(array, 16).address());
    assertEquals(0, Memory.getPointer(array, 24).address());
  }
}
