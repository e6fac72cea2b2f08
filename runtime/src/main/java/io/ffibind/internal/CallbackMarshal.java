package io.ffibind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Conversions generated upcalls make around a Java callback: views of the memory C passes, writing
 * back what the callback changed in its copies of C arrays, struct results; and the function
 * pointers struct fields get for Java callbacks.
 */
public final class CallbackMarshal {
  private CallbackMarshal() {}

  /**
   * The memory of a {@code function*} out-parameter: one pointer, holding {@code initial} (the
   * function passed in, or NULL) for C to read and replace.
   */
  public static MemorySegment functionOut(SegmentAllocator scratch, MemorySegment initial) {
    MemorySegment out = scratch.allocate(ValueLayout.ADDRESS);
    out.set(ValueLayout.ADDRESS, 0, initial);
    return out;
  }

  /** {@code p} seen as {@code byteSize} bytes; NULL stays NULL (of size zero, so never read). */
  public static MemorySegment view(MemorySegment p, long byteSize) {
    return p.address() == 0 ? MemorySegment.NULL : p.reinterpret(byteSize);
  }

  /**
   * Writes a Java copy of C's array back to C if the callback changed it. Unchanged arrays are not
   * written, so memory C passed read-only (a string literal, say) is never touched unless Java wrote
   * to its copy.
   */
  public static void writeBack(MemorySegment p, Object array, ValueLayout element, int length) {
    if (array == null || p.address() == 0) {
      return;
    }
    long size = element.byteSize() * length;
    MemorySegment c = p.reinterpret(size);
    if (MemorySegment.mismatch(c, 0, size, heap(array), 0, size) >= 0) {
      MemorySegment.copy(array, 0, c, element, 0, length);
    }
  }

  /** As {@link #writeBack(MemorySegment, Object, ValueLayout, int)}, for an array of pointers. */
  public static void writeBack(MemorySegment p, MemorySegment[] pointers) {
    if (pointers == null || p.address() == 0) {
      return;
    }
    MemorySegment c = p.reinterpret(ValueLayout.ADDRESS.byteSize() * pointers.length);
    for (int i = 0; i < pointers.length; i++) {
      MemorySegment value = pointers[i] == null ? MemorySegment.NULL : pointers[i];
      if (c.getAtIndex(ValueLayout.ADDRESS, i).address() != value.address()) {
        c.setAtIndex(ValueLayout.ADDRESS, i, value);
      }
    }
  }

  // ---- structs ------------------------------------------------------------------------------

  /**
   * A struct result by value: {@code value} written into new heap memory of the struct's size, which
   * Panama copies to C when the upcall returns (so nothing native is allocated or left behind); null
   * gives a zeroed struct. Only for structs whose fields point to nothing, as the processor checks.
   */
  public static <T> MemorySegment struct(StructCodec<T> codec, T value, String where) {
    MemorySegment s = structMemory(codec.size());
    if (value != null) {
      try {
        codec.write(s, 0, value, null, null, null);
      } catch (StructException e) {
        throw e.at(where);
      }
    }
    return s;
  }

  /**
   * A zeroed struct of {@code size} bytes, read-only: what C receives from a callback with a struct
   * result that threw or was called stale. Generated classes make it once.
   */
  public static MemorySegment zero(long size) {
    return structMemory(size).asReadOnly();
  }

  /** Heap memory for a struct of {@code size} bytes, aligned to 8 as every scalar field needs. */
  private static MemorySegment structMemory(long size) {
    return MemorySegment.ofArray(new long[(int) ((size + 7) / 8)]).asSlice(0, size);
  }

  /**
   * After the callback: the elements of a {@code Point[n]} copy that it replaced (compared by
   * identity with {@code originals}) written back into C's array at {@code p}; a null element writes
   * a zeroed struct. Only for structs whose fields point to nothing, as the processor checks.
   */
  public static <T> void writeBack(StructCodec<T> codec, MemorySegment p, T[] values, T[] originals, String where) {
    if (values == null || originals == null || p.address() == 0) {
      return;
    }
    MemorySegment c = p.reinterpret(codec.size() * values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == originals[i]) {
        continue;
      }
      if (values[i] == null) {
        c.asSlice(i * codec.size(), codec.size()).fill((byte) 0);
        continue;
      }
      try {
        codec.write(c, i * codec.size(), values[i], null, null, null);
      } catch (StructException e) {
        throw e.in(StructFields.element(null, i)).at(where);
      }
    }
  }

  /**
   * The function pointer a struct field gets for a Java {@code callback}, living as long as the
   * memory the record is written to: for a call's scratch memory (a record argument) a stub lent
   * for the duration of the call, released when it returns; for an {@link Arena} a stub leased until
   * the arena closes. Any other allocator cannot say how long the memory lives.
   */
  public static MemorySegment field(UpcallPool pool, Object callback, SegmentAllocator allocator, String field) {
    if (allocator instanceof Scratch scratch) {
      UpcallSlot slot = pool.scoped(callback);
      scratch.lent().add(slot);
      return slot.pointer();
    }
    if (allocator instanceof Arena arena) {
      return pool.leased(callback, arena);
    }
    throw StructException.of(field, "holds a @Callback object (" + pool.callback().getSimpleName() + "), which C"
        + " can only call through a function pointer that lives as long as this memory: write the record with"
        + " an Arena as its allocator (the pointer then lives until the arena closes), or set the field to a"
        + " function pointer you manage (a MemorySegment field and Callbacks.pointer)");
  }

  private static MemorySegment heap(Object array) {
    return switch (array) {
      case byte[] a -> MemorySegment.ofArray(a);
      case short[] a -> MemorySegment.ofArray(a);
      case char[] a -> MemorySegment.ofArray(a);
      case int[] a -> MemorySegment.ofArray(a);
      case long[] a -> MemorySegment.ofArray(a);
      case float[] a -> MemorySegment.ofArray(a);
      case double[] a -> MemorySegment.ofArray(a);
      default -> throw new IllegalArgumentException("not a primitive array: " + array.getClass());
    };
  }
}
