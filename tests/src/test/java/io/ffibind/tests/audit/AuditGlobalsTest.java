package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 8, C globals, black box: libc's own globals and the fixtures' ones, read, written, seen by C. */
class AuditGlobalsTest {

  @NativeLibrary("c")
  public interface LibcGlobals {
    @Global(type = "pointer")
    MemorySegment environ();

    @Symbol(parameters = {"string", "string", "i32"}, result = "i32")
    int setenv(String name, String value, int overwrite);

    @Symbol(parameters = {"string"}, result = "i32")
    int unsetenv(String name);

    @Symbol
    void tzset();

    @Global(type = "long")
    long timezone();

    @Global(type = "i32")
    int daylight();

    @Global(type = "string[2]")
    String[] tzname();

    @Global(type = "i32")
    int optind();

    @Global(name = "optind", type = "i32")
    void optind(int value);

    @Global(type = "i32")
    int opterr();

    @Global(name = "opterr", type = "i32")
    void opterr(int value);

    @Global(name = "opterr", type = "i32")
    MemorySegment opterrStorage();

    @Global(type = "i32")
    int optopt();

    @Symbol(parameters = {"i32", "pointer", "string"}, result = "i32")
    int getopt(int argc, MemorySegment argv, String options);
  }

  @NativeLibrary("ffibind_fixtures")
  public interface Fixtures extends AutoCloseable {
    @Global(name = "gl_counter", type = "int32")
    int counter();

    @Global(name = "gl_counter", type = "int32")
    void counter(int value);

    @Global(name = "gl_counter", type = "i32")
    MemorySegment counterStorage();

    @Symbol(name = "gl_counter_get", result = "i32")
    int counterSeenByC();

    @Symbol(name = "gl_counter_bump")
    void bump();

    @Global(name = "gl_static_u32", type = "u32")
    long staticU32();

    @Global(name = "gl_static_u32", type = "u32")
    int staticU32Bits();

    @Global(name = "gl_static_i64", type = "i64")
    long staticI64();

    @Global(name = "gl_double", type = "f64")
    double dbl();

    @Global(name = "gl_double", type = "f64")
    void dbl(double v);

    @Symbol(name = "gl_double_get", result = "f64")
    double dblSeenByC();

    @Global(name = "gl_string", type = "string")
    String string();

    @Global(name = "gl_null_string", type = "string")
    String nullString();

    @Global(name = "gl_bytes", type = "const u8[14]")
    byte[] bytes();

    @Global(name = "gl_bytes", type = "const u8[14]")
    MemorySegment bytesStorage();

    @Global(name = "gl_ints", type = "i32[4]")
    int[] ints();

    @Global(name = "gl_ints", type = "i32[4]")
    void ints(int[] v);

    @Symbol(name = "gl_ints_sum", result = "i64")
    long intsSum();

    @Global(name = "gl_u64", type = "u64")
    long u64();

    @Global(name = "gl_u8", type = "u8")
    int u8();

    @Global(name = "gl_u8", type = "u8")
    void u8(int v);

    @Global(name = "gl_doubles", type = "f64[2]")
    MemorySegment doublesStorage();

    @Override
    void close();
  }

