package io.ffibind.examples;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.concurrent.CompletableFuture;

/**
 * zlib's one-shot API. {@code uLong} is C's {@code unsigned long} ({@code "ulong"}); {@code uInt}
 * lengths are {@code "u32"}, so a Java {@code int} length is read as unsigned.
 */
@NativeLibrary("z")
public interface Zlib extends AutoCloseable {
  /** {@code Z_OK}. */
  int OK = 0;

  @Symbol(result = "string")
  String zlibVersion();

  @Symbol(parameters = "ulong", result = "ulong")
  long compressBound(long sourceLen);

  /** Starts from {@code crc} = 0; the buffer's declared length is checked before the call. */
  @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
  long crc32(long crc, byte[] buf, int len);

  @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
  long adler32(long adler, byte[] buf, int len);

  /**
   * {@code destLen[0]} holds the capacity of {@code dest} on the way in and the compressed size on
   * the way out.
   */
  @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
  int compress(byte[] dest, long[] destLen, byte[] source, long sourceLen);

  @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
  int uncompress(byte[] dest, long[] destLen, byte[] source, long sourceLen);

  /**
   * {@code compress2} on another thread: the method returns at once, and the future completes once
   * {@code dest} and {@code destLen} hold what C wrote.
   */
  @Symbol(
      name = "compress2",
      parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong", "i32"},
      result = "i32",
      nonblocking = true)
  CompletableFuture<Integer> compressLater(byte[] dest, long[] destLen, byte[] source, long sourceLen, int level);

  @Override
  void close();
}
