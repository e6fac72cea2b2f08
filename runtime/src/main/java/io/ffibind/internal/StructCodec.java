package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * How one {@code @Struct}/{@code @Union} record is read from and written to C memory: each generated
 * companion {@code Ffibind_<Record>} has one, as {@code $CODEC}, so that {@link Structs} can handle
 * pointers to structs and arrays of them once for every record type.
 *
 * @param <T> the record
 */
public abstract class StructCodec<T> {
  private final long size;
  private final long alignment;

  protected StructCodec(long size, long alignment) {
    this.size = size;
    this.alignment = alignment;
  }

  /** {@code sizeof}, without a flexible array member. */
  public final long size() {
    return size;
  }

  /** {@code _Alignof}. */
  public final long alignment() {
    return alignment;
  }

  /**
   * Reads the struct at {@code offset} in {@code segment}.
   *
   * @param chain the pointers followed so far, or null
   * @param field the field holding this struct, for messages; null at the top, or when the caller
   *     adds the name to a {@link StructException} on its way out (an element of an array)
   */
  public abstract T read(MemorySegment segment, long offset, Chain chain, String field);

  /** Writes {@code value} at {@code offset}; what its fields point to comes from {@code allocator}. */
  public abstract void write(
      MemorySegment segment, long offset, T value, SegmentAllocator allocator, Chain chain, String field);

  public abstract T[] newArray(int length);

  /** A pointer to one struct, given the size it has: its flexible array member included. */
  public MemorySegment sized(MemorySegment pointer) {
    return Structs.sized(pointer, size);
  }

  /** The bytes {@code value} needs: more than {@link #size()} with a flexible array member. */
  public long sizeOf(T value) {
    return size;
  }
}
