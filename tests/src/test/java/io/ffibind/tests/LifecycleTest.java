package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import org.junit.jupiter.api.Test;

/**
 * What a binding is besides its calls: close() semantics, interfaces that are not closeable or do
 * not redeclare close(), default and static methods left alone, interfaces nested in classes, and
 * symbols inherited from a super-interface that is a library of its own.
 */
class LifecycleTest {
  @NativeLibrary("ffibind_fixtures")
  interface Calc extends AutoCloseable {
    @Symbol(name = "prim_add_i32", parameters = {"i32", "i32"}, result = "i32")
    int add(int a, int b);

    @Symbol(name = "prim_reset_global")
    void reset();

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8(int octet);

    /** Not bound: runs in Java and calls the bound method. */
    default int triple(int x) {
      return add(add(x, x), x);
    }

    /** Not bound either. */
    static int localOnly(int x) {
      return x * 10;
    }

    @Override
    void close();
  }

  /** Closeable without redeclaring close(): it still says {@code throws Exception}. */
  @NativeLibrary("ffibind_fixtures")
  interface InheritsClose extends AutoCloseable {
    @Symbol(name = "prim_neg_i32", parameters = "i32", result = "i32")
    int neg(int x);
  }

  @NativeLibrary("ffibind_fixtures")
  interface NotCloseable {
    @Symbol(name = "prim_neg_i32", parameters = "i32", result = "i32")
    int neg(int x);

    /** The method name is the C symbol when @Symbol names none. */
    @Symbol(parameters = "i64", result = "i64")
    long prim_neg_i64(long x);
  }

  /** A plain class holding a library interface: generated as {@code Ffibind_LifecycleTest_Holder_Deep}. */
  static final class Holder {
    @NativeLibrary("ffibind_fixtures")
    interface Deep {
      @Symbol(name = "prim_i32_max", result = "i32")
      int max();
    }

    private Holder() {}
  }

  /** An inner (non-static) class: its member interface is still static. */
  final class Inner {
    @NativeLibrary("ffibind_fixtures")
    interface InInner {
      @Symbol(name = "prim_i16_min", result = "i16")
      short min();
    }
  }

  @NativeLibrary("ffibind_fixtures")
  interface Base {
    @Symbol(name = "prim_id_i64", parameters = "i64", result = "i64")
    long id(long x);

    @Symbol(name = "prim_u32_max", result = "u32")
    long u32Max();
  }

  @NativeLibrary("ffibind_fixtures")
  interface Derived extends Base, AutoCloseable {
    @Symbol(name = "prim_neg_i64", parameters = "i64", result = "i64")
    long neg(long x);

    default long negId(long x) {
      return neg(id(x));
    }

    @Override
    void close();
  }

  @Test
  void callAfterCloseThrowsNamingTheMethod() {
    Calc lib = Native.load(Calc.class);
    assertEquals(5, lib.add(2, 3));
    lib.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lib.add(2, 3));
    assertTrue(e.getMessage().contains("add"), e.getMessage());
    assertTrue(e.getMessage().contains("close()"), e.getMessage());
    assertThrows(IllegalStateException.class, lib::reset);
    assertThrows(IllegalStateException.class, () -> lib.u8(1));
    assertThrows(IllegalStateException.class, () -> lib.triple(1), "a default method reaches the closed call");
  }

  @Test
  void closingTwiceIsHarmless() {
    Calc lib = Native.load(Calc.class);
    lib.close();
    assertDoesNotThrow(lib::close);
    assertThrows(IllegalStateException.class, () -> lib.add(1, 1));
  }

  @Test
  void closingOneBindingLeavesOthersWorking() {
    Calc first = Native.load(Calc.class);
    try (Calc second = Native.load(Calc.class)) {
      first.close();
      assertEquals(Integer.MIN_VALUE, second.add(Integer.MAX_VALUE, 1));
      assertThrows(IllegalStateException.class, () -> first.add(1, 1));
    }
  }

  @Test
  void defaultAndStaticMethodsAreNotBound() {
    try (Calc lib = Native.load(Calc.class)) {
      assertEquals(21, lib.triple(7));
      assertEquals(-3, lib.triple(-1));
      assertEquals(70, Calc.localOnly(7));
    }
  }

  @Test
  void closeInheritedFromAutoCloseable() throws Exception {
    InheritsClose lib = Native.load(InheritsClose.class);
    try (lib) {
      assertEquals(-9, lib.neg(9));
    }
    assertThrows(IllegalStateException.class, () -> lib.neg(9));
  }

  @Test
  void interfaceWithoutAutoCloseable() {
    NotCloseable lib = Native.load(NotCloseable.class);
    assertFalse(lib instanceof AutoCloseable);
    assertEquals(Integer.MIN_VALUE, lib.neg(Integer.MIN_VALUE));
    assertEquals(-5, lib.neg(5));
    assertEquals(Long.MIN_VALUE + 1, lib.prim_neg_i64(Long.MAX_VALUE));
  }

  @Test
  void interfaceNestedInClasses() {
    assertEquals(Integer.MAX_VALUE, Native.load(Holder.Deep.class).max());
    assertEquals(Short.MIN_VALUE, Native.load(Inner.InInner.class).min());
    assertEquals("io.ffibind.tests.Ffibind_LifecycleTest_Holder_Deep", Native.generatedClassName(Holder.Deep.class));
    assertEquals(
        "io.ffibind.tests.Ffibind_LifecycleTest_Holder_Deep", Native.load(Holder.Deep.class).getClass().getName());
  }

  @Test
  void symbolsInheritedFromALibrarySuperInterface() {
    try (Derived lib = Native.load(Derived.class)) {
      assertEquals(Long.MIN_VALUE, lib.id(Long.MIN_VALUE));
      assertEquals(0xFFFF_FFFFL, lib.u32Max());
      assertEquals(-17L, lib.neg(17));
      assertEquals(17L, lib.negId(-17));
      Base asBase = lib;
      assertEquals(42L, asBase.id(42));
    }
    Base base = Native.load(Base.class);
    assertEquals(0xFFFF_FFFFL, base.u32Max());
    assertInstanceOf(Base.class, Native.load(Derived.class));
  }

  @Test
  void inheritedCallsAlsoStopAtClose() {
    Derived lib = Native.load(Derived.class);
    lib.close();
    assertThrows(IllegalStateException.class, () -> lib.id(1));
    assertThrows(IllegalStateException.class, () -> lib.negId(1));
  }
}
