package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.tests.audit.Combo.CoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Nonblocking calls meeting callbacks, structs and errno. */
class ComboNonblockingTest {
  private static final Combo C = Native.load(Combo.class);

  @Test
  void callbackRunsOnTheWorkerThreadAndStaysValidUntilCReturns() {
    long caller = C.threadId();
    AtomicLong seen = new AtomicLong();
    AtomicInteger calls = new AtomicInteger();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int k = i;
      // a fresh capturing lambda per call, called 30 ms after the call started on the worker thread
      futures.add(C.callAfterAsync(v -> {
        seen.set(C.threadId());
        calls.incrementAndGet();
        return v * 3 + k;
      }, 1000 + i, 30));
    }
    for (int i = 0; i < 8; i++) {
      assertEquals((1000 + i) * 3 + i, futures.get(i).join());
    }
    assertEquals(8, calls.get());
    assertNotEquals(0, seen.get());
    assertNotEquals(caller, seen.get(), "C called the callback on the executor's thread, not the caller's");
  }

  @Test
  void edgeValuesThroughANonblockingCallback() {
    assertEquals(Integer.MIN_VALUE, C.callAfterAsync(v -> v, Integer.MIN_VALUE, 0).join());
    assertEquals(Integer.MAX_VALUE, C.callAfterAsync(v -> v - 1, Integer.MIN_VALUE, 0).join()); // wraps in Java
  }

  @Test
  void anExceptionInTheCallbackCompletesTheFutureWithThatException() {
    IllegalStateException boom = new IllegalStateException("boom in callback");
    CompletableFuture<Integer> f = C.callAfterAsync(v -> {
      throw boom;
    }, 1, 10);
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertSame(boom, e.getCause());
    assertTrue(f.isCompletedExceptionally());
  }

  @Test
  void aCheckedLikeErrorInTheCallbackIsTheSameObjectToo() {
    StackOverflowError err = new StackOverflowError("deep");
    CompletableFuture<Integer> f = C.callAfterAsync(v -> {
      throw err;
    }, 1, 0);
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertSame(err, e.getCause());
  }

  @Test
  void structResultByValue() {
    assertEquals(new CoPoint(Integer.MIN_VALUE, Integer.MAX_VALUE),
        C.makeAsync(Integer.MIN_VALUE, Integer.MAX_VALUE).join());
    assertEquals(new CoPoint(0, -1), C.makeAsync(0, -1).join());
  }

  @Test
  void structArgumentByValue() {
    assertEquals((long) Integer.MAX_VALUE + Integer.MAX_VALUE,
        C.sumAsync(new CoPoint(Integer.MAX_VALUE, Integer.MAX_VALUE)).join());
    assertEquals(-2L * (1L << 31), C.sumAsync(new CoPoint(Integer.MIN_VALUE, Integer.MIN_VALUE)).join());
    CompletableFuture<Long> nul = C.sumAsync(null);
    CompletionException e = assertThrows(CompletionException.class, nul::join);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void pointerArgumentIsCopiedBackBeforeCompletion() {
    CoPoint[] p = {new CoPoint(Integer.MAX_VALUE, Integer.MIN_VALUE)};
    // the dependent stage runs once the future completes: element 0 must be C's version by then
    CoPoint seenByStage = C.bumpAsync(p, 1).thenApply(v -> p[0]).join();
    assertEquals(new CoPoint(Integer.MIN_VALUE, Integer.MAX_VALUE), seenByStage);
    assertEquals(seenByStage, p[0]);
    CoPoint[] zeroed = {null};
    C.bumpAsync(zeroed, -5).join();
    assertEquals(new CoPoint(-5, 5), zeroed[0]);
  }

  @Test
  void structArrayIsCopiedBackBeforeCompletion() {
    CoPoint[] ps = {new CoPoint(1, 2), null, new CoPoint(Integer.MIN_VALUE, 0), new CoPoint(7, 8)};
    CoPoint[] snapshot = C.swapAsync(ps, 3).thenApply(v -> ps.clone()).join();
    CoPoint[] expected = {new CoPoint(2, 1), new CoPoint(0, 0), new CoPoint(0, Integer.MIN_VALUE), new CoPoint(7, 8)};
    assertArrayEquals(expected, snapshot);
    assertArrayEquals(expected, ps);
    CompletionException e = assertThrows(CompletionException.class, () -> C.swapAsync(ps, 5).join());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertArrayEquals(expected, ps, "a rejected call leaves the array alone");
  }

  @Test
  void errnoOfANonblockingStructCall() {
    C.setErrno(11);
    CompletableFuture<CoPoint> f = C.makeErrnoAsync(3, -4, 34);
    assertEquals(new CoPoint(3, -4), f.join());
    assertEquals(34, Native.errno(f));
    assertEquals(11, Native.errno(), "the caller's own errno is untouched");
  }

  @Test
  void errnoOfANonblockingCallbackCall() {
    C.setErrno(0);
    CompletableFuture<Integer> f = C.callErrnoAsync(v -> {
      C.setErrno(99); // a nested errno call on the worker thread, before C sets its own
      return v + 1;
    }, 41, 7);
    assertEquals(42, f.join());
    assertEquals(7, Native.errno(f));
    assertEquals(0, Native.errno());
  }

  @Test
  void errnoOfAFailedNonblockingCallbackCall() {
    RuntimeException boom = new RuntimeException("x");
    CompletableFuture<Integer> f = C.callErrnoAsync(v -> {
      throw boom;
    }, 1, 5);
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertSame(boom, e.getCause());
    assertFalse(f.isCancelled());
    assertEquals(5, Native.errno(f), "C returned and set errno; the synchronous call captures it too");
    assertThrows(IllegalArgumentException.class, () -> Native.errno(f.thenApply(x -> x)));
  }

  @Test
  void errnoOfANonblockingCallRejectedBeforeC() {
    Combo closed = Native.load(Combo.class);
    closed.close();
    CompletableFuture<CoPoint> g = closed.makeErrnoAsync(1, 2, 3);
    assertThrows(CompletionException.class, g::join);
    assertThrows(IllegalStateException.class, () -> Native.errno(g), "C never ran, so there is no errno");
  }

  @Test
  void aCallFailingBeforeCLeavesTheExecutorThreadsErrnoAlone() throws Exception {
    java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      Combo live = Native.load(Combo.class);
      Combo closed = Native.load(Combo.class);
      Native.setExecutor(live, one);
      Native.setExecutor(closed, one);
      CompletableFuture<CoPoint> ok = live.makeErrnoAsync(1, 2, 42);
      assertEquals(new CoPoint(1, 2), ok.join());
      assertEquals(42, Native.errno(ok));
      assertEquals(42, one.submit(() -> Native.errno()).get(), "the executor thread's own most recent capture");
      closed.close();
      CompletableFuture<CoPoint> failed = closed.makeErrnoAsync(1, 2, 3);
      assertThrows(CompletionException.class, failed::join);
      assertThrows(IllegalStateException.class, () -> Native.errno(failed));
      assertEquals(42, one.submit(() -> Native.errno()).get(), "a call that never reached C captured nothing");
      CompletableFuture<Integer> threw = live.callErrnoAsync(v -> {
        throw new IllegalStateException("after");
      }, 0, 17);
      assertThrows(CompletionException.class, threw::join);
      assertEquals(17, Native.errno(threw));
      assertEquals(17, one.submit(() -> Native.errno()).get());
      live.close();
    } finally {
      one.shutdown();
    }
  }

  @Test
  void recordHoldingACallbackLentForANonblockingCall() {
    AtomicLong seen = new AtomicLong();
    long caller = C.threadId();
    assertEquals(Integer.MAX_VALUE, C.applyAsync(new Combo.Handler(1, v -> {
      seen.set(C.threadId());
      return v + 1;
    }), Integer.MAX_VALUE - 2).join());
    assertNotEquals(caller, seen.get());
    assertEquals(5, C.applyAsync(new Combo.Handler(5, null), 1).join());
    assertEquals(Integer.MIN_VALUE, C.applyAsync(null, 1).join());
    UnsupportedOperationException boom = new UnsupportedOperationException("field callback");
    CompletionException e = assertThrows(CompletionException.class, () -> C.applyAsync(new Combo.Handler(0, v -> {
      throw boom;
    }), 1).join());
    assertSame(boom, e.getCause());
  }

  @Test
  void callbackReturningAStructThroughANonblockingCall() {
    assertEquals(new CoPoint(Integer.MIN_VALUE, Integer.MAX_VALUE),
        C.callMakeAsync(v -> new CoPoint(v, ~v), Integer.MIN_VALUE).join());
    IllegalStateException boom = new IllegalStateException("make");
    CompletionException e = assertThrows(CompletionException.class, () -> C.callMakeAsync(v -> {
      throw boom;
    }, 1).join());
    assertSame(boom, e.getCause());
    assertEquals(new CoPoint(0, 0), C.callMakeAsync(v -> null, 3).join(), "null gives C a zeroed struct");
  }

  @Test
  void callbackOnAThreadCStartsDuringANonblockingCall() {
    long[] thread = new long[1];
    AtomicLong seen = new AtomicLong();
    assertEquals(-77, C.callOnThreadAsync(v -> {
      seen.set(C.threadId());
      return -v;
    }, 77, thread).join());
    assertEquals(thread[0], seen.get(), "the out-parameter was copied back before completion");
    IllegalArgumentException boom = new IllegalArgumentException("on C's thread");
    CompletionException e = assertThrows(CompletionException.class, () -> C.callOnThreadAsync(v -> {
      throw boom;
    }, 1, thread).join());
    assertSame(boom, e.getCause());
  }

  @Test
  void aCallbackOfANonblockingCallJoinsAnotherNonblockingCall() {
    // the default executor grows with the calls in flight: the inner call cannot wait for the outer's thread
    assertEquals(3 + 4 + 10, C.callAfterAsync(v -> {
      CoPoint p = C.makeAsync(3, 4).join();
      return p.x() + p.y() + v;
    }, 10, 0).join());
  }

  @Test
  void virtualThreadsStartingNonblockingStructCalls() throws Exception {
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<CoPoint>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        int k = i;
        futures.add(pool.submit(() -> {
          CoPoint[] p = {new CoPoint(k, k)};
          C.bumpAsync(p, k).join();
          return C.callMakeAsync(v -> new CoPoint(p[0].x() + v, p[0].y() - v), k).join();
        }));
      }
      for (int i = 0; i < 32; i++) {
        assertEquals(new CoPoint(3 * i, -i), futures.get(i).get());
      }
    }
  }

  @Test
  void heapSegmentForAStructPointerIsCopiedBackBeforeCompletion() {
    int[] heap = {Integer.MAX_VALUE, Integer.MIN_VALUE};
    int[] seen = C.bumpSegmentAsync(java.lang.foreign.MemorySegment.ofArray(heap), 1).thenApply(v -> heap.clone()).join();
    assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, seen);
    try (java.lang.foreign.Arena shared = java.lang.foreign.Arena.ofShared()) {
      java.lang.foreign.MemorySegment s = shared.allocate(8, 4);
      C.bumpSegmentAsync(s, -2).join();
      assertEquals(-2, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 0));
      assertEquals(2, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 4));
    }
    try (java.lang.foreign.Arena confined = java.lang.foreign.Arena.ofConfined()) {
      java.lang.foreign.MemorySegment s = confined.allocate(8, 4);
      CompletionException e = assertThrows(CompletionException.class, () -> C.bumpSegmentAsync(s, 1).join());
      assertInstanceOf(RuntimeException.class, e.getCause(), "a confined segment cannot be used from the executor");
      assertEquals(0, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 0));
    }
  }

  @Test
  void functionOutParameterOfANonblockingCall() {
    Combo.BinOp[] out = new Combo.BinOp[1];
    Combo.BinOp seen = C.opOutAsync(0, out).thenApply(v -> out[0]).join();
    assertTrue(seen != null, "C's adder was copied back before completion");
    assertEquals(Integer.MIN_VALUE, seen.apply(Integer.MAX_VALUE, 1));
    assertEquals(0, C.opOutAsync(1, out).join());
    assertEquals(-6, out[0].apply(-2, 3));
    AtomicInteger calls = new AtomicInteger();
    Combo.BinOp java = (a, b) -> {
      calls.incrementAndGet();
      return a * 100 + b;
    };
    out[0] = java;
    assertEquals(203, C.opOutAsync(3, out).join(), "a Java callback in element 0, called on the worker");
    assertSame(java, out[0], "C left it: the same object comes back");
    assertEquals(1, calls.get());
    assertEquals(0, C.opOutAsync(2, out).join());
    assertEquals(null, out[0]);
  }
}
