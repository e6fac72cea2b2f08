package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.FreeResult;
import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Typed array parameters (every element type, lengths, write-back) and array results. */
class ArraysTest {
  @NativeLibrary("ffibind_fixtures")
  interface ArrayLib {
    @Symbol(name = "mem_sum_u8", parameters = {"const u8[n]", "usize"}, result = "u64")
    long sumU8(byte[] a, long n);

    @Symbol(name = "mem_sum_i16", parameters = {"const i16[n]", "usize"}, result = "i64")
    long sumI16(short[] a, long n);

    @Symbol(name = "mem_sum_u16", parameters = {"const u16[n]", "usize"}, result = "u64")
    long sumU16(char[] a, long n);

    @Symbol(name = "mem_sum_u16", parameters = {"const u16[n]", "usize"}, result = "u64")
    long sumU16(short[] a, long n);

    @Symbol(name = "mem_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
    long sumI32(int[] a, long n);

    @Symbol(name = "mem_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
    long sumI32(MemorySegment a, long n);

    @Symbol(name = "mem_sum_u32", parameters = {"const u32[n]", "usize"}, result = "u64")
    long sumU32(int[] a, long n);

    @Symbol(name = "mem_sum_i64", parameters = {"const i64[n]", "usize"}, result = "i64")
    long sumI64(long[] a, long n);

    @Symbol(name = "mem_sum_f32", parameters = {"const f32[n]", "usize"}, result = "f64")
    double sumF32(float[] a, long n);

    @Symbol(name = "mem_sum_f64", parameters = {"const f64[n]", "usize"}, result = "f64")
    double sumF64(double[] a, long n);

    @Symbol(name = "mem_sum4_i32", parameters = {"const i32[4]"}, result = "i64")
    long sum4(int[] a);

    @Symbol(name = "mem_scale_f64", parameters = {"f64[n]", "usize", "f64"})
    void scale(double[] a, long n, double factor);

    @Symbol(name = "mem_negate_i32", parameters = {"i32[n]", "usize"})
    void negate(int[] a, long n);

    @Symbol(name = "mem_is_null", parameters = {"const i32[]"}, result = "i32")
    int isNull(int[] a);

    @Symbol(name = "mem_first_primes", parameters = {"usize"}, result = "i32[n]")
    int[] firstPrimes(long n);

    @Symbol(name = "mem_first_primes", parameters = {"usize"}, result = "i32[n]")
    MemorySegment firstPrimesView(long n);

    @Symbol(name = "mem_primes", parameters = {"usize*"}, result = "i32[16]")
    int[] primes(long[] count);

    @FreeResult("mem_free")
    @Symbol(name = "mem_range", parameters = {"i32", "usize"}, result = "i32[n]")
    int[] range(int start, long n);

    @FreeResult
    @Symbol(name = "mem_linspace", parameters = {"f64", "f64", "usize"}, result = "f64[n]")
    double[] linspace(double a, double b, long n);

    @Symbol(name = "mem_static_bytes", parameters = {"usize"}, result = "buffer[n]")
    MemorySegment staticBytes(long n);
  }

  static final ArrayLib LIB = Native.load(ArrayLib.class);

  @Test
  void unsignedElementsAreReadUnsignedByC() {
    assertEquals(255 + 128 + 1, LIB.sumU8(new byte[] {-1, Byte.MIN_VALUE, 1}, 3));
    assertEquals(65535 + 1, LIB.sumU16(new char[] {'\uffff', 1}, 2));
    assertEquals(65535 + 32768, LIB.sumU16(new short[] {-1, Short.MIN_VALUE}, 2));
    assertEquals(4294967295L + 2147483648L, LIB.sumU32(new int[] {-1, Integer.MIN_VALUE}, 2));
  }

  @Test
  void signedElements() {
    assertEquals(Short.MIN_VALUE + Short.MAX_VALUE, LIB.sumI16(new short[] {Short.MIN_VALUE, Short.MAX_VALUE}, 2));
    assertEquals(2L * Integer.MIN_VALUE, LIB.sumI32(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}, 2));
    assertEquals(Long.MIN_VALUE + 1, LIB.sumI64(new long[] {Long.MIN_VALUE, 1}, 2));
    assertEquals(0.5 + 0.25, LIB.sumF32(new float[] {0.5f, 0.25f}, 2));
    assertEquals(Double.NEGATIVE_INFINITY, LIB.sumF64(new double[] {1, Double.NEGATIVE_INFINITY}, 2));
  }

