package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * What generated struct companions call: pointers to structs and arrays of them (for every record
 * type, through its {@link StructCodec}), strings, arrays and range checks inside structs. Problems
 * throw {@link StructException} with the field's name; the caller adds the rest of the path.
 */
public final class Structs {
  private Structs() {}

  // ---- pointers --------------------------------------------------------------------------------

  /** Whether {@code p} is C's NULL (a heap segment never is). */
  public static boolean isNull(MemorySegment p) {
    return p == null || (p.isNative() && p.address() == 0);
  }

  /**
   * {@code p} with room for {@code size} bytes: a raw pointer from C (size 0) is given that size; a
   * segment of known size is kept, so access beyond it fails as Panama makes it fail.
   */
  public static MemorySegment sized(MemorySegment p, long size) {
    return p.byteSize() == 0 && size != 0 && !isNull(p) ? p.reinterpret(size) : p;
  }

  /** The address a pointer field gets for {@code p}: NULL for null. */
  public static MemorySegment pointer(MemorySegment p) {
    return p == null ? MemorySegment.NULL : p;
  }

  /** The address of the struct at {@code offset} in {@code s}, or -1 for heap memory. */
  public static long address(MemorySegment s, long offset) {
    return s.isNative() ? s.address() + offset : -1;
  }

  /** Follows a pointer field to one struct; NULL gives null. */
  public static <T> T readPointer(StructCodec<T> codec, MemorySegment p, Chain chain, String field) {
    if (isNull(p)) {
      return null;
    }
    chain.enter(p.address(), field);
    try {
      return codec.read(codec.sized(p), 0, chain, field);
    } finally {
      chain.exit();
    }
  }

  /** A copy of {@code value} in new memory, for a pointer field; null gives NULL. */
  public static <T> MemorySegment writePointer(
      StructCodec<T> codec, SegmentAllocator allocator, T value, Chain chain, String field) {
    if (value == null) {
      return MemorySegment.NULL;
    }
    chain.enter(value, field);
    try {
      MemorySegment s = allocator.allocate(codec.sizeOf(value), codec.alignment());
      codec.write(s, 0, value, allocator, chain, field);
      return s;
    } finally {
      chain.exit();
    }
  }

  /** {@code count} structs at {@code p}; NULL gives null. */
  public static <T> T[] readArray(StructCodec<T> codec, MemorySegment p, long count, Chain chain, String field) {
    if (isNull(p)) {
      return null;
    }
    int n = count(count, field);
    MemorySegment all = sized(p, codec.size() * n);
    T[] out = codec.newArray(n);
    for (int i = 0; i < n; i++) {
      if (chain != null) {
        chain.enter(all.address() + i * codec.size(), element(field, i));
      }
      try {
        out[i] = codec.read(all, i * codec.size(), chain, element(field, i));
      } finally {
        if (chain != null) {
          chain.exit();
        }
      }
    }
    return out;
  }

  /**
   * The first {@code count} of {@code values} in new memory, for a pointer field or argument; null
   * gives NULL when {@code count} is 0.
   */
  public static <T> MemorySegment writeArray(
      StructCodec<T> codec, SegmentAllocator allocator, T[] values, long count, Chain chain, String field,
      String lengthSource) {
    return writeArray(codec, allocator, values, count, chain, field, lengthSource, false);
  }

  /** As above; with {@code zeroNulls}, a null element is a zeroed struct (C fills it in). */
  private static <T> MemorySegment writeArray(
      StructCodec<T> codec, SegmentAllocator allocator, T[] values, long count, Chain chain, String field,
      String lengthSource, boolean zeroNulls) {
    int n = count(count, field);
    if (values == null) {
      if (n != 0) {
        throw StructException.of(field, "is null but " + lengthSource + " is " + n + ": pass an array");
      }
      return MemorySegment.NULL;
    }
    atLeast(values.length, n, field, lengthSource);
    MemorySegment s = allocator.allocate(codec.size() * Math.max(n, 1), codec.alignment());
    for (int i = 0; i < n; i++) {
      T value = values[i];
      if (value == null) {
        if (zeroNulls) {
          s.asSlice(i * codec.size(), codec.size()).fill((byte) 0);
          continue;
        }
        throw StructException.of(element(field, i), "is null: every element of a struct array needs a record");
      }
      if (chain != null) {
        chain.enter(value, element(field, i));
      }
      try {
        codec.write(s, i * codec.size(), value, allocator, chain, element(field, i));
      } finally {
        if (chain != null) {
          chain.exit();
        }
      }
    }
    return s;
  }

