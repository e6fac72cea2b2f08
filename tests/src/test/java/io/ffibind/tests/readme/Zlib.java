package io.ffibind.tests.readme;

import io.ffibind.Critical;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** README, "Strings, buffers, arrays and out-parameters": kept verbatim. */
@NativeLibrary("z")
public interface Zlib {
  // uLong compressBound(uLong sourceLen)
  @Symbol(parameters = {"ulong"}, result = "ulong")
  long compressBound(long sourceLen);

  // int compress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen)
  @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
  int compress(byte[] dest, long[] destLen, byte[] source, long sourceLen);

  @Critical // a leaf call: the Java array is read in place, no copy
  @Symbol(parameters = {"ulong", "const u8[len]", "u32"}, result = "ulong")
  long crc32(long crc, byte[] buf, int len);
}
