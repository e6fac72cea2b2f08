package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Writes into C globals that are inline arrays ({@code "T[N]"}): the Java array must hold exactly N
 * elements, so a write never overruns the variable nor leaves part of it stale.
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
