package io.ffibind;

import io.ffibind.internal.Encoding;
import io.ffibind.internal.Marshal;
import io.ffibind.internal.NativeAccess;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes C memory through pointers, as node:ffi's {@code getInt32}, {@code setFloat64},
 * {@code toString}, {@code toBuffer} and {@code exportString} do, plus allocation in a caller's
 * {@link Arena}.
 *
 * <h2>Sizes and bounds</h2>
 *
 * A pointer is a {@link MemorySegment}. When its size is known (memory from an {@link Arena}, a
 * {@code buffer[n]} or {@code i32[n]} result viewed as a segment) every access is checked against it:
 * a value read or written past the end fails with {@link IndexOutOfBoundsException}, a length or
 * capacity larger than the segment with {@link IllegalArgumentException}. A pointer C returned as {@code pointer} has size
 * zero: its size is <em>unknown</em>, so the helpers trust the offset and length they are given, as C
 * does. A wrong one reads or corrupts whatever is there; keep such pointers for memory whose size you
 * know from the C API.
 *
 * <h2>NULL</h2>
 *
 * Reading or writing through NULL (address 0) throws {@link IllegalArgumentException} instead of
 * crashing the JVM. String reads return {@code null} for NULL, as generated bindings do.
 *
 * <p>Multi-byte values use the platform's byte order and may sit at any offset (no alignment is
 * required).
 */
@SuppressWarnings("restricted") // it exists to make these calls for generated code and users
public final class Memory {
  private Memory() {}

  // ---- typed reads ---------------------------------------------------------------------------

  /** The signed byte at {@code pointer + offset}. */
  public static byte getInt8(MemorySegment pointer, long offset) {
    return at(pointer, offset, 1).get(ValueLayout.JAVA_BYTE, offset);
  }

  /** The unsigned byte at {@code pointer + offset}, 0 to 255. */
  public static int getUint8(MemorySegment pointer, long offset) {
    return Byte.toUnsignedInt(getInt8(pointer, offset));
  }

  /** The {@code int16_t} at {@code pointer + offset}. */
  public static short getInt16(MemorySegment pointer, long offset) {
    return at(pointer, offset, 2).get(ValueLayout.JAVA_SHORT_UNALIGNED, offset);
  }

  /** The {@code uint16_t} at {@code pointer + offset}, 0 to 65535. */
  public static int getUint16(MemorySegment pointer, long offset) {
    return Short.toUnsignedInt(getInt16(pointer, offset));
  }

  /** The {@code int32_t} at {@code pointer + offset}. */
  public static int getInt32(MemorySegment pointer, long offset) {
    return at(pointer, offset, 4).get(ValueLayout.JAVA_INT_UNALIGNED, offset);
  }

  /** The {@code uint32_t} at {@code pointer + offset}, 0 to 4294967295. */
  public static long getUint32(MemorySegment pointer, long offset) {
    return Integer.toUnsignedLong(getInt32(pointer, offset));
  }

  /** The {@code int64_t} at {@code pointer + offset}. */
  public static long getInt64(MemorySegment pointer, long offset) {
    return at(pointer, offset, 8).get(ValueLayout.JAVA_LONG_UNALIGNED, offset);
  }

  /**
   * The {@code uint64_t} at {@code pointer + offset}, as the raw 64 bits: values above {@link
   * Long#MAX_VALUE} come back negative; read them with {@link Long#toUnsignedString(long)} or {@link
   * Long#compareUnsigned(long, long)}.
   */
  public static long getUint64(MemorySegment pointer, long offset) {
    return getInt64(pointer, offset);
  }

  /** The {@code float} at {@code pointer + offset}. */
  public static float getFloat32(MemorySegment pointer, long offset) {
    return at(pointer, offset, 4).get(ValueLayout.JAVA_FLOAT_UNALIGNED, offset);
  }

