package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * What generated code calls for structs: pointers to structs and arrays of them, for every record
 * type through its {@link StructCodec}, as fields, arguments and results. Fields of other kinds are
 * {@link StructFields}'. Problems throw {@link StructException} with the field's name; the caller
 * adds the rest of the path.
 */
public final class Structs {
  private Structs() {}

  // ---- pointers --------------------------------------------------------------------------------

  /**
   * Whether a struct member of a union (or an array of them) writes anything but zero bytes: a union
   * writes only the members that do. A record that cannot be written counts as set, so that writing
   * it reports the problem with its field path.
   */
  public static <T> boolean isSet(StructCodec<T> codec, T value) {
    if (value == null) {
      return false;
    }
    MemorySegment bytes = MemorySegment.ofArray(new long[(int) ((codec.size() + 7) / 8)]);
    try {
      codec.write(bytes, 0, value, NO_MEMORY, null, "");
    } catch (RuntimeException e) {
      return true;
    }
    for (long i = 0; i < bytes.byteSize(); i += Long.BYTES) {
      if (bytes.get(ValueLayout.JAVA_LONG_UNALIGNED, i) != 0) {
        return true;
      }
    }
    return false;
  }

  public static <T> boolean isSet(StructCodec<T> codec, T[] values) {
    if (values != null) {
      for (T v : values) {
        if (isSet(codec, v)) return true;
      }
    }
    return false;
  }

  /** Union members point to nothing (FFI043): writing one never allocates. */
  private static final SegmentAllocator NO_MEMORY = (size, alignment) -> {
    throw new IllegalStateException("a union member allocated memory");
  };

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

  /** The address of the struct at {@code offset} in {@code s}, or -1 for heap memory. */
  public static long address(MemorySegment s, long offset) {
    return s.isNative() ? s.address() + offset : -1;
  }

  /** Follows a pointer field to one struct; NULL gives null. */
  public static <T> T readPointer(StructCodec<T> codec, MemorySegment p, Chain chain, String field) {
    if (isNull(p)) {
      return null;
    }
    chain.enter(p.address(), codec, field);
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
    int n = StructFields.count(count, field);
    MemorySegment all = sized(p, codec.size() * n);
    T[] out = codec.newArray(n);
    for (int i = 0; i < n; i++) {
      try {
        if (chain != null) {
          chain.enter(all.address() + i * codec.size(), codec, null);
        }
        try {
          out[i] = codec.read(all, i * codec.size(), chain, null);
        } finally {
          if (chain != null) {
            chain.exit();
          }
        }
      } catch (StructException e) {
        throw e.in(StructFields.element(field, i));
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
    int n = StructFields.count(count, field);
    if (!StructFields.present(values, n, field, lengthSource)) {
      return MemorySegment.NULL;
    }
    MemorySegment s = allocator.allocate(codec.size() * Math.max(n, 1), codec.alignment());
    for (int i = 0; i < n; i++) {
      T value = values[i];
      if (value == null) {
        if (zeroNulls) {
          s.asSlice(i * codec.size(), codec.size()).fill((byte) 0);
          continue;
        }
        throw StructException.of(
            StructFields.element(field, i), "is null: every element of a struct array needs a record");
      }
      try {
        if (chain != null) {
          chain.enter(value, null);
        }
        try {
          codec.write(s, i * codec.size(), value, allocator, chain, null);
        } finally {
          if (chain != null) {
            chain.exit();
          }
        }
      } catch (StructException e) {
        throw e.in(StructFields.element(field, i));
      }
    }
    return s;
  }

  /** {@code n} structs inside a struct, at {@code offset}. */
  public static <T> T[] readInline(StructCodec<T> codec, MemorySegment s, long offset, long n, Chain chain, String field) {
    int count = StructFields.count(n, field);
    T[] out = codec.newArray(count);
    for (int i = 0; i < count; i++) {
      try {
        out[i] = codec.read(s, offset + i * codec.size(), chain, null);
      } catch (StructException e) {
        throw e.in(StructFields.element(field, i));
      }
    }
    return out;
  }

  /** Writes {@code n} structs inside a struct; {@code values} must hold exactly (fixed) or at least n. */
  public static <T> void writeInline(
      StructCodec<T> codec, MemorySegment s, long offset, T[] values, long n, boolean exact,
      SegmentAllocator allocator, Chain chain, String field, String lengthSource) {
    int count = StructFields.count(n, field);
    StructFields.checkInline(values == null ? -1 : values.length, count, exact, field, lengthSource);
    for (int i = 0; i < count; i++) {
      T value = values[i];
      if (value == null) {
        throw StructException.of(
            StructFields.element(field, i), "is null: every element of a struct array needs a record");
      }
      try {
        codec.write(s, offset + i * codec.size(), value, allocator, chain, null);
      } catch (StructException e) {
        throw e.in(StructFields.element(field, i));
      }
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
    for (int i = 0; i < n; i++) {
      try {
        values[i] = codec.read(s, i * codec.size(), null, null);
      } catch (StructException e) {
        throw e.in(StructFields.element(null, i)).at(where + " after the call");
      }
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
}
