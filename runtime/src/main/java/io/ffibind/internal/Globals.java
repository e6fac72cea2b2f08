package io.ffibind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Writes into C globals that are inline arrays ({@code "T[N]"}) or structs: the Java array must hold
 * exactly N elements, so a write never overruns the variable nor leaves part of it stale; a struct is
 * converted completely before the first byte of the global changes, so a bad record leaves the global
 * as it was.
 */
public final class Globals {
  private Globals() {}

  /**
   * Copies a primitive array of {@code length} elements into {@code storage}, which holds exactly
   * as many elements of layout {@code element}.
   */
  public static void write(MemorySegment storage, Object array, int length, ValueLayout element, String where) {
    long expected = storage.byteSize() / element.byteSize();
    check(array == null ? -1 : length, expected, where);
    MemorySegment.copy(array, 0, storage, element, 0, length);
  }

  /** Stores each pointer ({@code null} is NULL) into an inline array of pointers. */
  public static void writePointers(MemorySegment storage, MemorySegment[] pointers, String where) {
    long expected = storage.byteSize() / ValueLayout.ADDRESS.byteSize();
    check(pointers == null ? -1 : pointers.length, expected, where);
    for (int i = 0; i < pointers.length; i++) {
      MemorySegment p = pointers[i];
      storage.setAtIndex(ValueLayout.ADDRESS, i, p == null ? MemorySegment.NULL : p);
    }
  }

  /**
   * Writes a record into a struct global ({@code "Point"}) whose struct points to nothing. The record
   * is converted into memory of its own first and copied into the global only once every field
   * converted, so a bad field never leaves the global half written.
   */
  public static <T> void writeStruct(StructCodec<T> codec, MemorySegment storage, T value, String where) {
    write(codec, storage, value, null, where);
  }

  /**
   * As {@link #writeStruct(StructCodec, MemorySegment, Object, String)} for a struct that points to
   * other memory (strings, arrays, structs behind pointers): that memory comes from {@code
   * allocator}, which must outlive C's use of the global.
   */
  public static <T> void writeStruct(
      StructCodec<T> codec, MemorySegment storage, T value, SegmentAllocator allocator, String where) {
    write(codec, storage, value, requireAllocator(allocator, where), where);
  }

  /**
   * Writes records into a global that is an inline array of structs ({@code "Point[4]"}): exactly as
   * many as it holds, none null, converted completely before the global changes.
   */
  public static <T> void writeStructs(StructCodec<T> codec, MemorySegment storage, T[] values, String where) {
    writeAll(codec, storage, values, null, where);
  }

  /** As above for structs that point to other memory, which comes from {@code allocator}. */
  public static <T> void writeStructs(
      StructCodec<T> codec, MemorySegment storage, T[] values, SegmentAllocator allocator, String where) {
    writeAll(codec, storage, values, requireAllocator(allocator, where), where);
  }

  private static <T> void write(
      StructCodec<T> codec, MemorySegment storage, T value, SegmentAllocator allocator, String where) {
    if (value == null) {
      throw new IllegalArgumentException(where + " is null: a struct global holds a value; pass a record");
    }
    try (Arena staging = Arena.ofConfined()) {
      MemorySegment copy = staging.allocate(storage.byteSize(), codec.alignment());
      codec.write(copy, 0, value, allocator, null, null);
      MemorySegment.copy(copy, 0, storage, 0, storage.byteSize());
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  private static <T> void writeAll(
      StructCodec<T> codec, MemorySegment storage, T[] values, SegmentAllocator allocator, String where) {
    long expected = storage.byteSize() / codec.size();
    check(values == null ? -1 : values.length, expected, where);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(
            where + " has null at index " + i + ": every element of a struct array global needs a record");
      }
    }
    try (Arena staging = Arena.ofConfined()) {
      MemorySegment copy = staging.allocate(storage.byteSize(), codec.alignment());
      for (int i = 0; i < values.length; i++) {
        try {
          codec.write(copy, i * codec.size(), values[i], allocator, null, null);
        } catch (StructException e) {
          throw e.in(StructFields.element(null, i));
        }
      }
      MemorySegment.copy(copy, 0, storage, 0, storage.byteSize());
    } catch (StructException e) {
      throw e.at(where);
    }
  }

  private static SegmentAllocator requireAllocator(SegmentAllocator allocator, String where) {
    if (allocator == null) {
      throw new IllegalArgumentException(
          where + ": the allocator is null, but the struct points to memory that must come from somewhere;"
              + " pass an arena that lives as long as C may read the global");
    }
    return allocator;
  }

  private static void check(long length, long expected, String where) {
    if (length < 0) {
      throw new IllegalArgumentException(where + " is null: the C global holds " + expected + " elements; pass an array of that many");
    }
    if (length != expected) {
      throw new IllegalArgumentException(
          where + " has " + length + " elements but the C global holds exactly " + expected + ": pass an array of that many");
    }
  }
}
