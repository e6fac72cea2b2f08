package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pointer}/{@code ptr}/{@code function} values and {@code void} results: addresses go
 * through C unchanged, Java null is C's NULL and NULL comes back as {@link MemorySegment#NULL},
 * memory written on one side is read on the other, and a void setter's effect is seen by a getter
 * and through the address of the C global itself.
 */
class PointersTest {
  @NativeLibrary("ffibind_fixtures")
  interface Pointers extends AutoCloseable {
    @Symbol(name = "prim_id_pointer", parameters = "pointer", result = "pointer")
    MemorySegment id(MemorySegment p);

    @Symbol(name = "prim_id_pointer", parameters = "ptr", result = "ptr")
    MemorySegment idPtr(MemorySegment p);

    @Symbol(name = "prim_null_pointer", result = "pointer")
    MemorySegment nullPointer();

    @Symbol(name = "prim_is_null", parameters = "pointer", result = "bool")
    boolean isNull(MemorySegment p);

    @Symbol(name = "prim_pointer_add", parameters = {"pointer", "isize"}, result = "pointer")
    MemorySegment add(MemorySegment p, long n);

    @Symbol(name = "prim_pointer_diff", parameters = {"ptr", "ptr"}, result = "isize")
    long diff(MemorySegment a, MemorySegment b);

    @Symbol(name = "prim_pointer_bits", parameters = "pointer", result = "u64")
    long bits(MemorySegment p);

    @Symbol(name = "prim_read_i64", parameters = "pointer", result = "i64")
    long readI64(MemorySegment p);

    @Symbol(name = "prim_write_i32", parameters = {"pointer", "i32"})
    void writeI32(MemorySegment p, int value);

    @Symbol(name = "prim_set_global", parameters = "i64")
    void setGlobal(long value);

    @Symbol(name = "prim_get_global", result = "i64")
    long getGlobal();

    @Symbol(name = "prim_reset_global", result = "void")
    void resetGlobal();

    @Symbol(name = "prim_set_global_f64", parameters = "f64", result = "void")
    void setGlobalF64(double value);

    @Symbol(name = "prim_get_global_f64", result = "f64")
    double getGlobalF64();

    @Symbol(name = "prim_global_address", result = "pointer")
    MemorySegment globalAddress();

    @Override
    void close();
  }

  /** {@code function} is its own type string, so it cannot share prim_id_pointer with Pointers.id. */
  @NativeLibrary("ffibind_fixtures")
  interface Functions {
    @Symbol(name = "prim_id_pointer", parameters = "function", result = "function")
    MemorySegment idFunction(MemorySegment f);
  }

  private static Pointers lib;
  private static Functions functions;

  @BeforeAll
  static void load() {
    lib = Native.load(Pointers.class);
    functions = Native.load(Functions.class);
  }

  @AfterAll
  static void unload() {
    lib.close();
  }

  @BeforeEach
  void clearGlobals() {
    lib.resetGlobal();
  }

  @Test
  void addressesPassThroughUnchanged() {
    for (long address : new long[] {1, 0x1000, 0x7FFF_FFFF_FFF0L, -16L}) {
      MemorySegment p = MemorySegment.ofAddress(address);
      assertEquals(address, lib.id(p).address());
      assertEquals(address, lib.idPtr(p).address());
      assertEquals(address, functions.idFunction(p).address());
      assertEquals(address, lib.bits(p));
      assertFalse(lib.isNull(p));
    }
  }

  @Test
  void nullIsNull() {
    assertTrue(lib.isNull(null));
    assertTrue(lib.isNull(MemorySegment.NULL));
    assertEquals(MemorySegment.NULL, lib.nullPointer());
    assertEquals(0L, lib.nullPointer().address());
    assertEquals(MemorySegment.NULL, lib.id(null));
    assertEquals(MemorySegment.NULL, functions.idFunction(null));
    assertEquals(0L, lib.bits(null));
  }

  @Test
  void pointerArithmeticInC() {
    MemorySegment base = MemorySegment.ofAddress(0x10_0000);
    assertEquals(0x10_0010L, lib.add(base, 16).address());
    assertEquals(0x0F_FFFFL, lib.add(base, -1).address());
    assertEquals(0L, lib.add(base, -0x10_0000).address());
    assertEquals(-24L, lib.diff(MemorySegment.ofAddress(8), MemorySegment.ofAddress(32)));
    assertEquals(Long.MAX_VALUE, lib.diff(MemorySegment.ofAddress(-1), MemorySegment.ofAddress(Long.MIN_VALUE)));
  }

  @Test
  void cReadsAndWritesJavaMemory() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment block = arena.allocate(ValueLayout.JAVA_LONG, 4);
      block.setAtIndex(ValueLayout.JAVA_LONG, 2, 0x1122_3344_5566_7788L);
      MemorySegment third = lib.add(block, 16);
      assertEquals(block.address() + 16, third.address());
      assertEquals(0x1122_3344_5566_7788L, lib.readI64(third));
      assertEquals(block.address(), lib.id(block).address());
      lib.writeI32(lib.add(block, 4), -559038737);
      assertEquals(-559038737, block.get(ValueLayout.JAVA_INT, 4));
      assertEquals(0, block.get(ValueLayout.JAVA_INT, 0), "C wrote only 4 bytes");
      assertEquals(0L, block.get(ValueLayout.JAVA_LONG, 8));
    }
  }

  @Test
  void voidSetterIsSeenByGetter() {
    assertEquals(0L, lib.getGlobal());
    lib.setGlobal(Long.MIN_VALUE);
    assertEquals(Long.MIN_VALUE, lib.getGlobal());
    lib.setGlobal(-42);
    assertEquals(-42L, lib.getGlobal());
    lib.setGlobalF64(-0.0);
    assertEquals(0x8000_0000_0000_0000L, Double.doubleToRawLongBits(lib.getGlobalF64()));
    lib.setGlobalF64(Double.NaN);
    assertTrue(Double.isNaN(lib.getGlobalF64()));
    lib.resetGlobal();
    assertEquals(0L, lib.getGlobal());
    assertEquals(0L, Double.doubleToRawLongBits(lib.getGlobalF64()));
  }

  @Test
  void returnedAddressIsTheCGlobal() {
    MemorySegment global = lib.globalAddress().reinterpret(Long.BYTES);
    assertEquals(0L, global.get(ValueLayout.JAVA_LONG, 0));
    lib.setGlobal(0x0BAD_CAFEL);
    assertEquals(0x0BAD_CAFEL, global.get(ValueLayout.JAVA_LONG, 0));
    global.set(ValueLayout.JAVA_LONG, 0, 77L);
    assertEquals(77L, lib.getGlobal());
    assertEquals(77L, lib.readI64(lib.globalAddress()));
  }
}
