package io.ffibind.tests.readme;

import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** README, "C globals": kept verbatim. */
@NativeLibrary("")
public interface TimeZones {
  @Symbol
  void tzset();

  @Global(type = "long") // long timezone: seconds west of UTC
  long timezone();

  @Global(type = "string[2]") // char *tzname[2]
  String[] tzname();

  @Global(type = "i32") // int optind, getopt's index: read...
  int optind();

  @Global(name = "optind", type = "i32") // ...and written
  void optind(int value);

  @Global(name = "optind", type = "i32") // its storage: 4 bytes at &optind
  MemorySegment optindStorage();

  @Global(type = "pointer") // char **environ: the storage holds the pointer
  MemorySegment environ();
}
