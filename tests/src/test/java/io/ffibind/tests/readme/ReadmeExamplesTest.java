package io.ffibind.tests.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Runs the README's snippets against the real system libraries they name. */
class ReadmeExamplesTest {
  @Test
  void firstBinding() {
    LibM kept;
    try (LibM m = Native.load(LibM.class)) {
      assertEquals(1024.0, m.pow(2, 10));
      assertEquals(1.0, m.cosine(0));
      kept = m;
    }
    assertThrows(IllegalStateException.class, () -> kept.pow(2, 2));
  }

  @Test
  void libcStrings() {
    LibC c = Native.load(LibC.class);
    assertEquals(16, c.strlen("sixteen chars!!!"));
    assertEquals(2, c.strlen("é")); // UTF-8 bytes
    String[] end = new String[1];
    assertEquals(-1234, c.strtol("-1234xyz", end, 10));
    assertEquals("xyz", end[0]);
    assertEquals(255, c.strtol("ff", null, 16)); // NULL endptr
    assertNull(c.getenv("FFIBIND_SURELY_UNSET_VARIABLE"));
    assertEquals(System.getenv("PATH"), c.getenv("PATH"));
    assertEquals("dup ✓", c.strdup("dup ✓"));
    byte[] buffer = new byte[32];
    int n = c.snprintf(buffer, buffer.length, "%d %s", 7, "ways");
    assertEquals("7 ways", new String(buffer, 0, n, StandardCharsets.UTF_8));
  }

  @Test
  void zlibRoundTrip() throws Exception {
    Zlib z = Native.load(Zlib.class);
    byte[] source = "hello hello hello hello hello hello".getBytes(StandardCharsets.UTF_8);
    long bound = z.compressBound(source.length);
    assertTrue(bound >= source.length, "bound " + bound);
    byte[] dest = new byte[(int) bound];
    long[] destLen = {dest.length};
    assertEquals(0, z.compress(dest, destLen, source, source.length)); // Z_OK
    assertTrue(destLen[0] > 0 && destLen[0] < source.length, "compressed to " + destLen[0]);
    Inflater inflater = new Inflater();
    inflater.setInput(dest, 0, (int) destLen[0]);
    byte[] back = new byte[source.length];
    assertEquals(source.length, inflater.inflate(back));
    assertArrayEquals(source, back);

    CRC32 expected = new CRC32();
    expected.update(source);
    assertEquals(expected.getValue(), z.crc32(0, source, source.length));
    assertThrows(IllegalArgumentException.class, () -> z.crc32(0, source, source.length + 1));
  }
}
