package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code buffer} parameters: every Java array type, direct and heap {@link ByteBuffer}s from their
 * position to their limit, arena and heap segments, and const buffers, which are not copied back.
 */
class BuffersTest {
  @NativeLibrary("ffibind_fixtures")
  interface Buffers {
    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(byte[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(short[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(char[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(int[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(long[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(float[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(double[] buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(ByteBuffer buf, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(MemorySegment buf, long n, int value);

    @Symbol(name = "mem_reverse", parameters = {"buffer[n]", "usize"})
    void reverse(byte[] buf, long n);

    @Symbol(name = "mem_reverse", parameters = {"buffer[n]", "usize"})
    void reverse(ByteBuffer buf, long n);

    @Symbol(name = "mem_reverse", parameters = {"buffer[n]", "usize"})
    void reverse(MemorySegment buf, long n);

    @Symbol(name = "mem_hash", parameters = {"const buffer[n]", "usize"}, result = "u32")
    long hash(byte[] buf, long n);

    @Symbol(name = "mem_hash", parameters = {"const buffer[n]", "usize"}, result = "u32")
    long hash(ByteBuffer buf, long n);

    @Symbol(name = "mem_hash", parameters = {"const buffer[n]", "usize"}, result = "u32")
    long hash(MemorySegment buf, long n);
  }

  static final Buffers LIB = Native.load(Buffers.class);

  /** FNV-1a, as mem_hash computes it. */
  static long fnv1a(byte[] bytes, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h ^= bytes[i] & 0xFF;
      h *= 16777619;
    }
    return Integer.toUnsignedLong(h);
  }

  @Test
  void fillWritesExactlyNBytesOfAByteArray() {
    byte[] b = new byte[8];
    LIB.fill(b, 3, 0xAB);
    assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xAB, (byte) 0xAB, 0, 0, 0, 0, 0}, b);
    LIB.fill(b, 0, 0xFF);
    assertEquals(0, b[3]);
    LIB.fill(b, 8, 0);
    assertArrayEquals(new byte[8], b);
  }

  @Test
  void fillCountsBytesInWiderArrays() {
    int[] ints = new int[3];
    LIB.fill(ints, 8, 0x7F);
    assertArrayEquals(new int[] {0x7F7F7F7F, 0x7F7F7F7F, 0}, ints);
    short[] shorts = new short[2];
    LIB.fill(shorts, 4, 0xFF);
    assertArrayEquals(new short[] {-1, -1}, shorts);
    char[] chars = new char[2];
    LIB.fill(chars, 2, 0xFF);
    assertArrayEquals(new char[] {'\uffff', 0}, chars);
    long[] longs = new long[1];
    LIB.fill(longs, 8, 0x80);
    assertEquals(0x8080808080808080L, longs[0]);
    float[] floats = new float[1];
    LIB.fill(floats, 4, 0xFF);
    assertEquals(0xFFFFFFFF, Float.floatToRawIntBits(floats[0]));
    double[] doubles = {1.0, 2.0};
    LIB.fill(doubles, 8, 0);
    assertArrayEquals(new double[] {0.0, 2.0}, doubles);
  }

  @Test
  void reverseInPlace() {
    byte[] odd = "abcde".getBytes(StandardCharsets.US_ASCII);
    LIB.reverse(odd, 5);
    assertEquals("edcba", new String(odd, StandardCharsets.US_ASCII));
    byte[] partial = "abcdef".getBytes(StandardCharsets.US_ASCII);
    LIB.reverse(partial, 4);
    assertEquals("dcbaef", new String(partial, StandardCharsets.US_ASCII));
    byte[] empty = new byte[0];
    LIB.reverse(empty, 0);
    assertEquals(0, empty.length);
  }

  @Test
  void directBuffersPassTheirPositionToLimit() {
    ByteBuffer direct = ByteBuffer.allocateDirect(8);
    direct.position(2).limit(6);
    LIB.fill(direct, 4, 0x11);
    assertEquals(2, direct.position());
    direct.clear();
    byte[] seen = new byte[8];
    direct.get(seen);
    assertArrayEquals(new byte[] {0, 0, 0x11, 0x11, 0x11, 0x11, 0, 0}, seen);
  }

  @Test
  void heapBuffersAreCopiedInAndBack() {
    byte[] backing = "0123456789".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer heap = ByteBuffer.wrap(backing);
    heap.position(3).limit(7);
    LIB.reverse(heap, 4);
    assertEquals("0126543789", new String(backing, StandardCharsets.US_ASCII));
    ByteBuffer slice = ByteBuffer.wrap(backing, 1, 8).slice(); // array offset 1
    LIB.fill(slice, 2, '-');
    assertEquals("0--6543789", new String(backing, StandardCharsets.US_ASCII));
  }

  @Test
  void constBuffersAcceptReadOnlyByteBuffers() {
    byte[] data = new byte[1000];
    new Random(7).nextBytes(data);
    long expected = fnv1a(data, 0, data.length);
    assertEquals(expected, LIB.hash(data, data.length));
    assertEquals(expected, LIB.hash(ByteBuffer.wrap(data).asReadOnlyBuffer(), data.length));
    ByteBuffer direct = ByteBuffer.allocateDirect(data.length).put(data).flip();
    assertEquals(expected, LIB.hash(direct.asReadOnlyBuffer(), data.length));
    assertEquals(fnv1a(data, 10, 20), LIB.hash(ByteBuffer.wrap(data, 10, 10).asReadOnlyBuffer(), 10));
    assertEquals(0x811C9DC5L, LIB.hash((byte[]) null, 0));
  }

  @Test
  void arenaSegmentsAreWrittenInPlace() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = arena.allocate(6);
      LIB.fill(s, 6, 0x22);
      LIB.fill(s.asSlice(1, 2), 2, 0x33);
      assertArrayEquals(new byte[] {0x22, 0x33, 0x33, 0x22, 0x22, 0x22}, s.toArray(ValueLayout.JAVA_BYTE));
      assertEquals(fnv1a(s.toArray(ValueLayout.JAVA_BYTE), 0, 6), LIB.hash(s.asReadOnly(), 6));
      // A zero-length segment is a raw pointer: its size is trusted, as in Panama.
      LIB.reverse(MemorySegment.ofAddress(s.address()), 2);
      assertEquals(0x33, s.get(ValueLayout.JAVA_BYTE, 0));
      assertEquals(0x22, s.get(ValueLayout.JAVA_BYTE, 1));
    }
  }

  @Test
  void heapSegmentsAreCopiedInAndBack() {
    int[] ints = new int[2];
    LIB.fill(MemorySegment.ofArray(ints).asSlice(4), 4, 0x01);
    assertArrayEquals(new int[] {0, 0x01010101}, ints);
  }

  @Test
  void buffersBeyondTheScratchBlock() {
    byte[] big = new byte[16 << 20];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) i;
    }
    LIB.reverse(big, big.length);
    assertEquals((byte) (big.length - 1), big[0]);
    assertEquals(0, big[big.length - 1]);
    assertEquals(fnv1a(big, 0, big.length), LIB.hash(big, big.length));
  }
}