  @Test
  void onlyTheDeclaredCountIsUsed() {
    assertEquals(3, LIB.sumI32(new int[] {1, 2, 100}, 2));
    assertEquals(10, LIB.sum4(new int[] {1, 2, 3, 4, 1000}));
    assertEquals(0, LIB.sumI32(new int[0], 0));
    assertEquals(0, LIB.sumI64(new long[] {5}, 0));
  }

  @Test
  void segmentsCarryArraysToo() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment a = Memory.allocateArray(arena, 7, -2, Integer.MAX_VALUE);
      assertEquals(5L + Integer.MAX_VALUE, LIB.sumI32(a, 3));
      assertEquals(7, LIB.sumI32(MemorySegment.ofArray(new int[] {7}), 1));
    }
  }

  @Test
  void cWritesAreCopiedBack() {
    double[] d = {1.5, -0.0, Double.MAX_VALUE, 4};
    LIB.scale(d, 3, 2.0);
    assertArrayEquals(new double[] {3.0, -0.0, Double.POSITIVE_INFINITY, 4}, d);
    int[] i = {Integer.MIN_VALUE, 1, 0, 9};
    LIB.negate(i, 3);
    assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, 0, 9}, i);
  }

  @Test
  void anEmptyArrayIsNotNull() {
    assertEquals(1, LIB.isNull(null));
    assertEquals(0, LIB.isNull(new int[0]));
    assertEquals(0, LIB.isNull(new int[1]));
  }

  @Test
  void arrayResultsAreCopiedWithTheirDeclaredLength() {
    assertArrayEquals(new int[] {2, 3, 5, 7, 11}, LIB.firstPrimes(5));
    assertArrayEquals(new int[0], LIB.firstPrimes(0));
    assertNull(LIB.firstPrimes(17)); // C returns NULL
    long[] count = {0};
    int[] all = LIB.primes(count);
    assertEquals(16, count[0]);
    assertEquals(16, all.length);
    assertEquals(53, all[15]);
    assertEquals(16, LIB.primes(null).length);
  }

  @Test
  void arrayResultsAsViews() {
    MemorySegment view = LIB.firstPrimesView(4);
    assertEquals(16, view.byteSize());
    assertArrayEquals(new int[] {2, 3, 5, 7}, view.toArray(ValueLayout.JAVA_INT));
    assertThrows(IndexOutOfBoundsException.class, () -> Memory.getInt32(view, 16));
    assertEquals(MemorySegment.NULL.address(), LIB.firstPrimesView(17).address());
    MemorySegment bytes = LIB.staticBytes(256);
    assertEquals(256, bytes.byteSize());
    assertEquals(255, Memory.getUint8(bytes, 255));
    assertEquals(3, Memory.getUint8(bytes, 3));
  }

  @Test
  void ownedArrayResultsAreFreed() {
    long live = MemCounters.C.liveAllocations();
    long frees = MemCounters.C.freeCount();
    assertArrayEquals(new int[] {-2, -1, 0, 1, 2}, LIB.range(-2, 5));
    assertArrayEquals(new int[0], LIB.range(0, 0));
    assertEquals(live, MemCounters.C.liveAllocations());
    assertEquals(frees + 2, MemCounters.C.freeCount());
    assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, LIB.linspace(0, 1, 5));
    assertArrayEquals(new double[] {-1}, LIB.linspace(-1, 7, 1));
  }
}
