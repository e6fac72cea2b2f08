package io.ffibind.tests.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.ErrnoException;
import io.ffibind.Memory;
import io.ffibind.Native;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Runs the README's snippets on optional symbols, globals, nonblocking calls and errno. */
class ReadmeSymbolOptionsTest {
  @Test
  void optionalSymbol() {
    ZlibCompat z = Native.load(ZlibCompat.class);
    byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
    assertEquals(0x3610a686L, z.checksum(data));
    assertTrue(Native.isPresent(z, "crc32_z"), "Debian 12's zlib is 1.2.13");
    assertEquals(0x3610a686L, z.crc32z(0, data, data.length));
  }

  @Test
  void globals() {
    TimeZones tz = Native.load(TimeZones.class);
    tz.tzset();
    assertTrue(Math.abs(tz.timezone()) <= 14 * 3600);
    assertEquals(2, tz.tzname().length);
    int before = tz.optind();
    try {
      tz.optind(5);
      assertEquals(5, tz.optind());
      MemorySegment storage = tz.optindStorage(); // 4 bytes at &optind
      storage.set(ValueLayout.JAVA_INT, 0, 6);
      assertEquals(6, tz.optind());
      assertEquals(4, storage.byteSize());
    } finally {
      tz.optind(before);
    }
    MemorySegment environ = tz.environ().get(ValueLayout.ADDRESS, 0); // char **
    String first = Memory.readString(environ.reinterpret(8).get(ValueLayout.ADDRESS, 0));
    assertTrue(first.contains("="), first);
  }

  @Test
  void nonblocking() throws Exception {
    ZlibAsync z = Native.load(ZlibAsync.class);
    byte[] source = "hello hello hello hello hello hello".repeat(1000).getBytes(StandardCharsets.UTF_8);
    byte[] dest = new byte[(int) z.compressBound(source.length)];
    long[] destLen = {dest.length};
    CompletableFuture<Integer> done = z.compress(dest, destLen, source, source.length); // returns at once
    int status = done.join(); // dest and destLen[0] hold what C wrote
    assertEquals(0, status);
    Inflater inflater = new Inflater();
    inflater.setInput(dest, 0, (int) destLen[0]);
    byte[] back = new byte[source.length];
    assertEquals(source.length, inflater.inflate(back));
    assertArrayEquals(source, back);

    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Native.setExecutor(z, two); // this binding's nonblocking calls run there from now on
      long[] again = {dest.length};
      assertEquals(0, z.compress(dest, again, source, source.length).join());
      assertEquals(destLen[0], again[0]);
    } finally {
      two.shutdown();
    }
  }

  @Test
  void errno() {
    Posix posix = Native.load(Posix.class);
    int fd = posix.open("/etc/nope", Posix.O_RDONLY, 0);
    assertEquals(-1, fd);
    assertEquals(2, Native.errno()); // ENOENT, captured right after open returned
    ErrnoException e = ErrnoException.last("open /etc/nope");
    assertEquals(2, e.errno());
    assertEquals("No such file or directory", e.description());
    assertEquals("open /etc/nope: No such file or directory (errno 2)", e.getMessage());
  }
}
