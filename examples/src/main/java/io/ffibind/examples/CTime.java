package io.ffibind.examples;

import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;

/**
 * C library functions that take and return structs: {@code div}/{@code ldiv} return theirs by value,
 * {@code clock_gettime} fills a {@code struct timespec}, {@code localtime_r} a {@code struct tm}.
 * The layouts are glibc's on LP64 Linux; {@code size} states C's {@code sizeof}, checked at compile
 * time.
 */
@NativeLibrary("")
public interface CTime extends AutoCloseable {
  /** {@code CLOCK_REALTIME}. */
  int CLOCK_REALTIME = 0;

  /** {@code CLOCK_MONOTONIC}. */
  int CLOCK_MONOTONIC = 1;

  /** {@code div_t}: {@code { int quot; int rem; }}. */
  @Struct(name = "div_t", size = 8)
  record Div(int quot, int rem) {}

  /** {@code ldiv_t}: {@code { long quot; long rem; }}. */
  @Struct(name = "ldiv_t", size = 16)
  record LDiv(@Field("long") long quot, @Field("long") long rem) {}

  /** {@code struct timespec}: seconds and nanoseconds. */
  @Struct(name = "timespec", size = 16, align = 8)
  record Timespec(@Field("long") long tv_sec, @Field("long") long tv_nsec) {}

  /** {@code struct tm} as glibc declares it, time zone fields included. */
  @Struct(name = "tm", size = 56)
  record Tm(
      int tm_sec,
      int tm_min,
      int tm_hour,
      int tm_mday,
      int tm_mon,
      int tm_year,
      int tm_wday,
      int tm_yday,
      int tm_isdst,
      @Field("long") long tm_gmtoff,
      String tm_zone) {}

  @Symbol(parameters = {"i32", "i32"}, result = "div_t")
  Div div(int numerator, int denominator);

  @Symbol(parameters = {"long", "long"}, result = "ldiv_t")
  LDiv ldiv(long numerator, long denominator);

  /** {@code int clock_gettime(clockid_t, struct timespec *)}: C fills {@code tp[0]}. */
  @Symbol(parameters = {"i32", "timespec*"}, result = "i32")
  int clock_gettime(int clock, Timespec[] tp);

  /** {@code struct tm *localtime_r(const time_t *, struct tm *)}: the result is {@code result[0]} again. */
  @Symbol(parameters = {"const long*", "tm*"}, result = "tm*")
  Tm localtime_r(long[] time, Tm[] result);

  /** {@code struct tm *gmtime_r(const time_t *, struct tm *)}. */
  @Symbol(parameters = {"const long*", "tm*"}, result = "tm*")
  Tm gmtime_r(long[] time, Tm[] result);

  /** {@code time_t timegm(struct tm *)}: the inverse of gmtime_r. */
  @Symbol(parameters = "tm*", result = "long")
  long timegm(Tm tm);

  /** {@code size_t strftime(char *s, size_t max, const char *format, const struct tm *tm)}. */
  @Symbol(parameters = {"buffer[max]", "usize", "string", "const tm*"}, result = "usize")
  long strftime(byte[] s, long max, String format, Tm tm);

  @Override
  void close();
}
