package io.ffibind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.examples.CTime.Div;
import io.ffibind.examples.CTime.LDiv;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The struct examples against the real C library and zlib. */
class StructExamplesTest {
  @Test
  void libcStructs() {
    StructsExample.Result r = StructsExample.run();
    assertEquals(new Div(-3, -1), r.div(), "C truncates towards zero");
    long n = 1_000_000_000_000_001L;
    assertEquals(new LDiv(n / 7, n % 7), r.ldiv());
    assertEquals(0, r.clockStatus());
    long now = System.currentTimeMillis() / 1000;
    assertTrue(Math.abs(r.realtime().tv_sec() - now) < 60, "realtime " + r.realtime());
    assertTrue(r.realtime().tv_nsec() >= 0 && r.realtime().tv_nsec() < 1_000_000_000L);
    assertTrue(r.monotonic().tv_sec() >= 0);
    assertEquals(70, r.epoch().tm_year());
    assertEquals(1, r.epoch().tm_mday());
    assertEquals(4, r.epoch().tm_wday(), "1970-01-01 was a Thursday");
    assertEquals("GMT", r.epoch().tm_zone());
    ZonedDateTime billennium = Instant.ofEpochSecond(1_000_000_000L).atZone(ZoneOffset.UTC);
    assertEquals(billennium.getYear() - 1900, r.billennium().tm_year());
    assertEquals(billennium.getMonthValue() - 1, r.billennium().tm_mon());
    assertEquals(billennium.getHour(), r.billennium().tm_hour());
    assertEquals(1_000_000_000L, r.backToSeconds());
    assertEquals("2001-09-09 01:46:40", r.formatted());
    assertEquals(r.realtime().tv_sec() + r.local().tm_gmtoff(),
        ZonedDateTime.of(r.local().tm_year() + 1900, r.local().tm_mon() + 1, r.local().tm_mday(),
            r.local().tm_hour(), r.local().tm_min(), r.local().tm_sec(), 0, ZoneOffset.UTC).toEpochSecond());
  }

  @Test
  void zlibStreamsAMultiMegabyteInputInChunks() {
    ZlibStreamExample.Result r = ZlibStreamExample.run();
    assertEquals(8 * 1024 * 1024, r.inputSize());
    assertTrue(r.roundTripEqual(), "inflate(deflate(x)) == x");
    assertEquals(r.inputSize(), r.totalIn(), "C counted every input byte in the struct");
    assertEquals(r.inputSize(), r.totalOut());
    assertTrue(r.compressedSize() < r.inputSize() / 2, "compressed to " + r.compressedSize());
    assertTrue(r.deflateCalls() >= r.inputSize() / ZlibStreamExample.CHUNK, "one call per chunk at least");
    assertTrue(r.inflateCalls() > 1, "inflate streamed too");
  }
}