  /** The {@code double} at {@code pointer + offset}. */
  public static double getFloat64(MemorySegment pointer, long offset) {
    return at(pointer, offset, 8).get(ValueLayout.JAVA_DOUBLE_UNALIGNED, offset);
  }

  /**
   * The pointer stored at {@code pointer + offset}, of unknown (zero) size; {@link MemorySegment#NULL}
   * when it is NULL.
   */
  public static MemorySegment getPointer(MemorySegment pointer, long offset) {
    return at(pointer, offset, ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS_UNALIGNED, offset);
  }

  // ---- typed writes --------------------------------------------------------------------------

  /** Stores a signed byte at {@code pointer + offset}. */
  public static void setInt8(MemorySegment pointer, long offset, byte value) {
    at(pointer, offset, 1).set(ValueLayout.JAVA_BYTE, offset, value);
  }

  /**
   * Stores an unsigned byte at {@code pointer + offset}.
   *
   * @throws IllegalArgumentException if {@code value} is outside 0 to 255
   */
  public static void setUint8(MemorySegment pointer, long offset, int value) {
    setInt8(pointer, offset, (byte) checkRange(value, 0xFFL, "uint8"));
  }

  /** Stores an {@code int16_t} at {@code pointer + offset}. */
  public static void setInt16(MemorySegment pointer, long offset, short value) {
    at(pointer, offset, 2).set(ValueLayout.JAVA_SHORT_UNALIGNED, offset, value);
  }

  /**
   * Stores a {@code uint16_t} at {@code pointer + offset}.
   *
   * @throws IllegalArgumentException if {@code value} is outside 0 to 65535
   */
  public static void setUint16(MemorySegment pointer, long offset, int value) {
    setInt16(pointer, offset, (short) checkRange(value, 0xFFFFL, "uint16"));
  }

  /** Stores an {@code int32_t} at {@code pointer + offset}. */
  public static void setInt32(MemorySegment pointer, long offset, int value) {
    at(pointer, offset, 4).set(ValueLayout.JAVA_INT_UNALIGNED, offset, value);
  }

  /**
   * Stores a {@code uint32_t} at {@code pointer + offset}.
   *
   * @throws IllegalArgumentException if {@code value} is outside 0 to 4294967295
   */
  public static void setUint32(MemorySegment pointer, long offset, long value) {
    setInt32(pointer, offset, (int) checkRange(value, 0xFFFF_FFFFL, "uint32"));
  }

  /** Stores an {@code int64_t} at {@code pointer + offset}. */
  public static void setInt64(MemorySegment pointer, long offset, long value) {
    at(pointer, offset, 8).set(ValueLayout.JAVA_LONG_UNALIGNED, offset, value);
  }

  /** Stores the 64 bits of {@code value} as a {@code uint64_t} at {@code pointer + offset}. */
  public static void setUint64(MemorySegment pointer, long offset, long value) {
    setInt64(pointer, offset, value);
  }

  /** Stores a {@code float} at {@code pointer + offset}. */
  public static void setFloat32(MemorySegment pointer, long offset, float value) {
    at(pointer, offset, 4).set(ValueLayout.JAVA_FLOAT_UNALIGNED, offset, value);
  }

  /** Stores a {@code double} at {@code pointer + offset}. */
  public static void setFloat64(MemorySegment pointer, long offset, double value) {
    at(pointer, offset, 8).set(ValueLayout.JAVA_DOUBLE_UNALIGNED, offset, value);
  }

  /** Stores the address of {@code value} at {@code pointer + offset}; {@code null} stores NULL. */
  public static void setPointer(MemorySegment pointer, long offset, MemorySegment value) {
    at(pointer, offset, ValueLayout.ADDRESS.byteSize())
        .set(ValueLayout.ADDRESS_UNALIGNED, offset, value == null ? MemorySegment.NULL : value);
  }

  // ---- strings -------------------------------------------------------------------------------

  /**
   * Reads the NUL-terminated UTF-8 string at {@code pointer}.
   *
   * @return the string, or {@code null} when {@code pointer} is {@code null} or NULL
   */
  public static String readString(MemorySegment pointer) {
    return readString(pointer, StandardCharsets.UTF_8);
  }

