package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Critical;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * MemorySegment arguments that may be null, and @Critical heap arrays. Both are passed to invokeExact
 * as a conditional expression; unless the generated code casts it, javac types it Object there and
 * every call fails with WrongMethodTypeException.
 */
class PointerArgumentTest {
  @NativeLibrary("")
  interface Memory {
    @Symbol(parameters = "pointer", result = "usize")
    long strlen(MemorySegment s);

    @Symbol(parameters = {"pointer", "pointer", "usize"}, result = "i32")
    int memcmp(MemorySegment a, MemorySegment b, long n);
  }

  /** Separate from {@link Memory}: one interface binds one C symbol with one signature. */
  @NativeLibrary("")
  interface CriticalMemory {
    @Critical
    @Symbol(name = "memcmp", parameters = {"const buffer[n]", "const buffer[n]", "usize"}, result = "i32")
    int compareInts(int[] a, int[] b, long n);
  }

  @Test
  void passesMemorySegments() {
    Memory m = Native.load(Memory.class);
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(5, m.strlen(arena.allocateFrom("hello")));
      assertEquals(0, m.memcmp(arena.allocateFrom("abc"), arena.allocateFrom("abd"), 2));
      assertEquals(0, m.memcmp(null, null, 0));
    }
  }

  @Test
  void passesCriticalHeapArrays() {
    CriticalMemory m = Native.load(CriticalMemory.class);
    assertEquals(0, m.compareInts(new int[] {1, 2, 3}, new int[] {1, 2, 4}, 2 * 4));
    assertEquals(0, Integer.signum(m.compareInts(new int[] {7}, new int[] {7}, 4)));
  }
}