  /** {@code n} structs inside a struct, at {@code offset}. */
  public static <T> T[] readInline(StructCodec<T> codec, MemorySegment s, long offset, long n, Chain chain, String field) {
    int count = count(n, field);
    T[] out = codec.newArray(count);
    for (int i = 0; i < count; i++) {
      out[i] = codec.read(s, offset + i * codec.size(), chain, element(field, i));
    }
    return out;
  }

  /** Writes {@code n} structs inside a struct; {@code values} must hold exactly (fixed) or at least n. */
  public static <T> void writeInline(
      StructCodec<T> codec, MemorySegment s, long offset, T[] values, long n, boolean exact,
      SegmentAllocator allocator, Chain chain, String field, String lengthSource) {
    int count = count(n, field);
    checkInline(values == null ? -1 : values.length, count, exact, field, lengthSource);
    for (int i = 0; i < count; i++) {
      T value = values[i];
      if (value == null) {
        throw StructException.of(element(field, i), "is null: every element of a struct array needs a record");
      }
      codec.write(s, offset + i * codec.size(), value, allocator, chain, element(field, i));
    }
  }

  // ---- arguments and results of bound functions ------------------------------------------------

  /** A copy of {@code value} for a {@code Point*} argument, for the call; null gives NULL. */
  public static <T> MemorySegment in(StructCodec<T> codec, SegmentAllocator allocator, T value, String where) {
    if (value == null) {
      return MemorySegment.NULL;
    }
    try {
      MemorySegment s = allocator.allocate(codec.sizeOf(value), codec.alignment());
      codec.write(s, 0, value, allocator, null, null);
      return s;
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  /**
   * Element 0 of {@code values}, for a {@code Point*} argument C may change; a null array gives NULL,
   * a null element 0 a zeroed struct (an out-parameter).
   */
  public static <T> MemorySegment inFirst(StructCodec<T> codec, SegmentAllocator allocator, T[] values, String where) {
    if (values == null) {
      return MemorySegment.NULL;
    }
    if (values.length == 0) {
      throw new IllegalArgumentException(
          where + " is an empty array, but C uses the struct at element 0: pass an array of length 1 or more");
    }
    if (values[0] == null) {
      return allocator.allocate(codec.size(), codec.alignment()).fill((byte) 0); // an out-parameter C fills in
    }
    return in(codec, allocator, values[0], where);
  }

  /**
   * The first {@code count} structs of {@code values} (all of them when {@code count} is -1), for an
   * array argument; null gives NULL when C uses none; null elements are zeroed structs C may fill in.
   */
  public static <T> MemorySegment inArray(
      StructCodec<T> codec, SegmentAllocator allocator, T[] values, long count, String where) {
    if (values == null) {
      if (count > 0) {
        throw new IllegalArgumentException(where + " is null but C uses " + count + " of it: pass an array");
      }
      return MemorySegment.NULL;
    }
    long n = count < 0 ? values.length : count;
    if (values.length < n) {
      throw new IllegalArgumentException(where + " has " + values.length
          + (values.length == 1 ? " element" : " elements") + " but C uses " + n + ": pass a larger one");
    }
    try {
      return writeArray(codec, allocator, values, n, null, null, "the length", true);
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  /** After the call: the structs C may have changed, read back into {@code values} as new records. */
  public static <T> void copyBack(StructCodec<T> codec, MemorySegment s, T[] values, long count, String where) {
    if (values == null) {
      return;
    }
    int n = (int) Math.min(values.length, count < 0 ? values.length : count);
    try {
      for (int i = 0; i < n; i++) {
        values[i] = codec.read(s, i * codec.size(), null, element(null, i));
      }
    } catch (StructException e) {
      throw e.at(where + " after the call");
    }
  }

  /** A {@code Point*} result or record read through a pointer: a deep copy; NULL gives null. */
  public static <T> T outPointer(StructCodec<T> codec, MemorySegment p, String where) {
    if (isNull(p)) {
      return null;
    }
    try {
      return codec.read(codec.sized(p), 0, null, null);
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  /** A {@code Point[n]} result: deep copies of {@code count} structs; NULL gives null. */
  public static <T> T[] outArray(StructCodec<T> codec, MemorySegment p, long count, String where) {
    try {
      return readArray(codec, p, count, null, null);
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  // ---- strings ---------------------------------------------------------------------------------

  /** A NUL-terminated UTF-8 copy for a {@code char *} field; null gives NULL. */
  public static MemorySegment string(SegmentAllocator allocator, String s, String field) {
    try {
      return Marshal.string(allocator, s, StandardCharsets.UTF_8, "");
    } catch (StructException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw StructException.of(field, e.getMessage().strip(), e);
    }
  }

  /** The UTF-8 string a {@code char *} field points to; NULL gives null. */
  public static String readString(MemorySegment p) {
    return Marshal.readString(p, StandardCharsets.UTF_8);
  }

  /** {@code count} strings at {@code p}, for a {@code string[n]*} field; NULL gives null. */
  public static String[] readStrings(MemorySegment p, long count, String field) {
    return isNull(p) ? null : Marshal.strings(p, count(count, field), StandardCharsets.UTF_8);
  }

  /** {@code count} pointers at {@code p}, for a {@code pointer[n]*} field; NULL gives null. */
  public static MemorySegment[] readPointers(MemorySegment p, long count, String field) {
    return isNull(p) ? null : Marshal.pointers(p, count(count, field));
  }

  /** A {@code char *[count]} of copies of the first {@code count} strings; null gives NULL if count is 0. */
  public static MemorySegment writeStrings(
      SegmentAllocator allocator, String[] values, long count, String field, String lengthSource) {
    int n = count(count, field);
    if (!present(values, n, field, lengthSource)) {
      return MemorySegment.NULL;
    }
    MemorySegment s = allocator.allocate(ValueLayout.ADDRESS, Math.max(n, 1));
    for (int i = 0; i < n; i++) {
      s.setAtIndex(ValueLayout.ADDRESS, i, string(allocator, values[i], element(field, i)));
    }
    return s;
  }

  /** A {@code void *[count]} of the first {@code count} pointers. */
  public static MemorySegment writePointers(
      SegmentAllocator allocator, MemorySegment[] values, long count, String field, String lengthSource) {
    int n = count(count, field);
    if (!present(values, n, field, lengthSource)) {
      return MemorySegment.NULL;
    }
    MemorySegment s = allocator.allocate(ValueLayout.ADDRESS, Math.max(n, 1));
    for (int i = 0; i < n; i++) {
      s.setAtIndex(ValueLayout.ADDRESS, i, pointer(values[i]));
    }
    return s;
  }

  // ---- primitive arrays ------------------------------------------------------------------------

  /** A copy of the first {@code count} elements of a primitive array, for a pointer field. */
  public static MemorySegment writeArray(
      SegmentAllocator allocator, Object array, int length, ValueLayout element, long count, String field,
      String lengthSource) {
    int n = count(count, field);
    if (array == null) {
      if (n != 0) {
        throw StructException.of(field, "is null but " + lengthSource + " is " + n + ": pass an array");
      }
      return MemorySegment.NULL;
    }
    atLeast(length, n, field, lengthSource);
    MemorySegment s = allocator.allocate(element.byteSize() * Math.max(n, 1), element.byteAlignment());
    MemorySegment.copy(array, 0, s, element, 0, n);
    return s;
  }

  /** Writes a primitive array into the struct itself (an inline array or a flexible array member). */
  public static void writeInline(
      MemorySegment s, long offset, Object array, int length, ValueLayout element, long n, boolean exact,
      String field, String lengthSource) {
    int count = count(n, field);
    checkInline(array == null ? -1 : length, count, exact, field, lengthSource);
    MemorySegment.copy(array, 0, s, element, offset, count);
  }

  /** Writes {@code boolean}s into the struct itself, one byte each. */
  public static void writeInlineBooleans(
      MemorySegment s, long offset, boolean[] array, long n, boolean exact, String field, String lengthSource) {
    int count = count(n, field);
    checkInline(array == null ? -1 : array.length, count, exact, field, lengthSource);
    for (int i = 0; i < count; i++) {
      s.set(ValueLayout.JAVA_BOOLEAN, offset + i, array[i]);
    }
  }

  /** Writes strings (their addresses) into the struct itself. */
  public static void writeInlineStrings(
      MemorySegment s, long offset, String[] array, long n, boolean exact, SegmentAllocator allocator,
      String field, String lengthSource) {
    int count = count(n, field);
    checkInline(array == null ? -1 : array.length, count, exact, field, lengthSource);
    for (int i = 0; i < count; i++) {
      s.set(ValueLayout.ADDRESS_UNALIGNED, offset + i * ValueLayout.ADDRESS.byteSize(),
          string(allocator, array[i], element(field, i)));
    }
  }

  /** Writes pointers into the struct itself. */
  public static void writeInlinePointers(
      MemorySegment s, long offset, MemorySegment[] array, long n, boolean exact, String field, String lengthSource) {
    int count = count(n, field);
    checkInline(array == null ? -1 : array.length, count, exact, field, lengthSource);
    for (int i = 0; i < count; i++) {
      s.set(ValueLayout.ADDRESS_UNALIGNED, offset + i * ValueLayout.ADDRESS.byteSize(), pointer(array[i]));
    }
  }

  /**
   * A new primitive array of the {@code count} elements inside the struct at {@code offset} (an
   * array in the struct, or a flexible array member): {@code int[]} for {@code JAVA_INT}, and so on.
   */
  public static Object readInline(MemorySegment s, long offset, ValueLayout element, long count, String field) {
    int n = count(count, field);
    Object array = switch (element) {
      case ValueLayout.OfByte b -> new byte[n];
      case ValueLayout.OfShort h -> new short[n];
      case ValueLayout.OfChar c -> new char[n];
      case ValueLayout.OfInt i -> new int[n];
      case ValueLayout.OfLong l -> new long[n];
      case ValueLayout.OfFloat f -> new float[n];
      case ValueLayout.OfDouble d -> new double[n];
      default -> throw new IllegalArgumentException("no primitive array for " + element);
    };
    MemorySegment.copy(s, element, offset, array, 0, n);
    return array;
  }

  /** {@code n} booleans inside the struct. */
  public static boolean[] readInlineBooleans(MemorySegment s, long offset, long n, String field) {
    boolean[] out = new boolean[count(n, field)];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.get(ValueLayout.JAVA_BOOLEAN, offset + i);
    }
    return out;
  }

  /** {@code n} strings whose addresses are inside the struct. */
  public static String[] readInlineStrings(MemorySegment s, long offset, long n, String field) {
    String[] out = new String[count(n, field)];
    for (int i = 0; i < out.length; i++) {
      out[i] = readString(s.get(ValueLayout.ADDRESS_UNALIGNED, offset + i * ValueLayout.ADDRESS.byteSize()));
    }
    return out;
  }

  /** {@code n} pointers inside the struct. */
  public static MemorySegment[] readInlinePointers(MemorySegment s, long offset, long n, String field) {
    MemorySegment[] out = new MemorySegment[count(n, field)];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.get(ValueLayout.ADDRESS_UNALIGNED, offset + i * ValueLayout.ADDRESS.byteSize());
    }
    return out;
  }

  // ---- numbers ---------------------------------------------------------------------------------

  /** A length read from a field: not negative, and small enough for a Java array. */
  public static int count(long n, String field) {
    if (n < 0 || n > Integer.MAX_VALUE - 8) {
      throw StructException.of(field, "has a length of " + (n < 0 ? Long.toUnsignedString(n) + " (" + n + ")" : n)
          + ", which no Java array can hold");
    }
    return (int) n;
  }

  /** An unsigned 8-bit field value held in a wider Java type. */
  public static byte u8(long value, String field) {
    if (value < 0 || value > 0xFF) {
      throw outOfRange(value, field, "u8", "0 to 255");
    }
    return (byte) value;
  }

  /** An unsigned 16-bit field value held in a wider Java type. */
  public static short u16(long value, String field) {
    if (value < 0 || value > 0xFFFF) {
      throw outOfRange(value, field, "u16", "0 to 65535");
    }
    return (short) value;
  }

  /** An unsigned 32-bit field value held in a Java long. */
  public static int u32(long value, String field) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw outOfRange(value, field, "u32", "0 to 4294967295");
    }
    return (int) value;
  }

  /** A by-value argument given as a segment: not null, and large enough. */
  public static MemorySegment byValue(MemorySegment s, long size, String where) {
    if (s == null) {
      throw new IllegalArgumentException(where + " is null: a struct passed by value needs a record or a segment");
    }
    if (s.byteSize() < size) {
      throw new IllegalArgumentException(
          where + " has " + s.byteSize() + " bytes but the struct has " + size + ": pass a segment of the struct's size");
    }
    return s;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static String element(String field, int i) {
    return (field == null ? "" : field) + "[" + i + "]";
  }

  private static boolean present(Object[] values, int n, String field, String lengthSource) {
    if (values == null) {
      if (n != 0) {
        throw StructException.of(field, "is null but " + lengthSource + " is " + n + ": pass an array");
      }
      return false;
    }
    atLeast(values.length, n, field, lengthSource);
    return true;
  }

  private static void atLeast(int length, int n, String field, String lengthSource) {
    if (length < n) {
      throw StructException.of(field,
          "has " + length + " element" + (length == 1 ? "" : "s") + " but " + lengthSource + " is " + n
              + ": pass at least " + n);
    }
  }

  private static void checkInline(int length, int n, boolean exact, String field, String lengthSource) {
    if (length < 0) {
      throw StructException.of(field, "is null: the array inside the struct needs " + n + " elements");
    }
    if (exact ? length != n : length < n) {
      throw StructException.of(field,
          "has " + length + " element" + (length == 1 ? "" : "s") + " but " + lengthSource + " is " + n
              + ": pass " + (exact ? "exactly " : "at least ") + n);
    }
  }

  private static StructException outOfRange(long value, String field, String type, String range) {
    return StructException.of(field, "= " + value + " does not fit C type " + type + " (" + range + ")");
  }
}