  /**
   * Reads the string at {@code pointer}, which ends with a NUL code unit of {@code charset} (two zero
   * bytes for UTF-16, four for UTF-32). A pointer of known size must hold the terminator.
   *
   * @param charset UTF-8, UTF-16LE/BE, UTF-32LE/BE, ISO-8859-1 or US-ASCII (the charsets {@link
   *     MemorySegment#getString(long, Charset)} reads)
   * @return the string, or {@code null} when {@code pointer} is {@code null} or NULL
   * @throws IndexOutOfBoundsException if a pointer of known size has no terminator
   */
  public static String readString(MemorySegment pointer, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (pointer == null || isNull(pointer)) {
      return null;
    }
    NativeAccess.requireForRuntime();
    MemorySegment s = isUnknownSize(pointer) ? pointer.reinterpret(Long.MAX_VALUE) : pointer;
    return s.getString(0, charset);
  }

  /**
   * Writes {@code s} and its terminator into the {@code capacity} bytes at {@code pointer}, in UTF-8.
   *
   * @return the bytes written, not counting the terminator (what {@code strlen} will say)
   * @throws IllegalArgumentException if the string and terminator need more than {@code capacity}
   *     bytes, {@code capacity} exceeds a pointer of known size, or {@code s} contains U+0000
   */
  public static long writeString(String s, MemorySegment pointer, long capacity) {
    return writeString(s, pointer, capacity, StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code s} in {@code charset}, then one NUL code unit of that charset, into the {@code
   * capacity} bytes at {@code pointer}. Nothing is written when it does not fit: no overflow, no
   * truncated string.
   *
   * @return the bytes written, not counting the terminator
   * @throws IllegalArgumentException if the string and terminator need more than {@code capacity}
   *     bytes, {@code capacity} exceeds a pointer of known size, {@code s} contains U+0000 or a
   *     character {@code charset} cannot encode
   */
  public static long writeString(String s, MemorySegment pointer, long capacity, Charset charset) {
    byte[] bytes = Encoding.encode(s, charset, "the string");
    int terminator = Encoding.terminatorSize(charset);
    long needed = bytes.length + (long) terminator;
    if (needed > capacity) {
      throw new IllegalArgumentException(
          "the string needs " + needed + " bytes in " + charset.name() + " with its terminator, but"
              + " the capacity is " + capacity);
    }
    MemorySegment target = region(pointer, capacity, "capacity");
    MemorySegment.copy(bytes, 0, target, ValueLayout.JAVA_BYTE, 0, bytes.length);
    target.asSlice(bytes.length, terminator).fill((byte) 0);
    return bytes.length;
  }

  // ---- bytes ---------------------------------------------------------------------------------

  /** A copy of the {@code length} bytes at {@code pointer}. */
  public static byte[] toByteArray(MemorySegment pointer, long length) {
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("length " + length + " is too large for a Java array");
    }
    return region(pointer, length, "length").toArray(ValueLayout.JAVA_BYTE);
  }

  /**
   * A copy of the {@code length} bytes at {@code pointer} in a new heap buffer, in the platform's
   * byte order so that {@code getInt} and friends read what C wrote.
   */
  public static ByteBuffer toByteBuffer(MemorySegment pointer, long length) {
    return ByteBuffer.wrap(toByteArray(pointer, length)).order(ByteOrder.nativeOrder());
  }

