package io.ffibind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Pointers}: cells created, restored, wrapped and unwrapped in pure Java. */
class PointersTest {
  private final Arena arena = Arena.ofConfined();

  @AfterEach
  void close() {
    arena.close();
  }

  @Test
  void cellsHoldTheirValueWithTheCSize() {
    MemorySegment i8 = Pointers.createPointer(arena, Byte.MIN_VALUE);
    assertEquals(1, i8.byteSize());
    assertEquals(Byte.MIN_VALUE, Pointers.restoreInt8(i8));
    MemorySegment i16 = Pointers.createPointer(arena, Short.MIN_VALUE);
    assertEquals(2, i16.byteSize());
    assertEquals(Short.MIN_VALUE, Pointers.restoreInt16(i16));
    MemorySegment i32 = Pointers.createPointer(arena, Integer.MIN_VALUE);
    assertEquals(4, i32.byteSize());
    assertEquals(Integer.MIN_VALUE, Pointers.restoreInt32(i32));
    MemorySegment i64 = Pointers.createPointer(arena, Long.MIN_VALUE);
    assertEquals(8, i64.byteSize());
    assertEquals(Long.MIN_VALUE, Pointers.restoreInt64(i64));
    MemorySegment f32 = Pointers.createPointer(arena, -0.0f);
    assertEquals(4, f32.byteSize());
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(Pointers.restoreFloat32(f32)));
    MemorySegment f64 = Pointers.createPointer(arena, Double.MAX_VALUE);
    assertEquals(8, f64.byteSize());
    assertEquals(Double.MAX_VALUE, Pointers.restoreFloat64(f64));
  }

  @Test
  void restoreSeesWritesMadeThroughThePointer() {
    MemorySegment cell = Pointers.createPointer(arena, 1);
    cell.set(ValueLayout.JAVA_INT, 0, 41);
    assertEquals(41, Pointers.restoreInt32(MemorySegment.ofAddress(cell.address())));
  }

  @Test
  void wrapAndUnwrapAddOrRemoveOneLevel() {
    MemorySegment target = arena.allocate(16);
    MemorySegment pp = Pointers.wrapPointer(arena, target);
    assertEquals(ValueLayout.ADDRESS.byteSize(), pp.byteSize());
    MemorySegment ppp = Pointers.wrapPointer(arena, pp);
    MemorySegment back = Pointers.unwrapPointer(Pointers.unwrapPointer(ppp));
    assertEquals(target.address(), back.address());
    assertEquals(0, back.byteSize());
    assertEquals(pp.address(), Pointers.createPointer(arena, pp).get(ValueLayout.ADDRESS, 0).address());
  }

  @Test
  void nullIsStoredAndRestoredAsNull() {
    assertEquals(MemorySegment.NULL, Pointers.unwrapPointer(Pointers.wrapPointer(arena, null)));
    assertEquals(MemorySegment.NULL, Pointers.unwrapPointer(Pointers.createPointer(arena, MemorySegment.NULL)));
    assertNull(Pointers.restoreString(Pointers.createPointer(arena, (String) null)));
    assertThrows(IllegalArgumentException.class, () -> Pointers.unwrapPointer(MemorySegment.NULL));
    assertThrows(IllegalArgumentException.class, () -> Pointers.restoreInt32(MemorySegment.NULL));
  }

  @Test
  void stringCellsAreCharPointerPointers() {
    MemorySegment cell = Pointers.createPointer(arena, "gr\u00fc\u00df");
    assertEquals(ValueLayout.ADDRESS.byteSize(), cell.byteSize());
    assertEquals("gr\u00fc\u00df", Pointers.restoreString(cell));
    MemorySegment chars = Pointers.unwrapPointer(cell);
    assertEquals((byte) 0xC3, Memory.getInt8(chars, 2));
    MemorySegment wide = Pointers.createPointer(arena, "\u6f22", StandardCharsets.UTF_16LE);
    assertEquals(0x6f22, Memory.getUint16(Pointers.unwrapPointer(wide), 0));
    assertEquals("\u6f22", Pointers.restoreString(wide, StandardCharsets.UTF_16LE));
    assertThrows(IllegalArgumentException.class, () -> Pointers.createPointer(arena, "a\0"));
  }

  @Test
  void isNullCoversJavaNullAndAddressZero() {
    assertTrue(Pointers.isNull(null));
    assertTrue(Pointers.isNull(MemorySegment.NULL));
    assertTrue(Pointers.isNull(MemorySegment.ofAddress(0)));
    assertFalse(Pointers.isNull(arena.allocate(1)));
    assertFalse(Pointers.isNull(MemorySegment.ofArray(new byte[1])));
  }
}
