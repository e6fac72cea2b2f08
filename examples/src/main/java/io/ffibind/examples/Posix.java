package io.ffibind.examples;

import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/**
 * POSIX calls that report failure through {@code errno}, and C library globals, from the symbols the
 * JVM process already has.
 */
@NativeLibrary("")
public interface Posix {
  /** {@code O_RDONLY}, the same on Linux and macOS. */
  int O_RDONLY = 0;

  /**
   * {@code int open(const char *path, int flags, ...)}: C declares it variadic, so the mode goes after
   * {@code "..."}. On failure it returns -1 and sets errno, captured right after the call.
   */
  @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
  int open(String path, int flags, int mode);

  /** {@code int close(int fd)}. */
  @Symbol(name = "close", parameters = "i32", result = "i32", errno = true)
  int closeFd(int fd);

  /** {@code void tzset(void)}: sets {@code timezone}, {@code daylight} and {@code tzname} from TZ. */
  @Symbol
  void tzset();

  /** {@code long timezone}: seconds west of UTC of local standard time. */
  @Global(type = "long")
  long timezone();

  /** {@code int daylight}: non-zero when the zone has daylight saving time rules. */
  @Global(type = "i32")
  int daylight();

  /** {@code char *tzname[2]}: the standard and the daylight saving time abbreviations. */
  @Global(type = "string[2]")
  String[] tzname();

  /**
   * {@code char **environ}: a {@code MemorySegment} result is the global's own storage (8 bytes), so
   * the pointer it holds is read from it.
   */
  @Global(type = "pointer")
  MemorySegment environ();
}
