package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** C globals read, written and read back through generated bindings, and C sees what Java wrote. */
@Isolated("writes globals of the shared fixtures library")
class GlobalsTest {
  @NativeLibrary("ffibind_fixtures")
  interface Globals extends AutoCloseable {
    @Global(name = "gl_counter", type = "i32")
    int counter();

    @Global(name = "gl_counter", type = "int32")
    void counter(int value);

    @Global(name = "gl_counter", type = "i32")
    MemorySegment counterStorage();

    @Symbol(name = "gl_counter_get", result = "i32")
    int counterSeenByC();

    @Symbol(name = "gl_counter_bump")
    void bump();

    @Global(name = "gl_static_u32", type = "u32")
    int staticU32();

    @Global(name = "gl_static_u32", type = "u32")
    long staticU32Wide();

    @Global(name = "gl_static_i64", type = "i64")
    long staticI64();

    @Global(name = "gl_double", type = "f64")
    double real();

    @Global(name = "gl_double", type = "double")
    void real(double value);

    @Symbol(name = "gl_double_get", result = "f64")
    double realSeenByC();

    @Global(name = "gl_string", type = "string")
    String string();

    @Global(name = "gl_string", type = "string")
    void string(MemorySegment value);

    @Global(name = "gl_string", type = "string")
    MemorySegment stringStorage();

    @Symbol(name = "gl_string_length", result = "i64")
    long stringLengthSeenByC();

    @Global(name = "gl_null_string", type = "str")
    String nullString();

    @Global(name = "gl_names", type = "string[3]")
    String[] names();

    @Global(name = "gl_names", type = "string[3]")
    MemorySegment[] namePointers();

    @Global(name = "gl_bytes", type = "const u8[14]")
    byte[] bytes();

    @Global(name = "gl_bytes", type = "const u8[14]")
    MemorySegment bytesStorage();

    @Override
    void close();
  }

  /** One of each scalar type, at its edge value. */
  @NativeLibrary("ffibind_fixtures")
  interface Scalars {
    @Global(name = "gl_bool", type = "bool")
    boolean bool();

    @Global(name = "gl_bool", type = "bool")
    void bool(boolean value);

    @Symbol(name = "gl_bool_get", result = "i32")
    int boolSeenByC();

    @Global(name = "gl_char", type = "char")
    byte character();

    @Global(name = "gl_i8", type = "i8")
    byte i8();

    @Global(name = "gl_u8", type = "u8")
    byte u8();

    @Global(name = "gl_u8", type = "u8")
    int u8Wide();

    @Global(name = "gl_u8", type = "u8")
    void u8(int value);

    @Global(name = "gl_i16", type = "i16")
    short i16();

    @Global(name = "gl_u16", type = "u16")
    char u16();

    @Global(name = "gl_u16", type = "u16")
    int u16Wide();

    @Global(name = "gl_u32", type = "u32")
    long u32();

    @Global(name = "gl_u32", type = "u32")
    void u32(long value);

    @Symbol(name = "gl_u32_get", result = "i64")
    long u32SeenByC();

    @Global(name = "gl_i64", type = "i64")
    long i64();

    @Global(name = "gl_u64", type = "u64")
    long u64();

    @Global(name = "gl_f32", type = "f32")
    float f32();

    @Global(name = "gl_usize", type = "usize")
    long usize();

    @Global(name = "gl_isize", type = "isize")
    long isize();

    @Global(name = "gl_long", type = "long")
    long cLong();

    @Global(name = "gl_ulong", type = "ulong")
    long cUlong();

    @Global(name = "gl_pointer", type = "pointer")
    MemorySegment pointerStorage();

    @Global(name = "gl_pointer", type = "pointer")
    void pointer(MemorySegment value);

    @Symbol(name = "gl_pointer_target", result = "i32")
    int pointerTargetSeenByC();

    @Global(name = "gl_function", type = "function")
    MemorySegment functionStorage();

    @Global(name = "gl_ints", type = "i32[4]")
    int[] ints();

    @Global(name = "gl_ints", type = "i32[4]")
    void ints(int[] values);

    @Symbol(name = "gl_ints_sum", result = "i64")
    long intsSumSeenByC();

    @Global(name = "gl_u16s", type = "u16[3]")
    char[] u16s();

    @Global(name = "gl_u16s", type = "u16[3]")
    short[] u16sRaw();

    @Global(name = "gl_doubles", type = "f64[2]")
    double[] doubles();

    @Global(name = "gl_doubles", type = "f64[2]")
    void doubles(double[] values);

    @Global(name = "gl_counter", type = "i32")
    MemorySegment counterStorage();
  }

