package io.ffibind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Native memory for the arguments of one call: strings, copied arrays, out-parameters. Each platform
 * thread owns one block and bumps through it, so a call allocates no native memory and shares nothing
 * with other threads; nested calls (a callback that calls C again) stack on top and are released in
 * order. What does not fit goes to spill chunks from confined arenas, closed when the call that
 * needed them returns. Virtual threads (there may be millions) get no block: all their call memory
 * is spilled.
 *
 * <pre>{@code
 * Scratch s = Scratch.get();
 * long mark = s.mark();
 * try { ... s.allocate(n) ... } finally { s.release(mark); }
 * }</pre>
 */
public final class Scratch implements SegmentAllocator {
  private static final long BLOCK_SIZE = 16 * 1024;
  private static final long SPILL_CHUNK = 64 * 1024;
  private static final ThreadLocal<Scratch> PER_THREAD =
      ThreadLocal.withInitial(() -> new Scratch(Arena.ofAuto().allocate(BLOCK_SIZE, 16)));

  /** The thread's block, or null on a virtual thread. */
  private final MemorySegment block;
  private long offset;
  private final List<Arena> spills = new ArrayList<>();
  private MemorySegment chunk;
  private long chunkOffset;

  private Scratch(MemorySegment block) {
    this.block = block;
  }

  /** The calling thread's scratch memory. */
  public static Scratch get() {
    if (Thread.currentThread().isVirtual()) {
      return new Scratch(null);
    }
    return PER_THREAD.get();
  }

  /** Where the current call's allocations start: the block offset and the number of spill arenas. */
  public long mark() {
    return offset | ((long) spills.size() << 32);
  }

  /** Frees everything allocated since {@code mark}. */
  public void release(long mark) {
    offset = mark & 0xFFFF_FFFFL;
    int keep = (int) (mark >>> 32);
    if (spills.size() > keep) {
      for (int i = spills.size() - 1; i >= keep; i--) {
        spills.remove(i).close();
      }
      chunk = null; // it belonged to a closed arena; an outer call's chunk is not resumed
    }
  }

  @Override
  public MemorySegment allocate(long byteSize, long byteAlignment) {
    if (block != null) {
      long start = align(offset, byteAlignment);
      if (start + byteSize <= block.byteSize()) {
        offset = start + byteSize;
        return block.asSlice(start, byteSize);
      }
    }
    if (chunk != null) {
      long start = align(chunkOffset, byteAlignment);
      if (start + byteSize <= chunk.byteSize()) {
        chunkOffset = start + byteSize;
        return chunk.asSlice(start, byteSize);
      }
    }
    Arena arena = Arena.ofConfined();
    spills.add(arena);
    if (byteSize > SPILL_CHUNK / 2) {
      return arena.allocate(byteSize, byteAlignment); // a large request gets an arena of its own
    }
    chunk = arena.allocate(SPILL_CHUNK, 16);
    chunkOffset = align(0, byteAlignment) + byteSize;
    return chunk.asSlice(0, byteSize);
  }

  /** Longer strings take the general path: they cost more than the copy saves. */
  private static final int STRING_FAST_PATH = 1024;

  /**
   * A NUL-terminated copy of {@code s} encoded straight into this thread's block, with no intermediate
   * {@code byte[]}: for UTF-8 (any string, surrogate pairs included), ISO-8859-1 and US-ASCII. Returns
   * null when the fast path does not apply (no block, too long, no room, another charset) or when the
   * string needs the strict path's error: U+0000 inside, a lone surrogate, a character the charset
   * cannot hold. Nothing is allocated then.
   */
  MemorySegment cString(String s, Charset charset) {
    MemorySegment b = block;
    int n = s.length();
    long start = offset;
    // Worst case 3 bytes per char (a surrogate pair takes 4 bytes for 2 chars), plus the NUL.
    if (b == null || n > STRING_FAST_PATH || start + 3L * n + 1 > BLOCK_SIZE) {
      return null;
    }
    long end;
    if (charset == StandardCharsets.UTF_8) {
      end = utf8(b, start, s, n);
    } else if (charset == StandardCharsets.ISO_8859_1 || charset == StandardCharsets.US_ASCII) {
      end = singleByte(b, start, s, n, charset == StandardCharsets.US_ASCII ? 0x80 : 0x100);
    } else {
      return null;
    }
    if (end < 0) {
      return null;
    }
    b.set(ValueLayout.JAVA_BYTE, end, (byte) 0);
    offset = end + 1;
    return b.asSlice(start, end + 1 - start);
  }

  /** Writes {@code s} as UTF-8 from {@code at}; returns the end, or -1 for U+0000 or a lone surrogate. */
  private static long utf8(MemorySegment b, long at, String s, int n) {
    long j = at;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((char) (c - 1) < 0x7F) { // 1 to 0x7F: ASCII, the common case; U+0000 wraps around
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) c);
      } else if (c == 0) {
        return -1;
      } else if (c < 0x800) {
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0xC0 | c >> 6));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0xE0 | c >> 12));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | c >> 6 & 0x3F));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0xF0 | cp >> 18));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | cp >> 12 & 0x3F));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | cp >> 6 & 0x3F));
        b.set(ValueLayout.JAVA_BYTE, j++, (byte) (0x80 | cp & 0x3F));
      } else {
        return -1; // a lone surrogate: UTF-8 cannot encode it
      }
    }
    return j;
  }

  /** Writes one byte per char below {@code limit}; returns the end, or -1 for U+0000 or a char past it. */
  private static long singleByte(MemorySegment b, long at, String s, int n, int limit) {
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0 || c >= limit) {
        return -1;
      }
      b.set(ValueLayout.JAVA_BYTE, at + i, (byte) c);
    }
    return at + n;
  }

  private static long align(long offset, long alignment) {
    return (offset + alignment - 1) & -alignment;
  }
}
