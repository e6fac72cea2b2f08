package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Critical;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code @Critical} hands Java heap memory to C in place. mem_scribble writes through a pointer it
 * declares const, which makes the difference visible: without {@code @Critical} it writes into a copy
 * that is thrown away (const is not copied back); with it, into the Java array itself.
 */
class CriticalBuffersTest {
  @NativeLibrary("ffibind_fixtures")
  interface Scribble {
    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void copied(byte[] buf, long n);

    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void copied(ByteBuffer buf, long n);

    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void copied(MemorySegment buf, long n);

    @Critical
    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void inPlace(byte[] buf, long n);

    @Critical
    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void inPlace(ByteBuffer buf, long n);

    @Critical
    @Symbol(name = "mem_scribble", parameters = {"const buffer[n]", "usize"})
    void inPlace(MemorySegment buf, long n);

    @Critical
    @Symbol(name = "mem_scale_f64", parameters = {"f64[n]", "usize", "f64"})
    void scale(double[] a, long n, double factor);

    @Critical
    @Symbol(name = "mem_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
    long sum(int[] a, long n);
  }

  private static final Scribble LIB = Native.load(Scribble.class);
  private static final byte AB = (byte) 0xAB;

  @Test
  void withoutCriticalCWritesIntoACopy() {
    byte[] array = new byte[4];
    LIB.copied(array, 4);
    assertArrayEquals(new byte[4], array);
    ByteBuffer heap = ByteBuffer.allocate(4);
    LIB.copied(heap, 4);
    assertArrayEquals(new byte[4], heap.array());
    byte[] backing = new byte[4];
    LIB.copied(MemorySegment.ofArray(backing), 4);
    assertArrayEquals(new byte[4], backing);
  }

  @Test
  void withCriticalCWritesIntoTheJavaArrayItself() {
    byte[] array = new byte[6];
    LIB.inPlace(array, 4);
    assertArrayEquals(new byte[] {AB, AB, AB, AB, 0, 0}, array);
    ByteBuffer heap = ByteBuffer.allocate(6);
    heap.position(1).limit(3);
    LIB.inPlace(heap, 2);
    assertArrayEquals(new byte[] {0, AB, AB, 0, 0, 0}, heap.array());
    byte[] backing = new byte[3];
    LIB.inPlace(MemorySegment.ofArray(backing).asSlice(2), 1);
    assertArrayEquals(new byte[] {0, 0, AB}, backing);
  }

  @Test
  void criticalArraysWorkBothWays() {
    double[] a = {1.5, -0.0, Double.MAX_VALUE, Double.NaN};
    LIB.scale(a, 4, 2.0);
    assertEquals(3.0, a[0]);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(a[1]));
    assertEquals(Double.POSITIVE_INFINITY, a[2]);
    assertEquals(Double.NaN, a[3]);
    int[] big = new int[1 << 20];
    Arrays.fill(big, -3);
    assertEquals(-3L * big.length, LIB.sum(big, big.length));
    assertEquals(0, LIB.sum(new int[0], 0));
  }
}