  @Test
  void environIsThePointerToTheEnvironment() {
    LibcGlobals c = Native.load(LibcGlobals.class);
    MemorySegment storage = c.environ();
    assertEquals(8, storage.byteSize());
    MemorySegment envp = storage.get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE);
    assertNotEquals(0, envp.address());
    Set<String> names = new HashSet<>();
    for (long i = 0; ; i++) {
      MemorySegment entry = envp.getAtIndex(ValueLayout.ADDRESS, i);
      if (entry.equals(MemorySegment.NULL)) break;
      String kv = entry.reinterpret(Long.MAX_VALUE).getString(0);
      names.add(kv.substring(0, kv.indexOf('=')));
    }
    assertTrue(names.contains("PATH"), names.toString());
    // setenv in C changes what environ shows
    assertEquals(0, c.setenv("FFIBIND_AUDIT_ENV", "v1", 1));
    MemorySegment after = c.environ().get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE);
    boolean found = false;
    for (long i = 0; ; i++) {
      MemorySegment entry = after.getAtIndex(ValueLayout.ADDRESS, i);
      if (entry.equals(MemorySegment.NULL)) break;
      found |= entry.reinterpret(Long.MAX_VALUE).getString(0).equals("FFIBIND_AUDIT_ENV=v1");
    }
    assertTrue(found);
    assertEquals(0, c.unsetenv("FFIBIND_AUDIT_ENV"));
  }

  @Test
  void timezoneAndDaylightAfterTzset() {
    LibcGlobals c = Native.load(LibcGlobals.class);
    assertEquals(0, c.setenv("TZ", "EST5EDT", 1));
    try {
      c.tzset();
      assertEquals(5 * 3600L, c.timezone());
      assertEquals(1, c.daylight());
      assertArrayEquals(new String[] {"EST", "EDT"}, c.tzname());
      assertEquals(0, c.setenv("TZ", "JST-9", 1));
      c.tzset();
      assertEquals(-9 * 3600L, c.timezone());
      assertEquals(0, c.daylight());
    } finally {
      c.unsetenv("TZ");
      c.tzset();
    }
  }

  @Test
  void optindAndOpterrWrittenAndSeenByC() {
    LibcGlobals c = Native.load(LibcGlobals.class);
    int oldErr = c.opterr();
    try (Arena arena = Arena.ofConfined()) {
      c.opterr(0);
      assertEquals(0, c.opterr());
      assertEquals(4, c.opterrStorage().byteSize());
      assertEquals(0, c.opterrStorage().get(ValueLayout.JAVA_INT, 0));
      c.opterrStorage().set(ValueLayout.JAVA_INT, 0, 5);
      assertEquals(5, c.opterr());
      c.opterr(0); // quiet: getopt must not print for -z below

      MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, 5);
      String[] args = {"prog", "-a", "-b", "-z"};
      for (int i = 0; i < args.length; i++) argv.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(args[i]));
      argv.setAtIndex(ValueLayout.ADDRESS, 4, MemorySegment.NULL);

      c.optind(0); // full reinitialisation
      assertEquals(0, c.optind());
      assertEquals('a', c.getopt(4, argv, "ab"));
      assertEquals(2, c.optind());
      c.optind(1); // C sees the write: "-a" again, not "-b"
      assertEquals('a', c.getopt(4, argv, "ab"));
      assertEquals('b', c.getopt(4, argv, "ab"));
      assertEquals(3, c.optind());
      assertEquals('?', c.getopt(4, argv, "ab"));
      assertEquals('z', c.optopt());
      assertEquals(-1, c.getopt(4, argv, "ab"));
      assertEquals(4, c.optind());
      c.optind(0);
    } finally {
      c.opterr(oldErr);
    }
    assertEquals(oldErr, c.opterr());
  }

  @Test
  void fixtureScalarsStringsArrays() {
    try (Fixtures f = Native.load(Fixtures.class)) {
      int old = f.counter();
      try {
        f.counter(-123456);
        assertEquals(-123456, f.counter());
        assertEquals(-123456, f.counterSeenByC());
        f.bump();
        assertEquals(-123455, f.counter());
        assertEquals(-123455, f.counterStorage().get(ValueLayout.JAVA_INT, 0));
        assertEquals(4, f.counterStorage().byteSize());
        f.counterStorage().set(ValueLayout.JAVA_INT, 0, Integer.MIN_VALUE);
        assertEquals(Integer.MIN_VALUE, f.counterSeenByC());
      } finally {
        f.counter(old);
      }
      assertEquals(42L, f.staticU32());
      assertEquals(42, f.staticU32Bits());
      assertEquals(-1242464576485L, f.staticI64());
      double d = f.dbl();
      try {
        f.dbl(Double.MIN_VALUE);
        assertEquals(Double.MIN_VALUE, f.dblSeenByC());
      } finally {
        f.dbl(d);
      }
      assertEquals("h\u00e9llo, globals", f.string());
      assertNull(f.nullString());
      byte[] expected = {(byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, 0x28, (byte) 0xa1, (byte) 0xe2,
          (byte) 0x82, 0x28, (byte) 0xf0, 0x28, (byte) 0x8c, (byte) 0xbc};
      assertArrayEquals(expected, f.bytes());
      assertEquals(14, f.bytesStorage().byteSize());
      assertArrayEquals(expected, f.bytesStorage().toArray(ValueLayout.JAVA_BYTE));
      assertEquals(16, f.doublesStorage().byteSize());
      int[] ints = f.ints();
      try {
        f.ints(new int[] {10, 20, 30, Integer.MAX_VALUE});
        assertEquals(60L + Integer.MAX_VALUE, f.intsSum());
        assertThrows(IllegalArgumentException.class, () -> f.ints(new int[3]));
        assertArrayEquals(new int[] {10, 20, 30, Integer.MAX_VALUE}, f.ints());
      } finally {
        f.ints(ints);
      }
      assertEquals(-1L, f.u64());
      int u8 = f.u8();
      try {
        f.u8(200);
        assertEquals(200, f.u8());
        assertThrows(IllegalArgumentException.class, () -> f.u8(256));
        assertThrows(IllegalArgumentException.class, () -> f.u8(-1));
        assertEquals(200, f.u8());
      } finally {
        f.u8(u8);
      }
      f.close();
      assertThrows(IllegalStateException.class, f::counter);
      assertThrows(IllegalStateException.class, () -> f.counter(1));
    }
  }
}
