package io.ffibind.tests.readme;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** README, "Optional symbols": kept verbatim. */
@NativeLibrary("z")
public interface ZlibCompat {
  // uLong crc32_z(uLong crc, const Bytef *buf, z_size_t len): zlib 1.2.9 and later only
  @Symbol(name = "crc32_z", parameters = {"ulong", "const buffer[len]", "usize"}, result = "ulong", optional = true)
  long crc32z(long crc, byte[] buf, long len);

  @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
  long crc32(long crc, byte[] buf, int len);

  default long checksum(byte[] data) {
    return Native.isPresent(this, "crc32_z") ? crc32z(0, data, data.length) : crc32(0, data, data.length);
  }
}
