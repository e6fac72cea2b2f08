package io.ffibind.examples;

import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/**
 * zlib's streaming API: {@code deflate} and {@code inflate} work on a {@code z_stream} that the
 * caller keeps in native memory and that C updates in place on every call ({@code next_in},
 * {@code avail_in}, {@code next_out}, {@code avail_out}, totals, its private state). The struct is
 * passed as a {@code MemorySegment} and read and written through its companion, {@code
 * Ffibind_ZStream}.
 */
@NativeLibrary("z")
public interface ZlibStream extends AutoCloseable {
  int Z_OK = 0;
  int Z_STREAM_END = 1;
  int Z_NO_FLUSH = 0;
  int Z_FINISH = 4;
  int Z_DEFAULT_COMPRESSION = -1;

  /** {@code z_stream} as zlib.h declares it; {@code sizeof} is 112 on LP64. */
  @Struct(name = "z_stream", size = 112, align = 8)
  record ZStream(
      MemorySegment next_in,
      @Field("u32") int avail_in,
      @Field("ulong") long total_in,
      MemorySegment next_out,
      @Field("u32") int avail_out,
      @Field("ulong") long total_out,
      String msg,
      MemorySegment state,
      @Field("function") MemorySegment zalloc,
      @Field("function") MemorySegment zfree,
      MemorySegment opaque,
      int data_type,
      @Field("ulong") long adler,
      @Field("ulong") long reserved) {}

  @Symbol(result = "string")
  String zlibVersion();

  /** What the {@code deflateInit(strm, level)} macro calls. */
  @Symbol(parameters = {"z_stream*", "i32", "string", "i32"}, result = "i32")
  int deflateInit_(MemorySegment strm, int level, String version, int streamSize);

  @Symbol(parameters = {"z_stream*", "i32"}, result = "i32")
  int deflate(MemorySegment strm, int flush);

  @Symbol(parameters = "z_stream*", result = "i32")
  int deflateEnd(MemorySegment strm);

  /** What the {@code inflateInit(strm)} macro calls. */
  @Symbol(parameters = {"z_stream*", "string", "i32"}, result = "i32")
  int inflateInit_(MemorySegment strm, String version, int streamSize);

  @Symbol(parameters = {"z_stream*", "i32"}, result = "i32")
  int inflate(MemorySegment strm, int flush);

  @Symbol(parameters = "z_stream*", result = "i32")
  int inflateEnd(MemorySegment strm);

  @Override
  void close();
}
