package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Unsigned C types through every Java type the mapping table allows: the same-width type carries
 * raw bits (UINT8_MAX is byte -1), a wider type carries the value (255), zero-extended on the way out
 * and range-checked on the way in. C functions that widen or divide show what C actually received.
 */
class UnsignedTest {
  @NativeLibrary("ffibind_fixtures")
  interface Unsigned extends AutoCloseable {
    // ---- u8
    @Symbol(name = "prim_id_u8", parameters = "u8", result = "u8")
    byte idU8(byte x);

    @Symbol(name = "prim_id_u8", parameters = "u8", result = "u8")
    short idU8(short x);

    @Symbol(name = "prim_id_u8", parameters = "uint8", result = "uint8")
    int idU8(int x);

    @Symbol(name = "prim_id_u8", parameters = "u8", result = "u8")
    long idU8(long x);

    @Symbol(name = "prim_u8_max", result = "u8")
    byte u8MaxRaw();

    @Symbol(name = "prim_u8_max", result = "u8")
    short u8MaxShort();

    @Symbol(name = "prim_u8_max", result = "uint8")
    int u8MaxInt();

    @Symbol(name = "prim_u8_max", result = "u8")
    long u8MaxLong();

    @Symbol(name = "prim_add_u8", parameters = {"u8", "u8"}, result = "u8")
    int addU8(int a, int b);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8ToU32(byte raw);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8ToU32(int octet);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8ToU32(short octet);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8ToU32(long octet);

    // ---- u16
    @Symbol(name = "prim_id_u16", parameters = "u16", result = "u16")
    short idU16(short x);

    @Symbol(name = "prim_id_u16", parameters = "uint16", result = "uint16")
    char idU16(char x);

    @Symbol(name = "prim_id_u16", parameters = "u16", result = "u16")
    int idU16(int x);

    @Symbol(name = "prim_id_u16", parameters = "u16", result = "u16")
    long idU16(long x);

    @Symbol(name = "prim_u16_max", result = "u16")
    short u16MaxRaw();

    @Symbol(name = "prim_u16_max", result = "u16")
    char u16MaxChar();

    @Symbol(name = "prim_u16_max", result = "u16")
    int u16MaxInt();

    @Symbol(name = "prim_u16_max", result = "u16")
    long u16MaxLong();

    @Symbol(name = "prim_add_u16", parameters = {"u16", "u16"}, result = "u16")
    int addU16(int a, int b);

    @Symbol(name = "prim_u16_to_u32", parameters = "u16", result = "u32")
    long u16ToU32(short raw);

    @Symbol(name = "prim_u16_to_u32", parameters = "u16", result = "u32")
    long u16ToU32(char unit);

    @Symbol(name = "prim_u16_to_u32", parameters = "u16", result = "u32")
    long u16ToU32(int word);

    @Symbol(name = "prim_u16_to_u32", parameters = "u16", result = "u32")
    long u16ToU32(long word);

    // ---- u32
    @Symbol(name = "prim_id_u32", parameters = "u32", result = "u32")
    int idU32(int x);

    @Symbol(name = "prim_id_u32", parameters = "uint32", result = "uint32")
    long idU32(long x);

    @Symbol(name = "prim_u32_max", result = "u32")
    int u32MaxRaw();

    @Symbol(name = "prim_u32_max", result = "u32")
    long u32MaxLong();

    @Symbol(name = "prim_add_u32", parameters = {"u32", "u32"}, result = "u32")
    long addU32(long first, long second);

    @Symbol(name = "prim_half_u32", parameters = "u32", result = "u32")
    int halfU32(int raw);

    @Symbol(name = "prim_half_u32", parameters = "u32", result = "u32")
    long halfU32(long value);

    @Symbol(name = "prim_u32_to_u64", parameters = "u32", result = "u64")
    long u32ToU64(int raw);

    @Symbol(name = "prim_u32_to_u64", parameters = "u32", result = "u64")
    long u32ToU64(long value);

    // ---- u64, usize, ulong: always a Java long holding the raw bits
    @Symbol(name = "prim_id_u64", parameters = "u64", result = "u64")
    long idU64(long x);

    @Symbol(name = "prim_id_u64", parameters = "uint64", result = "uint64")
    long idUint64(long x);

    @Symbol(name = "prim_u64_max", result = "u64")
    long u64Max();

