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

  private static long align(long offset, long alignment) {
    return (offset + alignment - 1) & -alignment;
  }
}
