package io.ffibind.benchmarks;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** (d) libc's {@code qsort} through JNA's interface mapping, with a JNA {@code Callback}. */
public interface JnaLibc extends Library {
  JnaLibc LIB = Native.load("c", JnaLibc.class);

  /** {@code int (*)(const void *, const void *)}. */
  interface Comparator extends Callback {
    int invoke(Pointer a, Pointer b);
  }

  /** JNA copies the array to C memory and back. */
  void qsort(int[] base, long n, long size, Comparator compare);
}
