package io.ffibind.tests;

import static io.ffibind.tests.MemCounters.rejectedBeforeC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arguments that would make C read or write out of bounds, or see a different string than Java has,
 * fail with {@link IllegalArgumentException} naming the parameter, and C is never called (memory.c
 * counts the calls of this thread).
 */
class MemoryBadInputTest {
  @NativeLibrary("ffibind_fixtures")
  interface Bad {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String text);

    @Symbol(name = "mem_count_strings", parameters = {"const string[]"}, result = "usize")
    long count(String[] items);

    @Symbol(name = "mem_count_strings", parameters = {"const string[]"}, result = "usize")
    long count(List<String> items);

    @Symbol(name = "mem_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
    long sum(int[] values, long n);

    @Symbol(name = "mem_sum_i32", parameters = {"const i32[n]", "usize"}, result = "i64")
    long sum(MemorySegment values, long n);

    // uint64_t mem_sum_u32_count32(const uint32_t *a, uint32_t n): a 32-bit count, so "u32" is C's type
    @Symbol(name = "mem_sum_u32_count32", parameters = {"const u32[count]", "u32"}, result = "u64")
    long sumU32(int[] values, int count);

    @Symbol(name = "mem_sum4_i32", parameters = {"const i32[4]"}, result = "i64")
    long sum4(int[] four);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(byte[] target, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(int[] target, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(ByteBuffer target, long n, int value);

    @Symbol(name = "mem_fill", parameters = {"buffer[n]", "usize", "u8"})
    void fill(MemorySegment target, long n, int value);

    @Symbol(name = "mem_increment", parameters = {"i32*"})
    void increment(int[] counter);

    @Symbol(name = "mem_increment", parameters = {"i32*"})
    void increment(MemorySegment counter);
  }

  private static final Bad LIB = Native.load(Bad.class);

  private static void assertNames(IllegalArgumentException e, String parameter, String method) {
    String message = e.getMessage();
    assertTrue(message.contains("'" + parameter + "'"), message);
    assertTrue(message.contains("Bad." + method), message);
  }

  @Test
  void nulInsideAStringIsRejected() {
    IllegalArgumentException e = rejectedBeforeC(IllegalArgumentException.class, () -> LIB.strlen("ab\0cd"));
    assertNames(e, "text", "strlen");
    assertTrue(e.getMessage().contains("index 2"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.strlen("\0"));
    assertEquals(2, LIB.strlen("ab"));
  }

  @Test
  void nulInsideAStringArrayElementIsRejected() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.count(new String[] {"ok", "b\0d"}));
    assertNames(e, "items", "count");
    assertTrue(e.getMessage().contains("[1]"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.count(List.of("\0")));
  }

  @Test
  void anArrayShorterThanItsLengthParameter() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum(new int[] {1, 2}, 3));
    assertNames(e, "values", "sum");
    assertTrue(e.getMessage().contains("has 2 elements but C uses 3"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum(new int[0], 1));
    assertEquals(3, LIB.sum(new int[] {1, 2}, 2));
  }

  @Test
  void aNegativeLength() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum(new int[] {1}, -1));
    assertNames(e, "values", "sum");
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(new byte[4], -1, 0));
  }

  @Test
  void anUnsignedLengthIsReadUnsigned() {
    // u32 -1 is 4294967295 elements, not "minus one".
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sumU32(new int[] {1, 2}, -1));
    assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
    assertEquals(3, LIB.sumU32(new int[] {1, 2}, 2));
  }

  @Test
  void anArrayShorterThanAFixedLength() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum4(new int[] {1, 2, 3}));
    assertNames(e, "four", "sum4");
    assertEquals(10, LIB.sum4(new int[] {1, 2, 3, 4}));
  }

  @Test
  void buffersSmallerThanTheByteCount() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(new byte[3], 4, 0));
    assertNames(e, "target", "fill");
    assertTrue(e.getMessage().contains("has 3 bytes but C uses 4"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(new int[1], 5, 0));
    ByteBuffer window = ByteBuffer.allocateDirect(16).position(13);
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(window, 4, 0));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment small = arena.allocate(3);
      rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(small, 4, 0));
      rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum(arena.allocate(8), 3));
    }
  }

  @Test
  void readOnlyMemoryWhereCWrites() {
    ByteBuffer readOnly = ByteBuffer.allocate(8).asReadOnlyBuffer();
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(readOnly, 8, 1));
    assertNames(e, "target", "fill");
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(ByteBuffer.allocateDirect(8).asReadOnlyBuffer(), 8, 1));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment readOnlySegment = arena.allocate(8).asReadOnly();
      rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(readOnlySegment, 8, 1));
      rejectedBeforeC(IllegalArgumentException.class, () -> LIB.increment(arena.allocate(4).asReadOnly()));
    }
  }

  @Test
  void aByteValueOutOfRange() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(new byte[1], 1, 256));
    assertNames(e, "value", "fill");
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill(new byte[1], 1, -1));
  }

  @Test
  void anEmptyOutParameterArray() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.increment(new int[0]));
    assertNames(e, "counter", "increment");
    try (Arena arena = Arena.ofConfined()) {
      rejectedBeforeC(IllegalArgumentException.class, () -> LIB.increment(arena.allocate(3)));
    }
  }

  @Test
  void theCountSeesCallsThatDidHappen() {
    long before = MemCounters.C.callsOnThisThread();
    LIB.strlen("x");
    LIB.sum(new int[0], 0);
    assertEquals(before + 2, MemCounters.C.callsOnThisThread());
  }

  @Test
  void nullWhereCUsesElementsIsRejected() {
    IllegalArgumentException e =
        rejectedBeforeC(IllegalArgumentException.class, () -> LIB.fill((byte[]) null, 3, 7));
    assertNames(e, "target", "fill");
    assertTrue(e.getMessage().contains("is null"), e.getMessage());
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum((int[]) null, 1));
    rejectedBeforeC(IllegalArgumentException.class, () -> LIB.sum4(null));
    assertEquals(0, LIB.sum((int[]) null, 0)); // C reads nothing: NULL is fine
  }
}
