package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One binding shared by many threads calling at once: every pure call returns its own correct
 * result, and a C11 atomic counter sees exactly one increment per call, each value handed out once.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS = 100_000;

  @NativeLibrary("ffibind_fixtures")
  interface Counter extends AutoCloseable {
    @Symbol(name = "prim_counter_increment", result = "i64")
    long increment();

    @Symbol(name = "prim_counter_get", result = "i64")
    long get();

    @Symbol(name = "prim_counter_reset")
    void reset();

    @Symbol(name = "prim_add_i32", parameters = {"i32", "i32"}, result = "i32")
    int add(int a, int b);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32")
    long u8(int octet);

    @Override
    void close();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyThreadsCallAtOnce() throws Exception {
    try (Counter lib = Native.load(Counter.class)) {
      lib.reset();
      CyclicBarrier start = new CyclicBarrier(THREADS);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Callable<long[]> work =
              () -> {
                start.await();
                long[] seen = new long[CALLS];
                for (int i = 0; i < CALLS; i++) {
                  int expected = thread * 1_000_000 + i;
                  int got = lib.add(thread * 1_000_000, i);
                  if (got != expected) {
                    throw new AssertionError("thread " + thread + " call " + i + ": " + got + " != " + expected);
                  }
                  long octet = lib.u8(i & 0xFF);
                  if (octet != (i & 0xFF)) {
                    throw new AssertionError("thread " + thread + " u8 " + (i & 0xFF) + " came back " + octet);
                  }
                  seen[i] = lib.increment();
                }
                return seen;
              };
          futures.add(pool.submit(work));
        }
        Set<Long> handedOut = new HashSet<>(THREADS * CALLS * 2);
        for (Future<long[]> f : futures) {
          long previous = 0;
          for (long value : f.get(100, TimeUnit.SECONDS)) {
            assertTrue(value > previous, "each thread sees its own increments grow");
            assertTrue(handedOut.add(value), "value " + value + " handed out twice");
            previous = value;
          }
        }
        assertEquals((long) THREADS * CALLS, lib.get());
        // As many distinct values as calls, none above the count: exactly 1..THREADS*CALLS.
        assertEquals(THREADS * CALLS, handedOut.size());
        assertEquals((long) THREADS * CALLS, handedOut.stream().mapToLong(Long::longValue).max().orElse(0));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
