package io.ffibind.tests.readme;

import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.concurrent.CompletableFuture;

/** README, "Nonblocking calls": kept verbatim. */
@NativeLibrary("z")
public interface ZlibAsync {
  @Symbol(parameters = {"ulong"}, result = "ulong")
  long compressBound(long sourceLen);

  @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> compress(byte[] dest, long[] destLen, byte[] source, long sourceLen);
}
