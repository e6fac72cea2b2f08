package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Pointers;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** {@link Memory} and {@link Pointers} on memory C owns or fills, through raw pointer bindings. */
class MemoryHelpersWithCTest {
  @NativeLibrary("ffibind_fixtures")
  interface Raw {
    @Symbol(name = "mem_strdup_counted", parameters = {"pointer"}, result = "pointer")
    MemorySegment dup(MemorySegment s);

    @Symbol(name = "mem_free", parameters = {"pointer"})
    void free(MemorySegment p);

    @Symbol(name = "mem_upper", parameters = {"pointer", "pointer", "usize"}, result = "i32")
    int upper(MemorySegment s, MemorySegment out, long cap);

    @Symbol(name = "mem_weekdays", result = "pointer")
    MemorySegment weekdays();

    @Symbol(name = "mem_count_strings", parameters = {"pointer"}, result = "usize")
    long countStrings(MemorySegment strings);

    @Symbol(name = "mem_u32_greeting", result = "pointer")
    MemorySegment u32Greeting();

    @Symbol(name = "mem_open", parameters = {"pointer", "pointer"}, result = "i32")
    int open(MemorySegment name, MemorySegment handleOut);

    @Symbol(name = "mem_handle_name", parameters = {"pointer"}, result = "pointer")
    MemorySegment handleName(MemorySegment handle);

    @Symbol(name = "mem_close", parameters = {"pointer"}, result = "i32")
    int closeHandle(MemorySegment handle);
  }

  private static final Raw C = Native.load(Raw.class);

  @Test
  void writeStringThenLetCWorkOnIt() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment in = arena.allocate(32);
      Memory.writeString("abc \u00e9", in, 32);
      MemorySegment out = arena.allocate(8);
      assertEquals(6, C.upper(in, out, 8));
      assertEquals("ABC \u00e9", Memory.readString(out));
      assertEquals(-1, C.upper(in, out, 6)); // C refuses; a Java write would have thrown instead
      assertThrows(IllegalArgumentException.class, () -> Memory.writeString("abc \u00e9", out, 6));
    }
  }

  @Test
  void aViewOfMemoryCFreesDiesWithItsArena() {
    long live = MemCounters.C.liveAllocations();
    MemorySegment view;
    try (Arena arena = Arena.ofConfined(); Arena lifetime = Arena.ofConfined()) {
      MemorySegment p = C.dup(Memory.allocateString(arena, "owned by C"));
      view = Memory.view(p, 11, lifetime);
      assertEquals("owned by C", Memory.readString(view));
      assertArrayEquals("owned".getBytes(), Memory.toByteArray(p, 5));
      C.free(p);
    }
    assertEquals(live, MemCounters.C.liveAllocations());
    MemorySegment dead = view;
    assertThrows(IllegalStateException.class, () -> dead.get(ValueLayout.JAVA_BYTE, 0));
  }

  @Test
  void walkAStaticStringArray() {
    MemorySegment days = C.weekdays();
    assertEquals("Mon", Memory.readString(Memory.getPointer(days, 0)));
    assertEquals("Sun", Memory.readString(Memory.getPointer(days, 6 * ValueLayout.ADDRESS.byteSize())));
  }

  @Test
  void prepareAStringArrayForC() {
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(3, C.countStrings(Memory.allocateStrings(arena, "a", "b", "c")));
      assertEquals(0, C.countStrings(Memory.allocateStrings(arena)));
      MemorySegment pointers =
          Memory.allocatePointers(arena, Memory.allocateString(arena, "x"), Memory.allocateString(arena, "y"));
      assertEquals(2, C.countStrings(pointers));
    }
  }

  @Test
  void readWideStringsFromC() {
    MemorySegment p = C.u32Greeting();
    assertEquals(
        "Gr\u00fc\u00dfe, \u4e16\u754c \ud83d\ude00",
        Memory.readString(p, java.nio.charset.Charset.forName("UTF-32LE")));
    assertEquals(0x1F600, Memory.getUint32(p, 10 * 4));
  }

  @Test
  void handleThroughPointerCells() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cell = Pointers.createPointer(arena, MemorySegment.NULL);
      assertEquals(0, C.open(Memory.allocateString(arena, "raw"), cell));
      MemorySegment handle = Pointers.unwrapPointer(cell);
      assertEquals(0x4D454D48, Memory.getInt32(handle, 0)); // the "MEMH" magic memory.c stores first
      assertEquals("raw", Memory.readString(C.handleName(handle)));
      assertEquals(0, C.closeHandle(handle));
      assertEquals(-1, C.open(MemorySegment.NULL, cell));
      assertEquals(MemorySegment.NULL, Pointers.unwrapPointer(cell));
    }
  }
}
