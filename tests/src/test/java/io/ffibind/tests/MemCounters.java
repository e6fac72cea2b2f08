package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/**
 * The bookkeeping memory.c keeps, so that tests can see from C's side whether a call happened and
 * whether what C allocated was freed.
 */
@NativeLibrary("ffibind_fixtures")
interface MemCounters {
  /** Shared: the counters are global in C anyway. */
  MemCounters C = Native.load(MemCounters.class);

  /** Calls into memory.c made by the calling thread (thread-local in C: other threads never count). */
  @Symbol(name = "mem_calls_on_this_thread", result = "u64")
  long callsOnThisThread();

  /** mem_alloc calls minus mem_free calls, over the whole process. */
  @Symbol(name = "mem_live_allocations", result = "i64")
  long liveAllocations();

  /** mem_free calls with a non-NULL pointer. */
  @Symbol(name = "mem_free_count", result = "i64")
  long freeCount();

  /**
   * Runs {@code call}, which must throw, and checks that memory.c saw no call from this thread: the
   * argument was rejected in Java before C ran.
   */
  static <T extends Throwable> T rejectedBeforeC(Class<T> expected, Runnable call) {
    long before = C.callsOnThisThread();
    T thrown = assertThrows(expected, call::run);
    assertEquals(before, C.callsOnThisThread(), "C was called");
    return thrown;
  }
}
