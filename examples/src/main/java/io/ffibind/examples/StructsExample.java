package io.ffibind.examples;

import io.ffibind.Native;
import io.ffibind.examples.CTime.Div;
import io.ffibind.examples.CTime.LDiv;
import io.ffibind.examples.CTime.Timespec;
import io.ffibind.examples.CTime.Tm;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Structs by value and through pointers in the C library. */
public final class StructsExample {
  /** What the calls returned. */
  public record Result(
      Div div,
      LDiv ldiv,
      int clockStatus,
      Timespec realtime,
      Timespec monotonic,
      Tm epoch,
      Tm billennium,
      long backToSeconds,
      String formatted,
      Tm local) {
    void print(PrintStream out) {
      out.println("libc  div(-7, 2)                    = " + div);
      out.println("libc  ldiv(10^15 + 1, 7)            = " + ldiv);
      out.println("libc  clock_gettime(REALTIME)       = status " + clockStatus + ", " + realtime);
      out.println("libc  clock_gettime(MONOTONIC)      = " + monotonic);
      out.println("libc  gmtime_r(0)                   = " + epoch);
      out.println("libc  gmtime_r(1000000000)          = " + billennium);
      out.println("libc  timegm(that)                  = " + backToSeconds);
      out.println("libc  strftime(\"%Y-%m-%d %H:%M:%S\") = " + formatted);
      out.println("libc  localtime_r(now)              = " + local);
    }
  }

  private StructsExample() {}

  public static Result run() {
    try (CTime c = Native.load(CTime.class)) {
      Timespec[] realtime = new Timespec[1]; // an out-parameter: C fills element 0
      int status = c.clock_gettime(CTime.CLOCK_REALTIME, realtime);
      Timespec[] monotonic = new Timespec[1];
      c.clock_gettime(CTime.CLOCK_MONOTONIC, monotonic);
      Tm[] tm = new Tm[1];
      Tm epoch = c.gmtime_r(new long[] {0}, tm);
      Tm billennium = c.gmtime_r(new long[] {1_000_000_000L}, tm);
      byte[] text = new byte[64];
      long n = c.strftime(text, text.length, "%Y-%m-%d %H:%M:%S", billennium);
      Tm local = c.localtime_r(new long[] {realtime[0].tv_sec()}, tm);
      return new Result(
          c.div(-7, 2),
          c.ldiv(1_000_000_000_000_001L, 7),
          status,
          realtime[0],
          monotonic[0],
          epoch,
          billennium,
          c.timegm(billennium),
          new String(text, 0, (int) n, StandardCharsets.US_ASCII),
          local);
    }
  }
}
