package io.ffibind.internal;

import java.util.function.BiFunction;

/**
 * The range checks of C's unsigned types, for arguments ({@link Args}) and struct fields ({@link
 * StructFields}) alike: the two differ only in the exception they throw, which {@code failure} builds
 * from the name of the value and a detail such as {@code = 256 does not fit C type u8 (0 to 255)}.
 */
final class Unsigned {
  private Unsigned() {}

  static byte u8(long value, String where, BiFunction<String, String, RuntimeException> failure) {
    if (value < 0 || value > 0xFF) {
      throw failure.apply(where, outOfRange(value, "u8", "0 to 255"));
    }
    return (byte) value;
  }

  static short u16(long value, String where, BiFunction<String, String, RuntimeException> failure) {
    if (value < 0 || value > 0xFFFF) {
      throw failure.apply(where, outOfRange(value, "u16", "0 to 65535"));
    }
    return (short) value;
  }

  static int u32(long value, String where, BiFunction<String, String, RuntimeException> failure) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw failure.apply(where, outOfRange(value, "u32", "0 to 4294967295"));
    }
    return (int) value;
  }

  private static String outOfRange(long value, String type, String range) {
    return "= " + value + " does not fit C type " + type + " (" + range + ")";
  }
}
