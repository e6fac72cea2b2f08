package io.ffibind.examples;

import io.ffibind.Native;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Checksums and a compress/uncompress round trip through zlib. */
public final class ZlibExample {
  /** What the calls returned. */
  public record Result(
      String version,
      long bound,
      long crc32Hello,
      long crc32Split,
      long adler32Hello,
      int compressStatus,
      long compressedSize,
      int uncompressStatus,
      long restoredSize,
      boolean roundTripEqual) {
    void print(PrintStream out) {
      out.println("zlib  zlibVersion()          = " + version);
      out.println("zlib  compressBound(10000)   = " + bound);
      out.printf("zlib  crc32(\"hello\")         = 0x%08x%n", crc32Hello);
      out.printf("zlib  crc32(\"hel\" + \"lo\")    = 0x%08x%n", crc32Split);
      out.printf("zlib  adler32(\"hello\")       = 0x%08x%n", adler32Hello);
      out.println("zlib  compress 10000 bytes   = status " + compressStatus + ", " + compressedSize + " bytes");
      out.println("zlib  uncompress             = status " + uncompressStatus + ", " + restoredSize + " bytes");
      out.println("zlib  round trip equal       = " + roundTripEqual);
    }
  }

  private ZlibExample() {}

  public static Result run() {
    byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
    byte[] text = sample(10_000);
    try (Zlib z = Native.load(Zlib.class)) {
      long split = z.crc32(z.crc32(0, hello, 3), Arrays.copyOfRange(hello, 3, 5), 2);
      byte[] compressed = new byte[(int) z.compressBound(text.length)];
      long[] compressedLen = {compressed.length};
      int compressStatus = z.compress(compressed, compressedLen, text, text.length);
      byte[] restored = new byte[text.length];
      long[] restoredLen = {restored.length};
      int uncompressStatus =
          z.uncompress(restored, restoredLen, Arrays.copyOf(compressed, (int) compressedLen[0]), compressedLen[0]);
      return new Result(
          z.zlibVersion(),
          z.compressBound(10_000),
          z.crc32(0, hello, hello.length),
          split,
          z.adler32(1, hello, hello.length),
          compressStatus,
          compressedLen[0],
          uncompressStatus,
          restoredLen[0],
          Arrays.equals(text, restored));
    }
  }

  /** Repetitive text, so that compression visibly shrinks it. */
  static byte[] sample(int size) {
    byte[] out = new byte[size];
    byte[] phrase = "ffibind binds C from Java, checked at compile time. ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < size; i++) {
      out[i] = phrase[i % phrase.length];
    }
    return out;
  }
}