    @Symbol(name = "prim_half_u64", parameters = "u64", result = "u64")
    long halfU64(long x);

    @Symbol(name = "prim_u64_high", parameters = "u64", result = "u32")
    long u64High(long x);

    @Symbol(name = "prim_id_usize", parameters = "usize", result = "usize")
    long idUsize(long x);

    @Symbol(name = "prim_usize_max", result = "usize")
    long usizeMax();

    @Symbol(name = "prim_half_usize", parameters = "usize", result = "usize")
    long halfUsize(long x);

    @Symbol(name = "prim_sizeof_long", result = "usize")
    long sizeofLong();

    @Symbol(name = "prim_sizeof_pointer", result = "usize")
    long sizeofPointer();

    @Symbol(name = "prim_id_ulong", parameters = "ulong", result = "ulong")
    long idUlong(long x);

    @Symbol(name = "prim_ulong_max", result = "ulong")
    long ulongMax();

    @Symbol(name = "prim_half_ulong", parameters = "ulong", result = "ulong")
    long halfUlong(long x);

    @Override
    void close();
  }

  private static Unsigned lib;

  @BeforeAll
  static void load() {
    lib = Native.load(Unsigned.class);
  }

  @AfterAll
  static void unload() {
    lib.close();
  }

  @Test
  void uint8ThroughEveryJavaType() {
    assertEquals((byte) -1, lib.u8MaxRaw());
    assertEquals((short) 255, lib.u8MaxShort());
    assertEquals(255, lib.u8MaxInt());
    assertEquals(255L, lib.u8MaxLong());
    for (int v : new int[] {0, 1, 127, 128, 200, 255}) {
      assertEquals((byte) v, lib.idU8((byte) v));
      assertEquals((short) v, lib.idU8((short) v));
      assertEquals(v, lib.idU8(v));
      assertEquals((long) v, lib.idU8((long) v));
      assertEquals((long) v, lib.u8ToU32((byte) v), "raw byte " + (byte) v + " is " + v + " in C");
      assertEquals((long) v, lib.u8ToU32(v));
      assertEquals((long) v, lib.u8ToU32((short) v));
      assertEquals((long) v, lib.u8ToU32((long) v));
    }
    assertEquals(44, lib.addU8(200, 100), "wraps modulo 256 in C");
    assertEquals(255, lib.addU8(255, 0));
  }

  @Test
  void uint16ThroughEveryJavaType() {
    assertEquals((short) -1, lib.u16MaxRaw());
    assertEquals('\uFFFF', lib.u16MaxChar());
    assertEquals(65535, lib.u16MaxInt());
    assertEquals(65535L, lib.u16MaxLong());
    for (int v : new int[] {0, 1, 255, 256, 32767, 32768, 65535}) {
      assertEquals((short) v, lib.idU16((short) v));
      assertEquals((char) v, lib.idU16((char) v));
      assertEquals(v, lib.idU16(v));
      assertEquals((long) v, lib.idU16((long) v));
      assertEquals((long) v, lib.u16ToU32((short) v), "raw short " + (short) v + " is " + v + " in C");
      assertEquals((long) v, lib.u16ToU32((char) v));
      assertEquals((long) v, lib.u16ToU32(v));
      assertEquals((long) v, lib.u16ToU32((long) v));
    }
    assertEquals(4464, lib.addU16(65000, 5000), "wraps modulo 65536 in C");
  }

  @Test
  void uint32ThroughIntAndLong() {
    assertEquals(-1, lib.u32MaxRaw());
    assertEquals(0xFFFF_FFFFL, lib.u32MaxLong());
    assertEquals(4_294_967_295L, lib.u32MaxLong());
    for (long v : new long[] {0, 1, 0x7FFF_FFFFL, 0x8000_0000L, 3_000_000_000L, 0xFFFF_FFFFL}) {
      assertEquals((int) v, lib.idU32((int) v));
      assertEquals(v, lib.idU32(v));
      assertEquals(v, lib.u32ToU64((int) v), "raw int " + (int) v + " is " + v + " in C");
      assertEquals(v, lib.u32ToU64(v));
    }
    assertEquals(0x7FFF_FFFF, lib.halfU32(-1), "C divides UINT32_MAX, not -1");
    assertEquals(0x7FFF_FFFFL, lib.halfU32(0xFFFF_FFFFL));
    assertEquals(0L, lib.addU32(0xFFFF_FFFFL, 1), "wraps modulo 2^32 in C");
    assertEquals(0xFFFF_FFFEL, lib.addU32(0xFFFF_FFFFL, 0xFFFF_FFFFL));
  }

