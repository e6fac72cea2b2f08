package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What generated struct companions call for fields that are not structs: strings ({@code char *},
 * UTF-8), arrays inside the struct and behind pointers, lengths, unsigned ranges. Problems throw
 * {@link StructException} naming the field; the caller adds the rest of the path.
 */
public final class StructFields {
  private StructFields() {}

  /** The address a pointer field gets for {@code p}: NULL for null. */
  public static MemorySegment pointer(MemorySegment p) {
    return p == null ? MemorySegment.NULL : p;
  }

  // ---- union members: written only when not all zero ---------------------------------------------

  /**
   * Whether an inline array member of a union holds anything but zero bits (null: nothing). Bits, not
   * values: {@code -0.0} is set.
   */
  public static boolean isSet(byte[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(short[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(char[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(int[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(long[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(float[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  public static boolean isSet(double[] a) {
    return a != null && nonZero(MemorySegment.ofArray(a));
  }

  private static boolean nonZero(MemorySegment bytes) {
    for (long i = 0; i < bytes.byteSize(); i++) {
      if (bytes.get(ValueLayout.JAVA_BYTE, i) != 0) {
        return true;
      }
    }
    return false;
  }

  public static boolean isSet(boolean[] a) {
    if (a != null) {
      for (boolean e : a) {
        if (e) return true;
      }
    }
    return false;
  }

  /** Whether a pointer member of a union is not NULL. */
  public static boolean isSet(MemorySegment p) {
    return p != null && p.address() != 0;
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
    return Structs.isNull(p) ? null : Marshal.strings(p, count(count, field), StandardCharsets.UTF_8);
  }

  /** {@code count} pointers at {@code p}, for a {@code pointer[n]*} field; NULL gives null. */
  public static MemorySegment[] readPointers(MemorySegment p, long count, String field) {
    return Structs.isNull(p) ? null : Marshal.pointers(p, count(count, field));
  }

  /** A {@code char *[count]} of copies of the first {@code count} strings; null gives NULL if count is 0. */
  public static MemorySegment writeStrings(
      SegmentAllocator allocator, String[] values, long count, String field, String lengthSource) {
    return writeAddresses(allocator, values, count, field, lengthSource, value -> string(allocator, value, null));
  }

  /** A {@code void *[count]} of the first {@code count} pointers. */
  public static MemorySegment writePointers(
      SegmentAllocator allocator, MemorySegment[] values, long count, String field, String lengthSource) {
    return writeAddresses(allocator, values, count, field, lengthSource, StructFields::pointer);
  }

  /**
   * An array of the addresses {@code address} gives the first {@code count} values; null gives NULL
   * if count is 0. A {@link StructException} of one value is named {@code field[i]}.
   */
  private static <T> MemorySegment writeAddresses(
      SegmentAllocator allocator, T[] values, long count, String field, String lengthSource,
      Function<T, MemorySegment> address) {
    int n = count(count, field);
    if (!present(values, n, field, lengthSource)) {
      return MemorySegment.NULL;
    }
    MemorySegment s = allocator.allocate(ValueLayout.ADDRESS, Math.max(n, 1));
    for (int i = 0; i < n; i++) {
      try {
        s.setAtIndex(ValueLayout.ADDRESS, i, address.apply(values[i]));
      } catch (StructException e) {
        throw e.in(element(field, i));
      }
    }
    return s;
  }

  // ---- primitive arrays ------------------------------------------------------------------------

  /** A copy of the first {@code count} elements of a primitive array, for a pointer field. */
  public static MemorySegment writeArray(
      SegmentAllocator allocator, Object array, int length, ValueLayout element, long count, String field,
      String lengthSource) {
    int n = count(count, field);
    if (!present(array, length, n, field, lengthSource)) {
      return MemorySegment.NULL;
    }
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
      try {
        s.set(ValueLayout.ADDRESS_UNALIGNED, offset + i * ValueLayout.ADDRESS.byteSize(),
            string(allocator, array[i], null));
      } catch (StructException e) {
        throw e.in(element(field, i));
      }
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
    return Unsigned.u8(value, field, StructException::of);
  }

  /** An unsigned 16-bit field value held in a wider Java type. */
  public static short u16(long value, String field) {
    return Unsigned.u16(value, field, StructException::of);
  }

  /** An unsigned 32-bit field value held in a Java long. */
  public static int u32(long value, String field) {
    return Unsigned.u32(value, field, StructException::of);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static String element(String field, int i) {
    return (field == null ? "" : field) + "[" + i + "]";
  }

  static boolean present(Object[] values, int n, String field, String lengthSource) {
    return present(values, values == null ? 0 : values.length, n, field, lengthSource);
  }

  /**
   * Whether an array of {@code length} elements, of which C uses {@code n}, is there: false for null
   * when {@code n} is 0; too short, or null for a positive {@code n}, throws.
   */
  static boolean present(Object array, int length, int n, String field, String lengthSource) {
    if (array == null) {
      if (n != 0) {
        throw StructException.of(field, "is null but " + lengthSource + " is " + n + ": pass an array");
      }
      return false;
    }
    atLeast(length, n, field, lengthSource);
    return true;
  }

  static void atLeast(int length, int n, String field, String lengthSource) {
    if (length < n) {
      throw StructException.of(field,
          "has " + length + " element" + (length == 1 ? "" : "s") + " but " + lengthSource + " is " + n
              + ": pass at least " + n);
    }
  }

  static void checkInline(int length, int n, boolean exact, String field, String lengthSource) {
    if (length < 0) {
      throw StructException.of(field, "is null: the array inside the struct needs " + n + " elements");
    }
    if (exact ? length != n : length < n) {
      throw StructException.of(field,
          "has " + length + " element" + (length == 1 ? "" : "s") + " but " + lengthSource + " is " + n
              + ": pass " + (exact ? "exactly " : "at least ") + n);
    }
  }
}
