package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ffibind.FreeResult;
import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who frees what: {@code @FreeResult} results are copied and freed exactly once (mem_free counts
 * them), results without it are left to the caller, and NULL is never freed.
 */
class OwnershipTest {
  @NativeLibrary("ffibind_fixtures")
  interface Owned {
    @FreeResult("mem_free")
    @Symbol(name = "mem_strdup_counted", parameters = {"string"}, result = "string")
    String dup(String s);

    @Symbol(name = "mem_strdup_counted", parameters = {"string"}, result = "string")
    MemorySegment dupPointer(String s);

    @Symbol(name = "mem_free", parameters = {"pointer"})
    void memFree(MemorySegment p);

    @FreeResult
    @Symbol(name = "mem_strdup_plain", parameters = {"string"}, result = "string")
    String dupWithLibcFree(String s);

    @FreeResult
    @Symbol(name = "mem_make_string", parameters = {"usize"}, result = "string")
    String make(long n);

    @FreeResult("mem_free")
    @Symbol(name = "mem_join", parameters = {"const string[n]", "usize", "string"}, result = "string")
    String join(String[] parts, long n, String separator);

    @FreeResult("mem_free")
    @Symbol(name = "mem_join", parameters = {"const string[n]", "usize", "string"}, result = "string")
    String join(List<String> parts, long n, String separator);

    @FreeResult("mem_free")
    @Symbol(name = "mem_join", parameters = {"const string[n]", "usize", "string"}, result = "string")
    String join(MemorySegment parts, long n, String separator);
  }

  private static final Owned LIB = Native.load(Owned.class);
  private static final MemCounters C = MemCounters.C;

  @Test
  void freeResultFreesOnceAfterCopying() {
    long live = C.liveAllocations();
    long frees = C.freeCount();
    assertEquals("h\u00e9llo \u6f22\u5b57 \ud83d\ude00", LIB.dup("h\u00e9llo \u6f22\u5b57 \ud83d\ude00"));
    assertEquals("", LIB.dup(""));
    assertEquals(live, C.liveAllocations());
    assertEquals(frees + 2, C.freeCount());
  }

  @Test
  void aNullResultIsNotFreed() {
    long frees = C.freeCount();
    assertNull(LIB.dup(null));
    assertEquals(frees, C.freeCount());
  }

  @Test
  void withoutFreeResultTheCallerOwnsTheMemory() {
    long live = C.liveAllocations();
    MemorySegment p = LIB.dupPointer("mine");
    assertEquals(live + 1, C.liveAllocations());
    assertEquals("mine", Memory.readString(p));
    LIB.memFree(p);
    assertEquals(live, C.liveAllocations());
  }

  @Test
  void libcFreeIsFoundInTheProcess() {
    assertEquals("plain", LIB.dupWithLibcFree("plain"));
    String big = LIB.make(100_000);
    assertEquals(100_000, big.length());
    assertEquals("abcdefghijklmnopqrstuvwxyzab", big.substring(0, 28));
    assertEquals("", LIB.make(0));
  }

  @Test
  void joinBuildsAndFreesItsResult() {
    long live = C.liveAllocations();
    assertEquals("a, b, c", LIB.join(new String[] {"a", "b", "c"}, 3, ", "));
    assertEquals("a+c", LIB.join(new String[] {"a", null, "c"}, 3, "+"));
    assertEquals("x/\u00e9", LIB.join(List.of("x", "\u00e9"), 2, "/"));
    assertEquals("ab", LIB.join(List.of("a", "b", "ignored"), 2, null));
    assertEquals("", LIB.join(new String[0], 0, ","));
    assertEquals(live, C.liveAllocations());
  }

  @Test
  void joinFromAPreparedStringArray() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment parts = Memory.allocateStrings(arena, "left", "right");
      assertEquals("left|right", LIB.join(parts, 2, "|"));
    }
  }

  @Test
  void manyJoinsLeaveNothingBehind() {
    long live = C.liveAllocations();
    String[] parts = new String[100];
    Arrays.fill(parts, "\u00e9");
    for (int i = 0; i < 10_000; i++) {
      assertEquals(199, LIB.join(parts, 100, ",").length());
    }
    assertEquals(live, C.liveAllocations());
  }
}