  @Test
  void uint64AsRawBits() {
    assertEquals(-1L, lib.u64Max());
    assertEquals("18446744073709551615", Long.toUnsignedString(lib.u64Max()));
    for (long v : new long[] {0, 1, Long.MAX_VALUE, Long.MIN_VALUE, -1, 0xDEAD_BEEF_CAFE_BABEL}) {
      assertEquals(v, lib.idU64(v));
      assertEquals(v, lib.idUint64(v));
      assertEquals(v, lib.idUsize(v));
      assertEquals(v, lib.idUlong(v));
    }
    assertEquals(Long.MAX_VALUE, lib.halfU64(-1L), "C divides UINT64_MAX, not -1");
    assertEquals(0x4000_0000_0000_0000L, lib.halfU64(Long.MIN_VALUE));
    assertEquals(0xFFFF_FFFFL, lib.u64High(-1L));
    assertEquals(0xDEAD_BEEFL, lib.u64High(0xDEAD_BEEF_CAFE_BABEL));
  }

  @Test
  void sizeAndCLong() {
    assertEquals(-1L, lib.usizeMax());
    assertEquals(-1L, lib.ulongMax());
    assertEquals(Long.MAX_VALUE, lib.halfUsize(-1L));
    assertEquals(Long.MAX_VALUE, lib.halfUlong(-1L));
    assertEquals(8L, lib.sizeofLong());
    assertEquals(8L, lib.sizeofPointer());
  }

  @Test
  void uint8OutOfRangeNamesTheParameter() {
    assertRejected(() -> lib.u8ToU32(256), "octet", "256");
    assertRejected(() -> lib.u8ToU32(-1), "octet", "-1");
    assertRejected(() -> lib.u8ToU32(Integer.MIN_VALUE), "octet", String.valueOf(Integer.MIN_VALUE));
    assertRejected(() -> lib.u8ToU32((short) 256), "octet", "256");
    assertRejected(() -> lib.u8ToU32((short) -128), "octet", "-128");
    assertRejected(() -> lib.u8ToU32(Long.MAX_VALUE), "octet", String.valueOf(Long.MAX_VALUE));
    assertRejected(() -> lib.u8ToU32(0x1_0000_0000L), "octet", "4294967296");
    assertRejected(() -> lib.addU8(1, 300), "'b'", "300");
    assertRejected(() -> lib.addU8(-5, 1), "'a'", "-5");
  }

  @Test
  void uint16OutOfRangeNamesTheParameter() {
    assertRejected(() -> lib.u16ToU32(65536), "word", "65536");
    assertRejected(() -> lib.u16ToU32(-1), "word", "-1");
    assertRejected(() -> lib.u16ToU32(-1L), "word", "-1");
    assertRejected(() -> lib.u16ToU32(1L << 32), "word", "4294967296");
    assertRejected(() -> lib.addU16(0, 70000), "'b'", "70000");
  }

  @Test
  void uint32OutOfRangeNamesTheParameter() {
    assertRejected(() -> lib.u32ToU64(0x1_0000_0000L), "value", "4294967296");
    assertRejected(() -> lib.u32ToU64(-1L), "value", "-1");
    assertRejected(() -> lib.u32ToU64(Long.MIN_VALUE), "value", String.valueOf(Long.MIN_VALUE));
    assertRejected(() -> lib.addU32(1, 1L << 40), "second", String.valueOf(1L << 40));
    assertRejected(() -> lib.addU32(-2, 1), "first", "-2");
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertEquals(0L, lib.u8ToU32(0));
    assertEquals(255L, lib.u8ToU32(255L));
    assertEquals(65535L, lib.u16ToU32(65535));
    assertEquals(0L, lib.u16ToU32(0L));
    assertEquals(0xFFFF_FFFFL, lib.u32ToU64(0xFFFF_FFFFL));
    assertEquals(0L, lib.u32ToU64(0L));
  }

  private static void assertRejected(Executable call, String parameter, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(parameter), () -> "should name " + parameter + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(value), () -> "should show " + value + ": " + e.getMessage());
  }
}