  @Test
  void readsWritesAndReadsBackACounterThatCSees() {
    try (Globals g = Native.load(Globals.class)) {
      int before = g.counter();
      assertEquals(before, g.counterSeenByC());
      g.counter(Integer.MIN_VALUE);
      assertEquals(Integer.MIN_VALUE, g.counter());
      assertEquals(Integer.MIN_VALUE, g.counterSeenByC(), "C reads what Java wrote");
      g.bump();
      assertEquals(Integer.MIN_VALUE + 1, g.counter(), "Java reads what C wrote");
      g.counter(7);
      assertEquals(7, g.counterSeenByC());
    }
  }

  @Test
  void storageIsTheGlobalItself() {
    try (Globals g = Native.load(Globals.class)) {
      MemorySegment storage = g.counterStorage();
      assertEquals(4, storage.byteSize());
      g.counter(12345);
      assertEquals(12345, storage.get(ValueLayout.JAVA_INT, 0));
      storage.set(ValueLayout.JAVA_INT, 0, -9);
      assertEquals(-9, g.counterSeenByC());
      assertEquals(-9, g.counter());
      g.counter(7);
      assertThrows(IndexOutOfBoundsException.class, () -> storage.get(ValueLayout.JAVA_INT, 4));
    }
  }

  @Test
  void constGlobals() {
    try (Globals g = Native.load(Globals.class)) {
      assertEquals(42, g.staticU32());
      assertEquals(42L, g.staticU32Wide());
      assertEquals(-1242464576485L, g.staticI64());
    }
  }

