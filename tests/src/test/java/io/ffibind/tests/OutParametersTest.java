package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Pointers;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Out-parameters ({@code T*}): arrays of length one whose element 0 goes in and comes back, or
 * segments such as {@link Pointers} cells; {@code char **} and sqlite3_open-style {@code void **}.
 */
class OutParametersTest {
  @NativeLibrary("ffibind_fixtures")
  interface Out {
    @Symbol(name = "mem_divmod", parameters = {"i32", "i32", "i32*", "i32*"}, result = "i32")
    int divmod(int a, int b, int[] quotient, int[] remainder);

    @Symbol(name = "mem_divmod", parameters = {"i32", "i32", "i32*", "i32*"}, result = "i32")
    int divmod(int a, int b, MemorySegment quotient, MemorySegment remainder);

    @Symbol(name = "mem_utf8_stats", parameters = {"string", "usize*", "usize*"})
    void utf8Stats(String s, long[] bytes, long[] codePoints);

    @Symbol(name = "mem_increment", parameters = {"i32*"})
    void increment(int[] value);

    @Symbol(name = "mem_parse", parameters = {"string", "string*"}, result = "i64")
    long parse(String s, String[] end);

    @Symbol(name = "mem_get_greeting", parameters = {"string*"})
    void greeting(String[] out);

    @Symbol(name = "mem_get_greeting", parameters = {"string*"})
    void greeting(MemorySegment out);

    @Symbol(name = "mem_open", parameters = {"string", "pointer*"}, result = "i32")
    int open(String name, MemorySegment[] handle);

    @Symbol(name = "mem_open", parameters = {"string", "pointer*"}, result = "i32")
    int open(String name, MemorySegment handleCell);

    @Symbol(name = "mem_handle_name", parameters = {"pointer"}, result = "string")
    String handleName(MemorySegment handle);

    @Symbol(name = "mem_close", parameters = {"pointer"}, result = "i32")
    int closeHandle(MemorySegment handle);
  }

  /** The same C functions seen through raw pointers, to check where C's pointers point. */
  @NativeLibrary("ffibind_fixtures")
  interface RawOut {
    @Symbol(name = "mem_parse", parameters = {"pointer", "pointer*"}, result = "i64")
    long parse(MemorySegment s, MemorySegment[] end);

    @Symbol(name = "mem_primes", parameters = {"usize*"}, result = "pointer")
    MemorySegment primes(long[] count);
  }

  private static final Out LIB = Native.load(Out.class);
  private static final RawOut RAW = Native.load(RawOut.class);

  @Test
  void intOutParameters() {
    int[] q = {99};
    int[] r = {99, 42};
    assertEquals(0, LIB.divmod(-7, 2, q, r));
    assertEquals(-3, q[0]);
    assertArrayEquals(new int[] {-1, 42}, r);
    assertEquals(0, LIB.divmod(Integer.MIN_VALUE, 1, q, r));
    assertEquals(Integer.MIN_VALUE, q[0]);
    assertEquals(0, r[0]);
  }

  @Test
  void untouchedOutParametersKeepWhatWentIn() {
    int[] q = {11};
    int[] r = {22};
    assertEquals(-1, LIB.divmod(5, 0, q, r));
    assertEquals(-1, LIB.divmod(Integer.MIN_VALUE, -1, q, r));
    assertEquals(11, q[0]);
    assertEquals(22, r[0]);
  }

  @Test
  void inOutParameter() {
    int[] v = {41};
    LIB.increment(v);
    assertEquals(42, v[0]);
    v[0] = Integer.MAX_VALUE;
    LIB.increment(v);
    assertEquals(Integer.MIN_VALUE, v[0]);
  }

  @Test
  void outParametersAsPointerCells() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment q = Pointers.createPointer(arena, 0);
      MemorySegment r = Pointers.createPointer(arena, 0);
      assertEquals(0, LIB.divmod(17, 5, q, r));
      assertEquals(3, Pointers.restoreInt32(q));
      assertEquals(2, Pointers.restoreInt32(r));
      MemorySegment both = arena.allocate(8);
      assertEquals(0, LIB.divmod(9, 4, both, both.asSlice(4)));
      assertEquals(2, Memory.getInt32(both, 0));
      assertEquals(1, Memory.getInt32(both, 4));
    }
  }

  @Test
  void sizeOutParameters() {
    String s = "h\u00e9llo \u6f22\u5b57 \ud83d\ude00";
    long[] bytes = {-1};
    long[] codePoints = {-1};
    LIB.utf8Stats(s, bytes, codePoints);
    assertEquals(s.getBytes(StandardCharsets.UTF_8).length, bytes[0]);
    assertEquals(s.codePointCount(0, s.length()), codePoints[0]);
  }

  @Test
  void charPointerOutParameterPointsIntoTheInput() {
    String[] end = {null};
    assertEquals(123, LIB.parse("123abc", end));
    assertEquals("abc", end[0]);
    assertEquals(-42, LIB.parse("-42", end));
    assertEquals("", end[0]);
    assertEquals(7, LIB.parse("7\ud83d\ude00", end));
    assertEquals("\ud83d\ude00", end[0]);
    assertEquals(0, LIB.parse("x", end));
    assertEquals("x", end[0]);
  }

  @Test
  void rawCharPointerOutParameterHasTheRightAddress() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = Memory.allocateString(arena, "2024-05");
      MemorySegment[] end = {null};
      assertEquals(2024, RAW.parse(s, end));
      assertEquals(s.address() + 4, end[0].address());
      assertEquals('-', Memory.getInt8(end[0], 0));
    }
  }

  @Test
  void stringOutParameter() {
    String[] out = {"in"};
    LIB.greeting(out);
    assertEquals("out greeting", out[0]);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cell = Pointers.createPointer(arena, (String) null);
      LIB.greeting(cell);
      assertEquals("out greeting", Pointers.restoreString(cell));
    }
  }

  @Test
  void handleOutParameterLikeSqliteOpen() {
    long live = MemCounters.C.liveAllocations();
    MemorySegment[] handle = {null};
    assertEquals(0, LIB.open("db-\u00e9", handle));
    assertEquals(live + 1, MemCounters.C.liveAllocations());
    assertEquals("db-\u00e9", LIB.handleName(handle[0]));
    assertEquals(0, LIB.closeHandle(handle[0]));
    assertEquals(live, MemCounters.C.liveAllocations());

    handle[0] = MemorySegment.ofAddress(1234);
    assertEquals(-1, LIB.open(null, handle));
    assertNull(handle[0]);
  }

  @Test
  void handleOutParameterThroughAPointersCell() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cell = Pointers.createPointer(arena, MemorySegment.NULL);
      assertEquals(0, LIB.open("cell", cell));
      MemorySegment handle = Pointers.unwrapPointer(cell);
      assertEquals("cell", LIB.handleName(handle));
      assertEquals(0, LIB.closeHandle(handle));
    }
  }

  @Test
  void staticArrayWithLengthOutParameter() {
    long[] count = {0};
    MemorySegment p = RAW.primes(count);
    assertEquals(16, count[0]);
    assertEquals(0, p.byteSize());
    int[] primes = Memory.view(p, count[0] * 4).toArray(ValueLayout.JAVA_INT);
    assertEquals(2, primes[0]);
    assertEquals(53, primes[15]);
    assertEquals(53, Memory.getInt32(p, 60));
  }
}