  /**
   * Copies {@code bytes} to {@code pointer}, as node:ffi's {@code exportBuffer}.
   *
   * @throws IllegalArgumentException if {@code bytes} is longer than {@code capacity}, or {@code
   *     capacity} exceeds a pointer of known size
   */
  public static void writeBytes(byte[] bytes, MemorySegment pointer, long capacity) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > capacity) {
      throw new IllegalArgumentException(
          bytes.length + " bytes do not fit in the capacity of " + capacity + " bytes");
    }
    MemorySegment.copy(bytes, 0, region(pointer, capacity, "capacity"), ValueLayout.JAVA_BYTE, 0, bytes.length);
  }

  /**
   * The {@code length} bytes at {@code pointer} as a segment, without copying: reads see C's later
   * writes and writes change C's memory.
   *
   * <p><b>Unsafe.</b> The view lives as long as {@code pointer}'s own scope, which for memory C
   * returned is forever: if C frees or reuses the memory, the view reads garbage or corrupts the heap,
   * and nothing can detect it. Use the view only while the C API guarantees the memory (until the
   * matching free or close call), or use {@link #view(MemorySegment, long, Arena)} to end its life
   * with an arena, or copy with {@link #toByteArray}.
   */
  public static MemorySegment view(MemorySegment pointer, long length) {
    return region(pointer, length, "length");
  }

  /**
   * As {@link #view(MemorySegment, long)}, but the view becomes inaccessible when {@code arena}
   * closes: close the arena when C frees the memory, and a later use fails with {@link
   * IllegalStateException} instead of touching freed memory. Only for pointers of unknown size (from
   * C); the arena adds nothing to a segment that already has a lifetime.
   */
  public static MemorySegment view(MemorySegment pointer, long length, Arena arena) {
    Objects.requireNonNull(arena, "arena");
    checkNotNull(pointer);
    if (!isUnknownSize(pointer)) {
      throw new IllegalArgumentException(
          "the pointer already has a size and a lifetime; use view(pointer, length) or asSlice");
    }
    checkLength(length, "length");
    NativeAccess.requireForRuntime();
    return pointer.reinterpret(length, arena, null);
  }

  /**
   * The {@code length} bytes at {@code pointer} as a {@link ByteBuffer} in the platform's byte order,
   * without copying: a direct buffer for native memory. The same warning as {@link
   * #view(MemorySegment, long)} applies.
   */
  public static ByteBuffer viewBuffer(MemorySegment pointer, long length) {
    return view(pointer, length).asByteBuffer().order(ByteOrder.nativeOrder());
  }

  // ---- allocation ----------------------------------------------------------------------------

  /**
   * A NUL-terminated UTF-8 copy of {@code s} in {@code arena}; {@code null} gives {@link
   * MemorySegment#NULL}. The segment's size includes the terminator.
   *
   * @throws IllegalArgumentException if {@code s} contains U+0000
   */
  public static MemorySegment allocateString(Arena arena, String s) {
    return allocateString(arena, s, StandardCharsets.UTF_8);
  }

  /**
   * A copy of {@code s} in {@code charset}, ended by one NUL code unit, in {@code arena}; {@code
   * null} gives {@link MemorySegment#NULL}.
   *
   * @throws IllegalArgumentException if {@code s} contains U+0000 or a character {@code charset}
   *     cannot encode
   */
  public static MemorySegment allocateString(Arena arena, String s, Charset charset) {
    Objects.requireNonNull(arena, "arena");
    Objects.requireNonNull(charset, "charset");
    return Marshal.string(arena, s, charset, "the string"); // what generated code does for arguments
  }

  /**
   * A {@code char *[]} in {@code arena}: one NUL-terminated copy per string ({@code null} elements
   * become NULL), followed by one NULL entry that C lists often expect. The segment's size includes
   * that entry.
   */
  public static MemorySegment allocateStrings(Arena arena, Charset charset, List<String> strings) {
    Objects.requireNonNull(arena, "arena");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(strings, "strings");
    return Marshal.strings(arena, strings, charset, "the string");
  }

  /** As {@link #allocateStrings(Arena, Charset, List)}, in UTF-8. */
  public static MemorySegment allocateStrings(Arena arena, String... strings) {
    return allocateStrings(arena, StandardCharsets.UTF_8, java.util.Arrays.asList(strings));
  }

  /**
   * A {@code void *[]} in {@code arena} holding the addresses ({@code null} stores NULL), followed by
   * one NULL entry. The segment's size includes that entry.
   */
  public static MemorySegment allocatePointers(Arena arena, MemorySegment... pointers) {
    Objects.requireNonNull(arena, "arena");
    return Marshal.pointers(arena, Objects.requireNonNull(pointers, "pointers"));
  }

  /** A copy of {@code values} in {@code arena}, as {@code uint8_t[]} / {@code int8_t[]}. */
  public static MemorySegment allocateArray(Arena arena, byte... values) {
    return arena.allocateFrom(ValueLayout.JAVA_BYTE, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code int16_t[]}. */
  public static MemorySegment allocateArray(Arena arena, short... values) {
    return arena.allocateFrom(ValueLayout.JAVA_SHORT, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code uint16_t[]} / {@code char16_t[]}. */
  public static MemorySegment allocateArray(Arena arena, char... values) {
    return arena.allocateFrom(ValueLayout.JAVA_CHAR, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code int32_t[]}. */
  public static MemorySegment allocateArray(Arena arena, int... values) {
    return arena.allocateFrom(ValueLayout.JAVA_INT, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code int64_t[]}. */
  public static MemorySegment allocateArray(Arena arena, long... values) {
    return arena.allocateFrom(ValueLayout.JAVA_LONG, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code float[]}. */
  public static MemorySegment allocateArray(Arena arena, float... values) {
    return arena.allocateFrom(ValueLayout.JAVA_FLOAT, values);
  }

  /** A copy of {@code values} in {@code arena}, as {@code double[]}. */
  public static MemorySegment allocateArray(Arena arena, double... values) {
    return arena.allocateFrom(ValueLayout.JAVA_DOUBLE, values);
  }

  // ---- checks --------------------------------------------------------------------------------

  /**
   * True for a pointer whose size is unknown: a native segment of size zero, which is what C hands
   * back for {@code pointer} results and what {@link MemorySegment#ofAddress(long)} makes.
   */
  static boolean isUnknownSize(MemorySegment pointer) {
    return pointer.isNative() && pointer.byteSize() == 0;
  }

  /** True for NULL: a native segment at address 0 (a heap segment's address is an array offset). */
  static boolean isNull(MemorySegment pointer) {
    return pointer.isNative() && pointer.address() == 0;
  }

  /** {@code pointer}, stretched when its size is unknown so that {@code size} bytes at {@code offset} fit. */
  private static MemorySegment at(MemorySegment pointer, long offset, long size) {
    checkNotNull(pointer);
    if (!isUnknownSize(pointer)) {
      return pointer; // the access itself checks the bounds
    }
    if (offset < 0 || offset > Long.MAX_VALUE - size) {
      throw new IndexOutOfBoundsException("offset " + offset + " is out of range");
    }
    NativeAccess.requireForRuntime();
    return pointer.reinterpret(offset + size);
  }

  /** The {@code length} bytes at {@code pointer}: checked against a known size, trusted otherwise. */
  private static MemorySegment region(MemorySegment pointer, long length, String what) {
    checkNotNull(pointer);
    checkLength(length, what);
    if (isUnknownSize(pointer)) {
      NativeAccess.requireForRuntime();
      return pointer.reinterpret(length);
    }
    if (length > pointer.byteSize()) {
      throw new IllegalArgumentException(
          what + " " + length + " exceeds the " + pointer.byteSize() + " bytes the segment has");
    }
    return pointer.asSlice(0, length);
  }

  private static void checkNotNull(MemorySegment pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (isNull(pointer)) {
      throw new IllegalArgumentException("the pointer is NULL");
    }
  }

  private static void checkLength(long length, String what) {
    if (length < 0) {
      throw new IllegalArgumentException(what + " is " + length + ": it cannot be negative");
    }
  }

  private static long checkRange(long value, long max, String type) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(value + " does not fit " + type + " (0 to " + max + ")");
    }
    return value;
  }
}
