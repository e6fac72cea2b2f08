package io.ffibind.examples.modular;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/**
 * libc functions that take a struct by value and a callback, bound from a named module: its struct
 * companion ({@code Ffibind_LibC_Div}) and callback class ({@code Ffibind_LibC_IntComparator}, whose
 * upcall stubs the runtime makes) live in the same non-exported package as the binding.
 */
@NativeLibrary("")
interface LibC {
  /** {@code typedef struct { int quot; int rem; } div_t;} */
  @Struct(name = "div_t", size = 8, align = 4)
  record Div(int quot, int rem) {}

  /** {@code int (*)(const void *, const void *)} over ints: each argument is a view of one int. */
  @Callback(parameters = {"const i32*", "const i32*"}, result = "i32")
  interface IntComparator {
    int compare(MemorySegment a, MemorySegment b);
  }

  @Symbol(parameters = {"i32", "i32"}, result = "div_t")
  Div div(int numerator, int denominator);

  /** {@code void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *))} */
  @Symbol(parameters = {"i32[count]", "usize", "usize", "function"})
  void qsort(int[] base, long count, long size, IntComparator compare);

  /** {@code void *bsearch(const void *key, const void *base, size_t count, size_t size, int (*compare)(...))} */
  @Symbol(parameters = {"pointer", "pointer", "usize", "usize", "function"}, result = "pointer")
  MemorySegment bsearch(MemorySegment key, MemorySegment base, long count, long size, MemorySegment compare);
}
