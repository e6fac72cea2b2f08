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
      ThreadLocal.withInitial(
          () -> new Scratch(Arena.ofAuto().allocate(BLOCK_SIZE, 16), Thread.currentThread().threadId()));

  /**
   * A cache in front of {@link #PER_THREAD}, indexed by thread id: a hit costs an array load and one
   * comparison where a {@code ThreadLocal} lookup costs a hash probe, a few nanoseconds on every call.
   * Slots are written racily; that is safe because a slot is used only when its scratch's final
   * {@link #owner} is the calling thread's id (ids are never reused), and only that thread ever
   * writes its scratch. Colliding threads just take the ThreadLocal path. A slot can keep the block of
   * a thread that ended until another thread takes the slot: at most {@code CACHE_SIZE} blocks.
   */
  private static final int CACHE_SIZE = 64;

  private static final Scratch[] CACHE = new Scratch[CACHE_SIZE];

  /** The thread's block, or null on a virtual thread. */
  private final MemorySegment block;
  /** The id of the thread that owns this scratch. */
  private final long owner;
  private long offset;
  private final List<Arena> spills = new ArrayList<>();
  private MemorySegment chunk;
  private long chunkOffset;
  /** Callbacks lent to C through struct fields of records written here; created when first needed. */
  private LentCallbacks lent;

  private Scratch(MemorySegment block, long owner) {
    this.block = block;
    this.owner = owner;
  }

  /** The calling thread's scratch memory. */
  public static Scratch get() {
    Thread thread = Thread.currentThread();
    long id = thread.threadId();
    Scratch cached = CACHE[slot(id)];
    if (cached != null && cached.owner == id) {
      return cached;
    }
    return miss(thread, id);
  }

  private static Scratch miss(Thread thread, long id) {
    if (thread.isVirtual()) {
      return new Scratch(null, id); // never cached: the next call on this thread spills again
    }
    Scratch scratch = PER_THREAD.get();
    CACHE[slot(id)] = scratch;
    return scratch;
  }

  private static int slot(long threadId) {
    return (int) threadId & (CACHE_SIZE - 1);
  }

  /** The callbacks this thread's calls lend C through struct fields (see {@link LentCallbacks}). */
  public LentCallbacks lent() {
    LentCallbacks l = lent;
    return l != null ? l : (lent = new LentCallbacks());
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
      closeSpills(keep); // out of line: release is inlined into every generated call, often twice
    }
  }

  private void closeSpills(int keep) {
    for (int i = spills.size() - 1; i >= keep; i--) {
      spills.remove(i).close();
    }
    chunk = null; // it belonged to a closed arena; an outer call's chunk is not resumed
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

  /** Where strings are encoded before one bulk copy into the block: per-byte native stores cost more. */
  private byte[] staging;

  /**
   * A NUL-terminated copy of {@code s} in this thread's block, encoded by hand into a reused {@code
   * byte[]} and copied in one bulk copy (no {@code byte[]} allocated per call): for UTF-8 (any string,
   * surrogate pairs included), ISO-8859-1 and US-ASCII. Returns null when the fast path does not apply
   * (no block, too long, no room, another charset) or when the string needs the strict path's error:
   * U+0000 inside, a lone surrogate, a character the charset cannot hold.
   */
  MemorySegment cString(String s, Charset charset) {
    MemorySegment b = block;
    int n = s.length();
    long start = offset;
    // Worst case 3 bytes per char (a surrogate pair takes 4 bytes for 2 chars), plus the NUL.
    if (b == null || n > STRING_FAST_PATH || start + 3L * n + 1 > BLOCK_SIZE) {
      return null;
    }
    byte[] buffer = staging;
    if (buffer == null) {
      buffer = staging = new byte[3 * STRING_FAST_PATH + 1];
    }
    int length;
    if (charset == StandardCharsets.UTF_8) {
      length = utf8(buffer, s, n);
    } else if (charset == StandardCharsets.ISO_8859_1 || charset == StandardCharsets.US_ASCII) {
      length = singleByte(buffer, s, n, charset == StandardCharsets.US_ASCII ? 0x80 : 0x100);
    } else {
      return null;
    }
    if (length < 0) {
      return null;
    }
    buffer[length] = 0;
    MemorySegment.copy(buffer, 0, b, ValueLayout.JAVA_BYTE, start, length + 1);
    offset = start + length + 1;
    return b.asSlice(start, length + 1);
  }

  /** Encodes {@code s} as UTF-8; returns its length, or -1 for U+0000 or a lone surrogate. */
  private static int utf8(byte[] out, String s, int n) {
    int i = 0;
    for (; i < n; i++) { // ASCII, the common case, in a loop of its own; U+0000 wraps around
      char c = s.charAt(i);
      if ((char) (c - 1) >= 0x7F) {
        break;
      }
      out[i] = (byte) c;
    }
    int j = i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if ((char) (c - 1) < 0x7F) {
        out[j++] = (byte) c;
      } else if (c == 0) {
        return -1;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | c >> 6);
        out[j++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        out[j++] = (byte) (0xE0 | c >> 12);
        out[j++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[j++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out[j++] = (byte) (0xF0 | cp >> 18);
        out[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[j++] = (byte) (0x80 | cp & 0x3F);
      } else {
        return -1; // a lone surrogate: UTF-8 cannot encode it
      }
    }
    return j;
  }

  /** One byte per char below {@code limit}; returns the length, or -1 for U+0000 or a char past it. */
  private static int singleByte(byte[] out, String s, int n, int limit) {
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0 || c >= limit) {
        return -1;
      }
      out[i] = (byte) c;
    }
    return n;
  }

  private static long align(long offset, long alignment) {
    return (offset + alignment - 1) & -alignment;
  }
}
