package io.ffibind.examples;

import io.ffibind.Native;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Random;

/**
 * Streams a multi-megabyte input through zlib's {@code deflate} and back through {@code inflate} in
 * 64 KiB chunks, zlib's own {@code zpipe.c} written in Java: a {@code z_stream} in an arena whose
 * {@code next_in}/{@code avail_in}/{@code next_out}/{@code avail_out} C advances in place.
 */
public final class ZlibStreamExample {
  static final int CHUNK = 64 * 1024;

  /** What the round trip did. */
  public record Result(
      int inputSize, long compressedSize, long totalIn, long totalOut, int deflateCalls, int inflateCalls,
      boolean roundTripEqual) {
    void print(PrintStream out) {
      out.println("zlib  deflate " + inputSize + " bytes in " + CHUNK / 1024 + " KiB chunks = " + compressedSize
          + " bytes, " + deflateCalls + " deflate() calls, total_in " + totalIn);
      out.println("zlib  inflate back                  = " + totalOut + " bytes, " + inflateCalls
          + " inflate() calls, equal: " + roundTripEqual);
    }
  }

  private ZlibStreamExample() {}

  public static Result run() {
    return run(input(8 * 1024 * 1024));
  }

  static Result run(byte[] input) {
    try (ZlibStream z = Native.load(ZlibStream.class); Arena arena = Arena.ofConfined()) {
      MemorySegment in = arena.allocate(CHUNK);
      MemorySegment out = arena.allocate(CHUNK);
      MemorySegment strm = Ffibind_ZlibStream_ZStream.allocate(arena); // zeroed: default allocators
      int[] calls = new int[2];
      byte[] compressed = deflate(z, strm, input, in, out, calls);
      long totalIn = Ffibind_ZlibStream_ZStream.total_in(strm);
      Ffibind_ZlibStream_ZStream.write(strm, new ZlibStream.ZStream(null, 0, 0, null, 0, 0, null, null, null,
          null, null, 0, 0, 0), arena); // reset for inflate
      byte[] restored = inflate(z, strm, compressed, in, out, calls);
      long totalOut = Ffibind_ZlibStream_ZStream.total_out(strm);
      check(z.inflateEnd(strm), "inflateEnd", strm);
      return new Result(input.length, compressed.length, totalIn, totalOut, calls[0], calls[1],
          Arrays.equals(input, restored));
    }
  }

  private static byte[] deflate(
      ZlibStream z, MemorySegment strm, byte[] input, MemorySegment in, MemorySegment out, int[] calls) {
    check(z.deflateInit_(strm, ZlibStream.Z_DEFAULT_COMPRESSION, z.zlibVersion(),
        (int) Ffibind_ZlibStream_ZStream.SIZE), "deflateInit", strm);
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    int offset = 0;
    int flush;
    do {
      int n = Math.min(CHUNK, input.length - offset);
      MemorySegment.copy(input, offset, in, ValueLayout.JAVA_BYTE, 0, n);
      offset += n;
      flush = offset == input.length ? ZlibStream.Z_FINISH : ZlibStream.Z_NO_FLUSH;
      Ffibind_ZlibStream_ZStream.next_in(strm, in);
      Ffibind_ZlibStream_ZStream.avail_in(strm, n);
      do { // run deflate() until it leaves room in the output: all of this chunk's input is consumed
        Ffibind_ZlibStream_ZStream.next_out(strm, out);
        Ffibind_ZlibStream_ZStream.avail_out(strm, CHUNK);
        int status = z.deflate(strm, flush);
        calls[0]++;
        if (status < 0) {
          check(status, "deflate", strm);
        }
        int have = CHUNK - Ffibind_ZlibStream_ZStream.avail_out(strm);
        result.write(out.asSlice(0, have).toArray(ValueLayout.JAVA_BYTE), 0, have);
      } while (Ffibind_ZlibStream_ZStream.avail_out(strm) == 0);
      if (Ffibind_ZlibStream_ZStream.avail_in(strm) != 0) {
        throw new IllegalStateException("deflate left input behind");
      }
    } while (flush != ZlibStream.Z_FINISH);
    check(z.deflateEnd(strm), "deflateEnd", strm);
    return result.toByteArray();
  }

  private static byte[] inflate(
      ZlibStream z, MemorySegment strm, byte[] compressed, MemorySegment in, MemorySegment out, int[] calls) {
    check(z.inflateInit_(strm, z.zlibVersion(), (int) Ffibind_ZlibStream_ZStream.SIZE), "inflateInit", strm);
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    int offset = 0;
    int status = ZlibStream.Z_OK;
    while (status != ZlibStream.Z_STREAM_END && offset < compressed.length) {
      int n = Math.min(CHUNK, compressed.length - offset);
      MemorySegment.copy(compressed, offset, in, ValueLayout.JAVA_BYTE, 0, n);
      offset += n;
      Ffibind_ZlibStream_ZStream.next_in(strm, in);
      Ffibind_ZlibStream_ZStream.avail_in(strm, n);
      do {
        Ffibind_ZlibStream_ZStream.next_out(strm, out);
        Ffibind_ZlibStream_ZStream.avail_out(strm, CHUNK);
        status = z.inflate(strm, ZlibStream.Z_NO_FLUSH);
        calls[1]++;
        if (status < 0 && status != -5) { // Z_BUF_ERROR only means "no progress possible", not an error
          check(status, "inflate", strm);
        }
        int have = CHUNK - Ffibind_ZlibStream_ZStream.avail_out(strm);
        result.write(out.asSlice(0, have).toArray(ValueLayout.JAVA_BYTE), 0, have);
      } while (Ffibind_ZlibStream_ZStream.avail_out(strm) == 0);
    }
    if (status != ZlibStream.Z_STREAM_END) {
      throw new IllegalStateException("inflate ended early, status " + status);
    }
    return result.toByteArray();
  }

  private static void check(int status, String what, MemorySegment strm) {
    if (status != ZlibStream.Z_OK) {
      throw new IllegalStateException(what + " failed with " + status + ": " + Ffibind_ZlibStream_ZStream.msg(strm));
    }
  }

  /** Text-like bytes that compress, with some randomness so that they do not compress to nothing. */
  static byte[] input(int size) {
    Random random = new Random(42);
    String[] words = {"ffibind ", "binds ", "C ", "from ", "Java ", "checked ", "at ", "compile ", "time. "};
    byte[] out = new byte[size];
    int i = 0;
    while (i < size) {
      byte[] word = words[random.nextInt(words.length)].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int n = Math.min(word.length, size - i);
      System.arraycopy(word, 0, out, i, n);
      i += n;
      if (random.nextInt(50) == 0 && i < size) {
        out[i++] = (byte) random.nextInt(256);
      }
    }
    return out;
  }
}
