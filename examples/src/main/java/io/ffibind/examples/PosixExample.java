package io.ffibind.examples;

import io.ffibind.ErrnoException;
import io.ffibind.Memory;
import io.ffibind.Native;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/** errno turned into an exception, and C globals: the time zone and the environment. */
public final class PosixExample {
  static final String MISSING = "/nonexistent/ffibind-example.txt";

  /** What the calls returned. */
  public record Result(
      int missingFd,
      int missingErrno,
      String missingMessage,
      int devNullFd,
      int devNullClose,
      long timezone,
      int daylight,
      List<String> tzname,
      List<String> environment) {
    void print(PrintStream out) {
      out.println("posix open(missing)            = " + missingFd + ", errno " + missingErrno);
      out.println("posix thrown as an exception   = " + missingMessage);
      out.println("posix open(/dev/null), close   = fd " + devNullFd + ", close " + devNullClose);
      out.println("posix timezone, daylight       = " + timezone + " s west of UTC, daylight " + daylight);
      out.println("posix tzname                   = " + tzname);
      out.println("posix environ                  = " + environment.size() + " entries");
    }
  }

  private PosixExample() {}

  public static Result run() {
    Posix posix = Native.load(Posix.class);
    int fd = posix.open(MISSING, Posix.O_RDONLY, 0);
    int errno = Native.errno();
    String message = null;
    try {
      openOrThrow(posix, MISSING);
    } catch (ErrnoException e) {
      message = e.getMessage();
    }
    int devNull = openOrThrow(posix, "/dev/null");
    int closed = posix.closeFd(devNull);
    posix.tzset();
    return new Result(
        fd, errno, message, devNull, closed, posix.timezone(), posix.daylight(), List.of(posix.tzname()),
        environment(posix));
  }

  /** The usual shape of a POSIX call: a negative result means errno says why. */
  static int openOrThrow(Posix posix, String path) {
    int fd = posix.open(path, Posix.O_RDONLY, 0);
    if (fd < 0) {
      throw ErrnoException.last("open " + path);
    }
    return fd;
  }

  /** Walks {@code char **environ} up to its NULL. */
  static List<String> environment(Posix posix) {
    // Its length is known only at its NULL, so the array is read through an unbounded segment.
    @SuppressWarnings("restricted")
    MemorySegment entries = posix.environ().get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE);
    List<String> out = new ArrayList<>();
    for (long i = 0; ; i++) {
      MemorySegment entry = entries.getAtIndex(ValueLayout.ADDRESS, i);
      if (entry.address() == 0) {
        return out;
      }
      out.add(Memory.readString(entry));
    }
  }
}
