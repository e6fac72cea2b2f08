package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Real system libraries found by name alone, the way users write them: the process's own symbols
 * ({@code ""}), libm (on Debian {@code libm.so} is a GNU ld script, so only the fallback to {@code
 * libm.so.6} or the script's target works) and zlib (often present only as {@code libz.so.1}).
 */
class SystemLibrariesTest {
  @NativeLibrary("")
  interface LibC {
    @Symbol(parameters = "i32", result = "i32")
    int abs(int x);

    @Symbol(parameters = "long", result = "long")
    long labs(long x);

    @Symbol(result = "i32")
    int getpid();
  }

  /** libc by name: {@code libc.so} is a linker script too when the -dev package is installed. */
  @NativeLibrary("c")
  interface LibCByName {
    @Symbol(name = "labs", parameters = "long", result = "long")
    long labs(long x);
  }

  @NativeLibrary("m")
  interface LibM extends AutoCloseable {
    @Symbol(parameters = "f64", result = "f64")
    double cos(double x);

    @Symbol(parameters = {"f64", "f64"}, result = "f64")
    double pow(double base, double exponent);

    @Symbol(parameters = "double", result = "double")
    double sqrt(double x);

    @Symbol(parameters = "float", result = "float")
    float cosf(float x);

    @Symbol(parameters = {"f64", "i32"}, result = "f64")
    double ldexp(double x, int exponent);

    @Override
    void close();
  }

  @NativeLibrary("z")
  interface Zlib extends AutoCloseable {
    @Symbol(result = "pointer")
    MemorySegment zlibVersion();

    @Symbol(parameters = "ulong", result = "ulong")
    long compressBound(long sourceLength);

    @Symbol(parameters = {"ulong", "pointer", "u32"}, result = "ulong")
    long crc32(long crc, MemorySegment bytes, int length);

    @Symbol(parameters = {"ulong", "ptr", "uint32"}, result = "ulong")
    long adler32(long adler, MemorySegment bytes, long length);

    @Override
    void close();
  }

  /** A file name as node:ffi users write it, found by the system's search. */
  @NativeLibrary("libm.so.6")
  interface LibMBySoname {
    @Symbol(parameters = {"f64", "f64"}, result = "f64")
    double pow(double base, double exponent);
  }

  /** "libz" as well as "z". */
  @NativeLibrary("libz")
  interface ZlibWithPrefix {
    @Symbol(parameters = "ulong", result = "ulong")
    long compressBound(long sourceLength);
  }

  @Test
  void fileNamesAndLibPrefixesResolve() {
    assertEquals(0.5, Native.load(LibMBySoname.class).pow(2, -1));
    assertEquals(13L, Native.load(ZlibWithPrefix.class).compressBound(0));
  }

  @Test
  void processSymbols() {
    LibC c = Native.load(LibC.class);
    assertEquals(5, c.abs(-5));
    assertEquals(Integer.MAX_VALUE, c.abs(-Integer.MAX_VALUE));
    assertEquals(1L << 40, c.labs(-(1L << 40)), "labs takes a 64-bit C long");
    assertEquals(Long.MAX_VALUE, c.labs(-Long.MAX_VALUE));
    assertEquals(ProcessHandle.current().pid(), c.getpid());
    assertEquals(1L << 41, Native.load(LibCByName.class).labs(-(1L << 41)));
  }

  @Test
  void libmByName() {
    try (LibM m = Native.load(LibM.class)) {
      assertEquals(1.0, m.cos(0));
      assertEquals(-1.0, m.cos(Math.PI));
      assertEquals(1024.0, m.pow(2, 10));
      assertEquals(0.125, m.pow(2, -3));
      assertEquals(1.0, m.pow(Double.NaN, 0), "C99: pow(x, 0) is 1 even for NaN");
      assertEquals(Math.sqrt(2), m.sqrt(2));
      assertTrue(Double.isNaN(m.sqrt(-1)));
      assertEquals(0x8000_0000_0000_0000L, Double.doubleToRawLongBits(m.sqrt(-0.0)));
      assertEquals(1.0f, m.cosf(0f));
      assertEquals(3.0 * 1024, m.ldexp(3, 10));
      assertEquals(Double.MIN_VALUE, m.ldexp(1, -1074));
    }
  }

  @Test
  void zlibByName() {
    try (Zlib z = Native.load(Zlib.class)) {
      String version = z.zlibVersion().reinterpret(64).getString(0, StandardCharsets.US_ASCII);
      assertTrue(version.startsWith("1."), version);
      assertEquals(13L, z.compressBound(0));
      assertEquals(1013L, z.compressBound(1000));
      assertEquals((1L << 20) + 256 + 64 + 13, z.compressBound(1L << 20));
      assertEquals((1L << 32) + (1L << 20) + (1L << 18) + (1L << 7) + 13, z.compressBound(1L << 32),
          "a size above 4 GiB passes as a 64-bit unsigned long");
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment digits = arena.allocateFrom("123456789", StandardCharsets.US_ASCII);
        assertEquals(0xCBF4_3926L, z.crc32(0, digits, 9), "the standard CRC-32 check value");
        assertEquals(0L, z.crc32(0, null, 0));
        MemorySegment wiki = arena.allocateFrom("Wikipedia", StandardCharsets.US_ASCII);
        assertEquals(0x11E6_0398L, z.adler32(1, wiki, 9));
        assertEquals(1L, z.adler32(1, null, 0), "adler32 of NULL is the initial value");
      }
    }
  }
}
