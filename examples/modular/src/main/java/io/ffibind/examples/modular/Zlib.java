package io.ffibind.examples.modular;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** A few zlib functions, bound from a named module. */
@NativeLibrary("z")
interface Zlib {
  @Symbol(result = "string")
  String zlibVersion();

  @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
  long crc32(long crc, byte[] buf, int len);

  @Symbol(parameters = "ulong", result = "ulong")
  long compressBound(long sourceLen);
}
