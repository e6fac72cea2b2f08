package io.ffibind.internal;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;

/**
 * The layouts of C's platform-sized types, taken from the native linker so that they are right for
 * the platform we run on. ffibind maps them to Java {@code long}, so it needs an LP64 platform
 * (Linux and macOS on 64-bit processors); elsewhere loading a binding that uses them fails clearly.
 */
public final class CLayouts {
  /** C {@code long} / {@code unsigned long}. */
  public static final ValueLayout.OfLong C_LONG = lp64("long");

  /** C {@code size_t}, also used for {@code ssize_t}. */
  public static final ValueLayout.OfLong C_SIZE_T = lp64("size_t");

  /** C {@code long} at any address, for packed structs. */
  public static final ValueLayout.OfLong C_LONG_UNALIGNED = C_LONG.withByteAlignment(1);

  /** C {@code size_t} at any address, for packed structs. */
  public static final ValueLayout.OfLong C_SIZE_T_UNALIGNED = C_SIZE_T.withByteAlignment(1);

  /** C pointers, of unknown target size. */
  public static final AddressLayout C_POINTER = ValueLayout.ADDRESS;

  private CLayouts() {}

  private static ValueLayout.OfLong lp64(String name) {
    MemoryLayout layout = Linker.nativeLinker().canonicalLayouts().get(name);
    if (layout instanceof ValueLayout.OfLong ofLong) {
      return ofLong;
    }
    throw new UnsupportedOperationException(
        "C " + name + " is " + layout.byteSize() + " bytes on this platform; ffibind maps it to Java long"
            + " and supports only LP64 platforms (64-bit Linux and macOS)");
  }
}
