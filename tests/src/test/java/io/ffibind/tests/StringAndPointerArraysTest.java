package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code string[]} and {@code pointer[]}: the NULL slot after the last element, C's writes to the
 * strings and to the slots, and {@code string[n]} results.
 */
class StringAndPointerArraysTest {
  @NativeLibrary("ffibind_fixtures")
  interface Lists {
    @Symbol(name = "mem_count_strings", parameters = {"const string[]"}, result = "usize")
    long count(String[] strings);

    @Symbol(name = "mem_count_strings", parameters = {"const string[]"}, result = "usize")
    long count(List<String> strings);

    @Symbol(name = "mem_upper_all", parameters = {"string[n]", "usize"})
    void upperAll(String[] strings, long n);

    @Symbol(name = "mem_replace_first", parameters = {"string[1]"})
    void replaceFirst(String[] strings);

    @Symbol(name = "mem_weekdays", result = "string[7]")
    String[] weekdays();

    @Symbol(name = "mem_weekdays", result = "string[7]")
    MemorySegment weekdaysView();

    @Symbol(name = "mem_null_strings", result = "string[3]")
    String[] noStrings();

    @Symbol(name = "mem_count_pointers", parameters = {"const pointer[]"}, result = "usize")
    long countPointers(MemorySegment[] pointers);

    @Symbol(name = "mem_swap_pointers", parameters = {"pointer[2]"})
    void swap(MemorySegment[] pointers);

    @Symbol(name = "mem_pointer_at", parameters = {"const pointer[]", "usize"}, result = "u64")
    long pointerAt(MemorySegment[] pointers, long index);
  }

  /** A second interface: one C symbol has one signature per interface. */
  @NativeLibrary("ffibind_fixtures")
  interface PointerResults {
    @Symbol(name = "mem_weekdays", result = "pointer[7]")
    MemorySegment[] weekdays();

    @Symbol(name = "mem_null_strings", result = "pointer[2]")
    MemorySegment[] nothing();
  }

  private static final Lists LIB = Native.load(Lists.class);

  @Test
  void aNullSlotEndsEveryStringArray() {
    assertEquals(0, LIB.count(new String[0]));
    assertEquals(3, LIB.count(new String[] {"a", "", "\u6f22"}));
    assertEquals(2, LIB.count(List.of("x", "y")));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add("item " + i);
    }
    assertEquals(5000, LIB.count(many));
    // A null element is a NULL pointer, which C takes for the end.
    assertEquals(1, LIB.count(new String[] {"a", null, "c"}));
  }

  @Test
  void cWritesIntoTheStringsAreReadBack() {
    String[] words = {"hello", "w\u00f6rld", "", null};
    LIB.upperAll(words, 4);
    assertArrayEquals(new String[] {"HELLO", "W\u00f6RLD", "", null}, words);
  }

  @Test
  void cReplacingAnElementIsReadBack() {
    String[] one = {"original"};
    LIB.replaceFirst(one);
    assertArrayEquals(new String[] {"replaced"}, one);
  }

  @Test
  void stringArrayResults() {
    assertArrayEquals(new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, LIB.weekdays());
    MemorySegment view = LIB.weekdaysView();
    assertEquals(7 * 8, view.byteSize());
    assertEquals("Sun", Memory.readString(Memory.getPointer(view, 6 * 8)));
    assertNull(LIB.noStrings());
  }

  @Test
  void pointerArrayResults() {
    PointerResults results = Native.load(PointerResults.class);
    MemorySegment[] days = results.weekdays();
    assertEquals(7, days.length);
    assertEquals("Mon", Memory.readString(days[0]));
    assertEquals("Sun", Memory.readString(days[6]));
    assertEquals(0, days[6].byteSize());
    assertNull(results.nothing());
  }

  @Test
  void pointerArraysKeepAddressesAndEndWithNull() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment a = arena.allocate(1);
      MemorySegment b = arena.allocate(1);
      MemorySegment[] pointers = {a, b, a};
      assertEquals(3, LIB.countPointers(pointers));
      assertEquals(0, LIB.countPointers(new MemorySegment[0]));
      assertEquals(1, LIB.countPointers(new MemorySegment[] {b, null, a}));
      assertEquals(b.address(), LIB.pointerAt(pointers, 1));
      assertEquals(0, LIB.pointerAt(pointers, 3));
    }
  }

  @Test
  void cWritesIntoPointerSlotsAreReadBack() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment a = arena.allocate(1);
      MemorySegment[] pointers = {a, null};
      LIB.swap(pointers);
      assertNull(pointers[0]);
      assertEquals(a.address(), pointers[1].address());
    }
  }
}
