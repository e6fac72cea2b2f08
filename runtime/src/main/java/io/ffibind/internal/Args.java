package io.ffibind.internal;

/**
 * Argument checks the generated code makes before a call, so that a bad value fails in Java with a
 * message naming the parameter instead of being truncated or overrunning native memory.
 */
public final class Args {
  private Args() {}

  /** An unsigned 8-bit value held in a wider Java type. */
  public static byte u8(long value, String where) {
    return Unsigned.u8(value, where, Args::outOfRange);
  }

  /** An unsigned 16-bit value held in a wider Java type. */
  public static short u16(long value, String where) {
    return Unsigned.u16(value, where, Args::outOfRange);
  }

  /** An unsigned 32-bit value held in a Java long. */
  public static int u32(long value, String where) {
    return Unsigned.u32(value, where, Args::outOfRange);
  }

  /** A length or count taken from another argument; it must not be negative. */
  public static long count(long value, String where) {
    if (value < 0) {
      throw new IllegalArgumentException(where + " is " + value + ": a length cannot be negative");
    }
    return value;
  }

  /**
   * Checks that an argument holds at least {@code needed} elements (or bytes) before C reads or
   * writes that many.
   */
  public static void atLeast(long available, long needed, String unit, String where) {
    if (needed < 0) {
      throw new IllegalArgumentException(where + ": the declared length is negative (" + needed + ")");
    }
    if (available < needed) {
      throw new IllegalArgumentException(
          where + " has " + available + " " + unit + " but C uses " + needed + ": pass a larger one");
    }
  }

  /** A null array is passed as NULL, which is only safe when C uses none of it. */
  public static void absent(long needed, String where) {
    if (needed != 0) {
      throw new IllegalArgumentException(
          where + " is null but C uses " + needed + " of it: pass memory, or a length of 0");
    }
  }

  private static IllegalArgumentException outOfRange(String where, String detail) {
    return new IllegalArgumentException(where + " " + detail);
  }
}
