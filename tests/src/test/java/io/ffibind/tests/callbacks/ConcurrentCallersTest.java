package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ffibind.Native;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many Java threads passing their own callbacks at once, nested in each other, from platform and
 * virtual threads: each call runs its own callback and rethrows only its own exceptions.
 */
class ConcurrentCallersTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void eachCallRunsItsOwnCallback() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<Long>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 1_000;
        results.add(pool.submit(() -> {
          long sum = 0;
          for (int i = 0; i < 5_000; i++) {
            int k = offset + i;
            // A callback that calls C with a second callback while the first is in use.
            sum += LIB.callInt(v -> LIB.callInt(w -> w + k, v) - k + 1, k);
          }
          return sum;
        }));
      }
      for (int t = 0; t < 8; t++) {
        long expected = 0;
        for (int i = 0; i < 5_000; i++) {
          expected += t * 1_000 + i + 1;
        }
        assertEquals(expected, results.get(t).get());
      }
    }
  }

  @Test
  void exceptionsStayWithTheirCall() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            IllegalStateException mine = new IllegalStateException(Thread.currentThread().getName() + " " + i);
            try {
              LIB.callInt(v -> { throw mine; }, i);
              throw new AssertionError("not rethrown");
            } catch (IllegalStateException e) {
              assertSame(mine, e);
              assertEquals(0, e.getSuppressed().length);
            }
            assertEquals(i + 1, LIB.callInt(v -> v + 1, i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
  }

  @Test
  void virtualThreads() throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 100; t++) {
        int k = t;
        results.add(pool.submit(() -> LIB.callInt(v -> v * 2 + k, 10)));
      }
      for (int t = 0; t < 100; t++) {
        assertEquals(20 + t, results.get(t).get());
      }
    }
  }
}
