package io.ffibind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * Native memory for the arguments of one call: strings, copied arrays, out-parameters. Each platform
 * thread owns one block and bumps through it, so a call allocates no native memory and shares nothing
 * with other threads; nested calls (a callback that calls C again) stack on top and are released in
 * order. Requests too big for the block, and calls on virtual threads (which may be millions), get a
 * confined arena that is closed when the call returns.
 *
 * <pre>{@code
 * Scratch s = Scratch.get();
 * long mark = s.mark();
 * try { ... s.allocate(n) ... } finally { s.release(mark); }
 * }</pre>
 */
public final class Scratch implements SegmentAllocator {
  private static final long BLOCK_SIZE = 16 * 1024;
  private static final ThreadLocal<Scratch> PER_THREAD =
      ThreadLocal.withInitial(() -> new Scratch(Arena.ofAuto().allocate(BLOCK_SIZE, 16)));

  private final MemorySegment block;
  private long offset;
  private final List<Arena> overflow = new ArrayList<>();

  private Scratch(MemorySegment block) {
    this.block = block;
  }

  /** The calling thread's scratch memory. */
  public static Scratch get() {
    if (Thread.currentThread().isVirtual()) {
      return new Scratch(MemorySegment.NULL);
    }
    return PER_THREAD.get();
  }

  /** Where the current call's allocations start: the block offset and the number of overflow arenas. */
  public long mark() {
    return offset | ((long) overflow.size() << 32);
  }

  /** Frees everything allocated since {@code mark}. */
  public void release(long mark) {
    offset = mark & 0xFFFF_FFFFL;
    int keep = (int) (mark >>> 32);
    for (int i = overflow.size() - 1; i >= keep; i--) {
      overflow.remove(i).close();
    }
  }

  @Override
  public MemorySegment allocate(long byteSize, long byteAlignment) {
    long start = (offset + byteAlignment - 1) & -byteAlignment;
    if (start + byteSize <= block.byteSize()) {
      offset = start + byteSize;
      return block.asSlice(start, byteSize);
    }
    Arena arena = Arena.ofConfined();
    overflow.add(arena);
    return arena.allocate(byteSize, byteAlignment);
  }
}
