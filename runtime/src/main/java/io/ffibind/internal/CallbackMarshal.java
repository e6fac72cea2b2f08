package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Conversions generated upcalls make around a Java callback: views of the memory C passes, and
 * writing back what the callback changed in its copies of C arrays.
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
    MemorySegment c = p.reinterpret(element.byteSize() * length);
    MemorySegment java = heap(array);
    long size = element.byteSize() * length;
    if (MemorySegment.mismatch(c, 0, size, java, 0, size) >= 0) {
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
