package io.ffibind.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.ErrnoException;
import io.ffibind.Native;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Runs the examples against the real system libraries and checks what C returned. */
class ExamplesTest {
  @Test
  void libc() {
    LibcExample.Result r = LibcExample.run();
    assertEquals(42, r.abs());
    assertEquals(1L << 62, r.labs());
    assertEquals(ProcessHandle.current().pid(), r.pid());
    assertEquals(7, r.strlenUtf8(), "\"grüße\" is 7 bytes in UTF-8");
    assertEquals(-1234, r.strtolValue());
    assertEquals("xyz", r.strtolRest());
    assertEquals(Long.MAX_VALUE, r.strtolHex());
    assertEquals(System.getenv("PATH"), r.path());
    assertNull(r.unset());
    assertEquals("FFIBIND", r.upper());
    assertEquals("hello...", r.copied(), "strncpy pads with NULs, copied back into the array");
    assertEquals("*****..", r.filled());
    assertEquals("42|3.142", r.formatted());
  }

  @Test
  void libcEdges() {
    try (LibC c = Native.load(LibC.class)) {
      assertEquals(Integer.MAX_VALUE, c.abs(-Integer.MAX_VALUE));
      assertEquals(Long.MAX_VALUE, c.labs(Long.MIN_VALUE + 1));
      assertEquals(0, c.strlen(""));
      // Out of range: strtol saturates at LONG_MIN and leaves nothing behind.
      String[] rest = {"not read"};
      assertEquals(Long.MIN_VALUE, c.strtol("-99999999999999999999", rest, 10));
      assertEquals("", rest[0]);
      assertThrows(IllegalArgumentException.class, () -> c.strlen("a\0b"));
      // strncpy declares buffer[n]: a destination shorter than n is refused before C can overrun it.
      assertThrows(IllegalArgumentException.class, () -> c.strncpy(new byte[2], "abc", 3));
    }
  }

