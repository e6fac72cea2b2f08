package io.ffibind.examples;

import io.ffibind.Native;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Compresses a large buffer with zlib on another thread while the main thread keeps working, then
 * checks the result with the JDK's own inflater.
 */
public final class NonblockingZlibExample {
  static final int SIZE = 8 * 1024 * 1024;

  /** What happened. */
  public record Result(
      int size, int status, long compressedSize, long javaCrc, boolean mainThreadFinishedFirst, boolean roundTripEqual) {
    void print(PrintStream out) {
      out.println("zlib  compress2, " + (size >> 20) + " MiB, nonblocking = status " + status + ", " + compressedSize
          + " bytes");
      out.printf("zlib  meanwhile Java's CRC32         = 0x%08x (done before zlib: %s)%n", javaCrc,
          mainThreadFinishedFirst);
      out.println("zlib  inflated back equal            = " + roundTripEqual);
    }
  }

  private NonblockingZlibExample() {}

  public static Result run() {
    byte[] source = sample(SIZE);
    try (Zlib z = Native.load(Zlib.class)) {
      byte[] dest = new byte[(int) z.compressBound(source.length)];
      long[] destLen = {dest.length};
      CompletableFuture<Integer> compressing = z.compressLater(dest, destLen, source, source.length, 6);
      // The call returned at once: the main thread does its own work while zlib compresses.
      CRC32 crc = new CRC32();
      crc.update(source);
      boolean finishedFirst = !compressing.isDone();
      int status = compressing.join(); // dest and destLen hold C's writes once the future is done
      boolean equal = status == Zlib.OK && Arrays.equals(source, inflate(dest, (int) destLen[0], source.length));
      return new Result(source.length, status, destLen[0], crc.getValue(), finishedFirst, equal);
    }
  }

  /** Text with some variety, so that compressing it takes a while. */
  static byte[] sample(int size) {
    byte[] out = new byte[size];
    long x = 0x9E3779B97F4A7C15L;
    byte[] words = "ffibind binds C from Java checked at compile time nonblocking ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < size; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      out[i] = (x & 15) == 0 ? (byte) ('a' + (x >>> 8 & 15)) : words[i % words.length];
    }
    return out;
  }

  private static byte[] inflate(byte[] compressed, int length, int size) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed, 0, length);
      byte[] out = new byte[size];
      int n = inflater.inflate(out);
      return n == size && inflater.finished() ? out : new byte[0];
    } catch (DataFormatException e) {
      return new byte[0];
    } finally {
      inflater.end();
    }
  }
}
