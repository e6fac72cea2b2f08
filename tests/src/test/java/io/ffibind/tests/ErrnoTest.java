package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Critical;
import io.ffibind.ErrnoException;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code errno = true}: C's errno captured right after the call, per thread, unchanged by anything
 * the JVM or other calls do afterwards; libc's own failures (open, strtol) and fixtures that set it.
 */
class ErrnoTest {
  /** Linux and macOS agree on these two. */
  private static final int ENOENT = 2;
  private static final int ERANGE = 34;
  private static final int O_RDONLY = 0;

  @NativeLibrary("")
  interface LibC {
    /** {@code int open(const char *path, int flags, ...)}: the mode is passed through "...". */
    @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
    int open(String path, int flags, int mode);

    @Symbol(parameters = {"string", "pointer", "i32"}, result = "long", errno = true)
    long strtol(String s, java.lang.foreign.MemorySegment end, int base);
  }

  @NativeLibrary("ffibind_fixtures")
  interface Fixtures {
    @Symbol(name = "er_fail_with", parameters = "i32", result = "i32", errno = true)
    int failWith(int errno);

    @Symbol(name = "er_fail_after_yield", parameters = "i32", result = "i32", errno = true)
    int failAfterYield(int errno);

    /** Sets errno without capturing it: stands for anything that runs between a call and the read. */
    @Symbol(name = "er_set_errno", parameters = "i32")
    void clobber(int errno);

    @Symbol(name = "er_set_errno", parameters = "i32", errno = true)
    void setCaptured(int errno);

    @Symbol(name = "er_fail_with", parameters = "i32", result = "i32", errno = true, nonblocking = true)
    CompletableFuture<Integer> failLater(int errno);

    @Symbol(name = "er_fail_with", parameters = "i32", result = "i32", nonblocking = true)
    CompletableFuture<Integer> failLaterUncaptured(int errno);

    @Critical
    @Symbol(name = "er_fail_with", parameters = "i32", result = "i32", errno = true)
    int failCritical(int errno);
  }

  private static final LibC LIBC = Native.load(LibC.class);
  private static final Fixtures FIXTURES = Native.load(Fixtures.class);

  @Test
  void openOfAMissingFileIsEnoent() {
    assertEquals(-1, LIBC.open("/nonexistent/ffibind/" + System.nanoTime(), O_RDONLY, 0));
    assertEquals(ENOENT, Native.errno());
    ErrnoException e = ErrnoException.last("open /nonexistent");
    assertEquals(ENOENT, e.errno());
    assertEquals(Native.strerror(ENOENT), e.description());
    assertTrue(e.getMessage().startsWith("open /nonexistent: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (errno 2)"), e.getMessage());
  }

  @Test
  void strtolOverflowIsErange() {
    assertEquals(Long.MAX_VALUE, LIBC.strtol("99999999999999999999999", null, 10));
    assertEquals(ERANGE, Native.errno());
  }

  @Test
  void strerrorGivesLibcsText() {
    // The exact wording is libc's; this one is the same in glibc, musl and macOS.
    assertEquals("No such file or directory", Native.strerror(ENOENT));
    assertFalse(Native.strerror(123456).isEmpty(), "unknown numbers still get a text");
  }

  @Test
  void aFixtureThatSetsErrnoAndReturns() {
    assertEquals(-1, FIXTURES.failWith(77));
    assertEquals(77, Native.errno());
    FIXTURES.setCaptured(0);
    assertEquals(0, Native.errno(), "a void function captures too");
    assertEquals(-1, FIXTURES.failWith(Integer.MAX_VALUE));
    assertEquals(Integer.MAX_VALUE, Native.errno());
  }

  @Test
  void criticalCallsCaptureToo() {
    assertEquals(-1, FIXTURES.failCritical(42));
    assertEquals(42, Native.errno());
  }

  @Test
  void nothingAfterTheCallChangesTheCapturedValue() {
    assertEquals(-1, FIXTURES.failWith(ENOENT));
    FIXTURES.clobber(999); // C's errno is now 999, but no capturing call ran
    System.gc();
    byte[][] garbage = new byte[1000][];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = new byte[1024];
    }
    assertEquals(ENOENT, Native.errno());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void eachThreadReadsItsOwn() throws Exception {
    int threads = 4;
    int rounds = 20_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int mine = 100 + t;
        results.add(pool.submit(() -> {
          start.await();
          int wrong = 0;
          for (int i = 0; i < rounds; i++) {
            int value = mine + 1000 * (i % 7);
            if (FIXTURES.failAfterYield(value) != -1 || Native.errno() != value) {
              wrong++;
            }
            FIXTURES.clobber(-value);
          }
          return wrong;
        }));
      }
      for (Future<Integer> r : results) {
        assertEquals(0, r.get(), "rounds where a thread did not read its own errno");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aVirtualThreadHasItsOwnToo() throws Exception {
    FIXTURES.failWith(5);
    Thread t = Thread.ofVirtual().start(() -> {
      FIXTURES.failWith(6);
      if (Native.errno() != 6) {
        throw new AssertionError("virtual thread read " + Native.errno());
      }
    });
    t.join();
    assertEquals(5, Native.errno());
  }

  @Test
  void aNonblockingCallsErrnoComesWithItsFuture() {
    FIXTURES.failWith(1);
    CompletableFuture<Integer> future = FIXTURES.failLater(ERANGE);
    assertEquals(-1, future.join());
    assertEquals(ERANGE, Native.errno(future));
    assertEquals(1, Native.errno(), "the caller's own errno is untouched by a call that ran elsewhere");
    assertEquals(ERANGE, future.thenApply(r -> Native.errno(future)).join());
  }

  @Test
  void errnoOfAFutureIsOnlyForCapturingCalls() {
    CompletableFuture<Integer> uncaptured = FIXTURES.failLaterUncaptured(3);
    uncaptured.join();
    assertThrows(IllegalArgumentException.class, () -> Native.errno(uncaptured));
    CompletableFuture<Integer> captured = FIXTURES.failLater(3);
    CompletableFuture<Integer> dependent = captured.thenApply(x -> x);
    dependent.join();
    assertThrows(IllegalArgumentException.class, () -> Native.errno(dependent));
    assertEquals(3, Native.errno(captured));
  }

  @Test
  void aFutureNotFromABindingHasNoErrno() {
    CompletableFuture<Integer> other = CompletableFuture.completedFuture(1);
    assertThrows(IllegalArgumentException.class, () -> Native.errno(other));
  }
}