  @Test
  void math() {
    MathExample.Result r = MathExample.run();
    assertEquals(1.0, r.cosZero());
    assertEquals(-1.0, r.cosPi());
    assertEquals(1024.0, r.twoToTheTen());
    assertEquals(Math.sqrt(2), r.sqrtTwo());
    assertTrue(Double.isNaN(r.sqrtMinusOne()));
    try (LibM m = Native.load(LibM.class)) {
      assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(m.sqrt(-0.0)));
      assertEquals(Double.POSITIVE_INFINITY, m.pow(0.0, -1));
    }
  }

  @Test
  void zlib() {
    ZlibExample.Result r = ZlibExample.run();
    assertTrue(r.version().startsWith("1."), r.version());
    assertEquals(0x3610a686L, r.crc32Hello());
    assertEquals(0x3610a686L, r.crc32Split());
    assertEquals(0x062c0215L, r.adler32Hello());
    assertEquals(Zlib.OK, r.compressStatus());
    assertTrue(r.compressedSize() > 0 && r.compressedSize() < 1000, "size " + r.compressedSize());
    assertEquals(Zlib.OK, r.uncompressStatus());
    assertEquals(10_000, r.restoredSize());
    assertTrue(r.roundTripEqual());
  }

  @Test
  void zlibEdges() {
    try (Zlib z = Native.load(Zlib.class)) {
      byte[] sample = ZlibExample.sample(100);
      CRC32 reference = new CRC32();
      reference.update(sample);
      assertEquals(reference.getValue(), z.crc32(0, sample, sample.length));
      // A crc32 above 2^31 comes back as a positive long: "ulong" is not sign-extended.
      assertTrue(z.crc32(0, new byte[] {1}, 1) > Integer.MAX_VALUE);
      assertEquals(0, z.crc32(0, null, 0), "crc32(0, Z_NULL, 0) is the initial value");
      // A destination too small: Z_BUF_ERROR (-5), with destLen still read and written.
      long[] destLen = {4};
      assertEquals(-5, z.compress(new byte[4], destLen, sample, sample.length));
      assertThrows(IllegalArgumentException.class, () -> z.crc32(0, new byte[2], 3));
    }
  }

  @Test
  void sqlite() {
    SqliteExample.Result r = SqliteExample.run();
    assertTrue(r.version().startsWith("3."), r.version());
    assertEquals(Sqlite3.OK, r.openStatus());
    assertEquals(Sqlite3.OK, r.createStatus());
    assertEquals(Sqlite3.OK, r.insertStatus());
    assertEquals(1, r.changesAfterInsert());
    assertEquals(1, r.badStatus(), "SQLITE_ERROR");
    assertEquals("no such table: nowhere", r.badMessage());
    assertEquals("no such table: nowhere", r.errmsgAfterBad());
    assertEquals(List.of("1: héllo, wörld"), r.rows());
    assertEquals(Sqlite3.OK, r.closeStatus());
  }

  @Test
  void posixErrnoAndGlobals() {
    PosixExample.Result r = PosixExample.run();
    assertEquals(-1, r.missingFd());
    assertEquals(2, r.missingErrno(), "ENOENT");
    assertEquals(
        "open " + PosixExample.MISSING + ": " + Native.strerror(2) + " (errno 2)", r.missingMessage());
    assertEquals("No such file or directory", Native.strerror(2));
    assertTrue(r.devNullFd() >= 0);
    assertEquals(0, r.devNullClose());
    assertTrue(Math.abs(r.timezone()) <= 14 * 3600 && r.timezone() % 60 == 0, "timezone " + r.timezone());
    assertEquals(2, r.tzname().size());
    assertFalse(r.tzname().get(0).isEmpty());
    // environ is the process's own environment: what System.getenv read at startup.
    String path = System.getenv("PATH");
    if (path != null) {
      assertTrue(r.environment().contains("PATH=" + path));
    }
    assertTrue(r.environment().size() >= System.getenv().size());
  }

  @Test
  void posixErrnoException() {
    Posix posix = Native.load(Posix.class);
    ErrnoException e = assertThrows(ErrnoException.class, () -> PosixExample.openOrThrow(posix, "/nonexistent/x"));
    assertEquals(2, e.errno());
    assertEquals("No such file or directory", e.description());
  }

  @Test
  void nonblockingCompression() {
    NonblockingZlibExample.Result r = NonblockingZlibExample.run();
    assertEquals(Zlib.OK, r.status());
    assertTrue(r.compressedSize() > 0 && r.compressedSize() < r.size(), "size " + r.compressedSize());
    assertTrue(r.roundTripEqual());
    CRC32 crc = new CRC32();
    crc.update(NonblockingZlibExample.sample(NonblockingZlibExample.SIZE));
    assertEquals(crc.getValue(), r.javaCrc());
    }

  @Test
  void callbacks() {
    CallbacksExample.Result r = CallbacksExample.run();
    assertArrayEquals(new int[] {-7, -3, 0, 19, 42, 1_000_000}, r.sorted());
    assertArrayEquals(new int[] {1_000_000, 42, 19, 0, -3, -7}, r.descending());
    assertEquals(3, r.index());
    assertFalse(r.missingFound());
    assertEquals(
        List.of(
            "name=Ada Lovelace, born=1815, note=first program",
            "name=Grace Hopper, born=1906, note=null",
            "name=Dennis Ritchie, born=1941, note=C"),
        r.rows());
    assertEquals(Sqlite3.ABORT, r.abortedStatus());
    assertEquals(1, r.rowsBeforeAbort());
    assertEquals("born after 1900: 1906; rows after it: 0", r.rethrown(), "onError = \"1\" stopped the query");
  }

  @Test
  void qsortOfManyWithAJavaComparator() {
    try (LibC c = Native.load(LibC.class)) {
      int[] values = new java.util.Random(7).ints(10_000).toArray();
      int[] expected = values.clone();
      java.util.Arrays.sort(expected);
      c.qsort(values, values.length, Integer.BYTES, CallbacksExample.ASCENDING);
      assertArrayEquals(expected, values);
      RuntimeException bad = new RuntimeException("comparator broke");
      assertSame(bad, assertThrows(RuntimeException.class, () -> c.qsort(values, values.length, 4, (a, b) -> { throw bad; })));
    }
  }

  @Test
  void closedLibraryRefusesCalls() {
    LibM m = Native.load(LibM.class);
    m.close();
    assertThrows(IllegalStateException.class, () -> m.cos(0));
  }

  @Test
  void mainPrintsEveryLibrary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Examples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("libm  pow(2, 10)   = 1024.0"), out);
    assertTrue(out.contains("zlib  crc32(\"hello\")         = 0x3610a686"), out);
    assertTrue(out.contains("sqlite  INSERT               = 0, changes 1"), out);
    assertTrue(out.contains("posix open(missing)            = -1, errno 2"), out);
    assertTrue(out.contains("zlib  inflated back equal            = true"), out);
    assertTrue(out.contains("qsort   ascending            = [-7, -3, 0, 19, 42, 1000000]"), out);
    assertTrue(out.contains("name=Ada Lovelace, born=1815, note=first program"), out);
    assertFalse(out.contains("Exception"), out);
  }
}
