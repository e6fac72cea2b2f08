package io.ffibind.examples;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/**
 * A few functions of the C library, found among the symbols the JVM process already has, hence the
 * empty library name.
 */
@NativeLibrary("")
public interface LibC extends AutoCloseable {
  @Symbol(parameters = "i32", result = "i32")
  int abs(int x);

  @Symbol(parameters = "long", result = "long")
  long labs(long x);

  @Symbol(result = "i32")
  int getpid();

  @Symbol(parameters = "string", result = "usize")
  long strlen(String s);

  /**
   * {@code long strtol(const char *s, char **end, int base)}: {@code end[0]} receives the text after
   * the number, read back from the temporary copy of {@code s} before that copy is released.
   */
  @Symbol(parameters = {"string", "string*", "i32"}, result = "long")
  long strtol(String s, String[] end, int base);

  /** {@code null} when the variable is not set. */
  @Symbol(parameters = "string", result = "string")
  String getenv(String name);

  @Symbol(parameters = "i32", result = "i32")
  int toupper(int c);

  /**
   * Writes into {@code dest}, which is copied back into the Java array after the call. The pointer C
   * returns is {@code dest} itself, that is the temporary native copy: it must not be used after the
   * call, so it is declared as a raw pointer and ignored.
   */
  @Symbol(parameters = {"buffer[n]", "string", "usize"}, result = "pointer")
  MemorySegment strncpy(byte[] dest, String src, long n);

  @Symbol(parameters = {"buffer[n]", "i32", "usize"}, result = "pointer")
  MemorySegment memset(byte[] dest, int c, long n);

  /**
   * {@code int snprintf(char *str, size_t size, const char *format, ...)}, bound for one choice of
   * variadic arguments: an {@code int} and a {@code double} after {@code "..."}.
   */
  @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32", "f64"}, result = "i32")
  int snprintf(byte[] str, long size, String format, int number, double real);

  /**
   * {@code int (*compar)(const void *, const void *)} over ints: C passes pointers to two elements,
   * each seen as a segment of one int.
   */
  @Callback(parameters = {"const i32*", "const i32*"}, result = "i32")
  interface IntComparator {
    int compare(MemorySegment a, MemorySegment b);
  }

  /** Sorts the Java array: copied to C, sorted there with Java comparisons, copied back. */
  @Symbol(parameters = {"i32[count]", "usize", "usize", "function"})
  void qsort(int[] base, long count, long size, IntComparator compare);

  /**
   * A pointer to the element equal to {@code key[0]}, or NULL. {@code base} is C memory, so that the
   * pointer returned into it stays meaningful after the call.
   */
  @Symbol(parameters = {"const i32*", "pointer", "usize", "usize", "function"}, result = "pointer")
  MemorySegment bsearch(int[] key, MemorySegment base, long count, long size, IntComparator compare);

  @Override
  void close();
}