  @Test
  void doubleReadWrittenAndSeenByC() {
    try (Globals g = Native.load(Globals.class)) {
      assertEquals(-2.5, g.real());
      g.real(Double.MIN_VALUE);
      assertEquals(Double.MIN_VALUE, g.realSeenByC());
      g.real(Double.NaN);
      assertTrue(Double.isNaN(g.real()));
      g.real(-0.0);
      assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(g.realSeenByC()));
      g.real(-2.5);
    }
  }

  @Test
  void charPointerGlobals() {
    try (Globals g = Native.load(Globals.class); Arena arena = Arena.ofConfined()) {
      assertEquals("héllo, globals", g.string());
      assertEquals(15, g.stringLengthSeenByC(), "é is two bytes in UTF-8");
      assertNull(g.nullString());
      MemorySegment storage = g.stringStorage();
      assertEquals(ValueLayout.ADDRESS.byteSize(), storage.byteSize());
      MemorySegment original = storage.get(ValueLayout.ADDRESS, 0);
      MemorySegment replacement = Memory.allocateString(arena, "replaced");
      g.string(replacement);
      try {
        assertEquals("replaced", g.string());
        assertEquals(8, g.stringLengthSeenByC());
        g.string((MemorySegment) null);
        assertNull(g.string());
        assertEquals(-1, g.stringLengthSeenByC());
      } finally {
        g.string(original);
      }
      assertEquals("héllo, globals", g.string());
    }
  }

  @Test
  void arrayOfStringsAndItsPointers() {
    try (Globals g = Native.load(Globals.class)) {
      assertArrayEquals(new String[] {"zero", null, "two"}, g.names());
      MemorySegment[] pointers = g.namePointers();
      assertEquals(3, pointers.length);
      assertNull(pointers[1]);
      assertEquals("two", Memory.readString(pointers[2]));
    }
  }

  @Test
  void invalidUtf8BytesComeBackExactly() {
    try (Globals g = Native.load(Globals.class)) {
      byte[] expected = {
        (byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, 0x28, (byte) 0xa1,
        (byte) 0xe2, (byte) 0x82, 0x28, (byte) 0xf0, 0x28, (byte) 0x8c, (byte) 0xbc
      };
      assertArrayEquals(expected, g.bytes());
      assertFalse(
          java.util.Arrays.equals(expected, new String(expected, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)),
          "the bytes really are invalid UTF-8: a String round trip would change them");
      assertEquals(14, g.bytesStorage().byteSize());
    }
  }

  @Test
  void everyScalarAtItsEdge() {
    Scalars s = Native.load(Scalars.class);
    assertTrue(s.bool());
    assertEquals('A', s.character());
    assertEquals(Byte.MIN_VALUE, s.i8());
    assertEquals((byte) -1, s.u8());
    assertEquals(255, s.u8Wide());
    assertEquals(Short.MIN_VALUE, s.i16());
    assertEquals('\uffff', s.u16());
    assertEquals(65535, s.u16Wide());
    assertEquals(4294967295L, s.u32());
    assertEquals(Long.MIN_VALUE, s.i64());
    assertEquals(-1L, s.u64(), "u64 max is all bits set");
    assertEquals(1.5f, s.f32());
    assertEquals(-1L, s.usize());
    assertEquals(Long.MIN_VALUE, s.isize());
    assertEquals(Long.MIN_VALUE, s.cLong());
    assertEquals(-1L, s.cUlong());
  }

  @Test
  void scalarWritesAreRangeCheckedAndSeenByC() {
    Scalars s = Native.load(Scalars.class);
    s.bool(false);
    assertEquals(0, s.boolSeenByC());
    s.bool(true);
    assertEquals(1, s.boolSeenByC());
    s.u32(0x8000_0000L);
    assertEquals(0x8000_0000L, s.u32SeenByC());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.u32(-1));
    assertTrue(e.getMessage().contains("argument 'value' of Scalars.u32"), e.getMessage());
    assertEquals(0x8000_0000L, s.u32(), "a rejected write leaves the global alone");
    s.u32(4294967295L);
    assertThrows(IllegalArgumentException.class, () -> s.u8(256));
    s.u8(0);
    assertEquals(0, s.u8Wide());
    s.u8(255);
  }

  @Test
  void pointerGlobalsGiveTheirStorage() {
    Scalars s = Native.load(Scalars.class);
    MemorySegment storage = s.pointerStorage();
    assertEquals(ValueLayout.ADDRESS.byteSize(), storage.byteSize());
    assertEquals(s.counterStorage().address(), storage.get(ValueLayout.ADDRESS, 0).address(),
        "gl_pointer = &gl_counter");
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment other = arena.allocateFrom(ValueLayout.JAVA_INT, 31337);
      s.pointer(other);
      assertEquals(31337, s.pointerTargetSeenByC());
      s.pointer(null);
      assertEquals(-1, s.pointerTargetSeenByC());
    } finally {
      s.pointer(s.counterStorage());
    }
    assertEquals(s.counterStorage().get(ValueLayout.JAVA_INT, 0), s.pointerTargetSeenByC());
    // gl_function = gl_counter_get: the stored function pointer is the function's own address. (A
    // @Global bound to the function itself is a compile error when the build verifies: FFI088.)
    MemorySegment function =
        SymbolLookup.libraryLookup(Path.of(System.getProperty("ffibind.library.ffibind_fixtures")), Arena.global())
            .find("gl_counter_get")
            .orElseThrow();
    assertEquals(function.address(), s.functionStorage().get(ValueLayout.ADDRESS, 0).address());
  }

  @Test
  void inlineArraysReadAndWrittenWhole() {
    Scalars s = Native.load(Scalars.class);
    assertArrayEquals(new int[] {1, -2, 3, Integer.MIN_VALUE}, s.ints());
    s.ints(new int[] {10, 20, 30, Integer.MAX_VALUE});
    assertEquals(60L + Integer.MAX_VALUE, s.intsSumSeenByC());
    IllegalArgumentException shorter = assertThrows(IllegalArgumentException.class, () -> s.ints(new int[3]));
    assertTrue(shorter.getMessage().contains("has 3 elements but the C global holds exactly 4"), shorter.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.ints(new int[5]));
    assertThrows(IllegalArgumentException.class, () -> s.ints(null));
    assertArrayEquals(new int[] {10, 20, 30, Integer.MAX_VALUE}, s.ints(), "rejected writes change nothing");
    s.ints(new int[] {1, -2, 3, Integer.MIN_VALUE});
    assertArrayEquals(new char[] {0, 0x8000, 0xffff}, s.u16s());
    assertArrayEquals(new short[] {0, Short.MIN_VALUE, -1}, s.u16sRaw());
    assertArrayEquals(new double[] {0.5, -0.25}, s.doubles());
    s.doubles(new double[] {Double.MAX_VALUE, -0.0});
    assertArrayEquals(new double[] {Double.MAX_VALUE, -0.0}, s.doubles());
    s.doubles(new double[] {0.5, -0.25});
  }

  /** Globals declared in a library interface that another one extends are bound too. */
  @NativeLibrary("ffibind_fixtures")
  interface Base {
    @Global(name = "gl_static_i64", type = "i64")
    long staticI64();
  }

  @NativeLibrary("ffibind_fixtures")
  interface Derived extends Base {
    @Global(name = "gl_static_u32", type = "u32")
    long staticU32();
  }

  @Test
  void inheritedGlobals() {
    Derived d = Native.load(Derived.class);
    assertEquals(-1242464576485L, d.staticI64());
    assertEquals(42L, d.staticU32());
  }

  @Test
  void closedBindingRefusesGlobals() {
    Globals g = Native.load(Globals.class);
    g.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, g::counter);
    assertTrue(e.getMessage().contains("Globals.counter called after close()"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> g.counter(1));
    assertThrows(IllegalStateException.class, g::counterStorage);
  }
}
