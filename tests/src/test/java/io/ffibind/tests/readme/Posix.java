package io.ffibind.tests.readme;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** README, "errno": kept verbatim. */
@NativeLibrary("")
public interface Posix {
  int O_RDONLY = 0;

  // int open(const char *path, int flags, ...): the mode goes through C's "..."
  @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
  int open(String path, int flags, int mode);
}
