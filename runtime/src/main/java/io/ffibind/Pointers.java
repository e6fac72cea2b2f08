package io.ffibind;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Pointers to single values, as ffi-rs's {@code createPointer}, {@code restorePointer}, {@code
 * wrapPointer} and {@code unwrapPointer}: the cells C functions fill through {@code int *}, {@code
 * char **} or {@code void **} parameters when a binding takes them as {@code MemorySegment}.
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *   MemorySegment handle = Pointers.createPointer(arena, MemorySegment.NULL); // a void ** cell
 *   lib.open("db", handle);                                                  // C stores its handle
 *   MemorySegment db = Pointers.unwrapPointer(handle);
 * }
 * }</pre>
 *
 * Every cell lives in the caller's {@link Arena} and is freed with it; a cell holding a pointer keeps
 * only the address, so the memory it points to must outlive the use C makes of it.
 */
public final class Pointers {
  private Pointers() {}

  // ---- createPointer: a cell holding a value -------------------------------------------------

  /** A new {@code int8_t} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, byte value) {
    return arena.allocateFrom(ValueLayout.JAVA_BYTE, value);
  }

  /** A new {@code int16_t} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, short value) {
    return arena.allocateFrom(ValueLayout.JAVA_SHORT, value);
  }

  /** A new {@code int32_t} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, int value) {
    return arena.allocateFrom(ValueLayout.JAVA_INT, value);
  }

  /** A new {@code int64_t} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, long value) {
    return arena.allocateFrom(ValueLayout.JAVA_LONG, value);
  }

  /** A new {@code float} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, float value) {
    return arena.allocateFrom(ValueLayout.JAVA_FLOAT, value);
  }

  /** A new {@code double} cell in {@code arena} holding {@code value}. */
  public static MemorySegment createPointer(Arena arena, double value) {
    return arena.allocateFrom(ValueLayout.JAVA_DOUBLE, value);
  }

  /**
   * A new {@code void *} cell in {@code arena} holding the address of {@code value} ({@code null}
   * stores NULL): a {@code void **} to pass where C returns a handle. Same as {@link #wrapPointer}.
   */
  public static MemorySegment createPointer(Arena arena, MemorySegment value) {
    return wrapPointer(arena, value);
  }

  /**
   * A {@code char **}: a copy of {@code value} in UTF-8 and a cell pointing to it, both in {@code
   * arena}; {@code null} stores NULL in the cell.
   *
   * @throws IllegalArgumentException if {@code value} contains U+0000
   */
  public static MemorySegment createPointer(Arena arena, String value) {
    return createPointer(arena, value, StandardCharsets.UTF_8);
  }

  /** As {@link #createPointer(Arena, String)}, with the string in {@code charset}. */
  public static MemorySegment createPointer(Arena arena, String value, Charset charset) {
    return wrapPointer(arena, Memory.allocateString(arena, value, charset));
  }

  // ---- restorePointer: the value a cell holds ------------------------------------------------

  /** The {@code int8_t} at {@code pointer}. */
  public static byte restoreInt8(MemorySegment pointer) {
    return Memory.getInt8(pointer, 0);
  }

  /** The {@code int16_t} at {@code pointer}. */
  public static short restoreInt16(MemorySegment pointer) {
    return Memory.getInt16(pointer, 0);
  }

  /** The {@code int32_t} at {@code pointer}. */
  public static int restoreInt32(MemorySegment pointer) {
    return Memory.getInt32(pointer, 0);
  }

  /** The {@code int64_t} at {@code pointer}. */
  public static long restoreInt64(MemorySegment pointer) {
    return Memory.getInt64(pointer, 0);
  }

  /** The {@code float} at {@code pointer}. */
  public static float restoreFloat32(MemorySegment pointer) {
    return Memory.getFloat32(pointer, 0);
  }

  /** The {@code double} at {@code pointer}. */
  public static double restoreFloat64(MemorySegment pointer) {
    return Memory.getFloat64(pointer, 0);
  }

  /**
   * The UTF-8 string a {@code char **} points to.
   *
   * @return the string, or {@code null} when the cell holds NULL
   */
  public static String restoreString(MemorySegment pointer) {
    return restoreString(pointer, StandardCharsets.UTF_8);
  }

  /** As {@link #restoreString(MemorySegment)}, for a string in {@code charset}. */
  public static String restoreString(MemorySegment pointer, Charset charset) {
    return Memory.readString(unwrapPointer(pointer), charset);
  }

  // ---- wrapPointer / unwrapPointer: one level of indirection ---------------------------------

  /**
   * A new pointer-sized cell in {@code arena} holding the address of {@code pointer} ({@code null}
   * stores NULL): turns a {@code T *} into a {@code T **}.
   */
  public static MemorySegment wrapPointer(Arena arena, MemorySegment pointer) {
    Objects.requireNonNull(arena, "arena");
    return arena.allocateFrom(ValueLayout.ADDRESS, pointer == null ? MemorySegment.NULL : pointer);
  }

  /**
   * The pointer stored at {@code pointer}: turns a {@code T **} into a {@code T *} of unknown (zero)
   * size, or {@link MemorySegment#NULL} when the cell holds NULL.
   *
   * @throws IllegalArgumentException if {@code pointer} itself is NULL
   */
  public static MemorySegment unwrapPointer(MemorySegment pointer) {
    return Memory.getPointer(pointer, 0);
  }

  /** True when {@code pointer} is {@code null} or the NULL address. */
  public static boolean isNull(MemorySegment pointer) {
    return pointer == null || Memory.isNull(pointer);
  }
}
