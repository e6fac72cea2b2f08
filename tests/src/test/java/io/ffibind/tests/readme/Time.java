package io.ffibind.tests.readme;

import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;

/** README, "Structs and unions": kept verbatim. */
@NativeLibrary("")
public interface Time {
  // typedef struct { int quot; int rem; } div_t;
  @Struct(name = "div_t", size = 8)
  record Div(int quot, int rem) {}

  // struct timespec { time_t tv_sec; long tv_nsec; };
  @Struct(name = "timespec", size = 16, align = 8)
  record Timespec(@Field("long") long tv_sec, @Field("long") long tv_nsec) {}

  // struct tm { int tm_sec; ... long tm_gmtoff; const char *tm_zone; }; (glibc)
  @Struct(name = "tm", size = 56)
  record Tm(int tm_sec, int tm_min, int tm_hour, int tm_mday, int tm_mon, int tm_year,
            int tm_wday, int tm_yday, int tm_isdst, @Field("long") long tm_gmtoff, String tm_zone) {}

  @Symbol(parameters = {"i32", "i32"}, result = "div_t")
  Div div(int numerator, int denominator); // returned by value

  @Symbol(parameters = {"i32", "timespec*"}, result = "i32")
  int clock_gettime(int clock, Timespec[] tp); // C fills tp[0]

  @Symbol(parameters = {"const long*", "tm*"}, result = "tm*")
  Tm gmtime_r(long[] time, Tm[] result);
}
