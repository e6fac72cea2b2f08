package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.ErrnoException;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 8, nonblocking calls and errno, black box, against the fixtures and libc. */
class AuditNonblockingErrnoTest {

  @NativeLibrary("ffibind_fixtures")
  public interface Async extends AutoCloseable {
    @Symbol(name = "nb_barrier", parameters = {"i32", "i32"}, result = "i32", nonblocking = true)
    CompletableFuture<Integer> barrier(int n, int timeoutMs);

    @Symbol(name = "nb_gate_close")
    void gateClose();

    @Symbol(name = "nb_gate_open")
    void gateOpen();

    @Symbol(name = "nb_gate_wait", parameters = {"i32"}, result = "i32", nonblocking = true)
    CompletableFuture<Integer> gateWait(int timeoutMs);

    @Symbol(name = "nb_hash_later", parameters = {"string", "const u8[n]", "usize", "i32"}, result = "u64", nonblocking = true)
    CompletableFuture<Long> hashLater(String s, byte[] bytes, long n, int sleepMs);

    @Symbol(name = "nb_hash_later", parameters = {"string", "const u8[n]", "usize", "i32"}, result = "u64")
    long hashNow(String s, byte[] bytes, long n, int sleepMs);

    @Symbol(name = "nb_fill_later", parameters = {"u8[n]", "usize", "u8", "i32"}, nonblocking = true)
    CompletableFuture<Void> fillLater(byte[] out, long n, byte value, int sleepMs);

    @Symbol(name = "er_fail_with", parameters = {"i32"}, result = "i32", errno = true, nonblocking = true)
    CompletableFuture<Integer> failAsync(int errno);

    @Override
    void close();
  }

  @NativeLibrary("")
  public interface Posix {
    @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
    int open(String path, int flags, int mode);

    @Symbol(parameters = {"string", "pointer", "i32"}, result = "long", errno = true)
    long strtol(String s, java.lang.foreign.MemorySegment end, int base);

    @Symbol(parameters = {"string"}, result = "i32", errno = true)
    int chdir(String path);
  }

  @NativeLibrary("ffibind_fixtures")
  public interface Errnos {
    @Symbol(name = "er_fail_after_yield", parameters = {"i32"}, result = "i32", errno = true)
    int failAfterYield(int value);

    @Symbol(name = "er_set_errno", parameters = {"i32"})
    void clobber(int value);

    @Symbol(name = "er_fail_with", parameters = {"i32"}, result = "i32", errno = true)
    int fail(int value);
  }

  static final int ENOENT = 2;
  static final int ERANGE = 34;

  @Test
  void eightCallsRunConcurrently() {
    Async a = Native.load(Async.class);
    List<CompletableFuture<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) all.add(a.barrier(8, 20_000));
    for (CompletableFuture<Integer> f : all) assertEquals(1, f.join());
  }

  @Test
  void callerGoesOnWhileCRuns() {
    Async a = Native.load(Async.class);
    a.gateClose();
    CompletableFuture<Integer> f = a.gateWait(20_000);
    assertFalse(f.isDone()); // the gate is closed: C cannot have returned
    a.gateOpen();
    assertEquals(1, f.join());
  }

  @Test
  void argumentsStayValidAndArraysAreCopiedBack() {
    Async a = Native.load(Async.class);
    byte[] bytes = "payload-\u00e9".getBytes(StandardCharsets.UTF_8);
    long expected = a.hashNow("k\u00e9y", bytes, bytes.length, 0);
    CompletableFuture<Long> h = a.hashLater("k\u00e9y", bytes, bytes.length, 50);
    assertEquals(expected, h.join());

    byte[] out = new byte[300];
    CompletableFuture<Void> v = a.fillLater(out, out.length, (byte) 250, 30);
    assertNull(v.join());
    for (int i = 0; i < out.length; i++) assertEquals((byte) (250 + i), out[i], "byte " + i);
    assertThrows(CompletionException.class, () -> a.fillLater(new byte[2], 3, (byte) 0, 0).join());
  }

  @Test
  void closedLibraryCompletesExceptionally() {
    Async a = Native.load(Async.class);
    a.close();
    CompletableFuture<Integer> f = a.barrier(1, 10);
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @Test
  void userExecutor() throws Exception {
    Async a = Native.load(Async.class);
    AtomicReference<String> ranOn = new AtomicReference<>();
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "audit-pool"));
    try {
      Native.setExecutor(a, command -> pool.execute(() -> {
        ranOn.set(Thread.currentThread().getName());
        command.run();
      }));
      assertEquals(1, a.barrier(1, 1000).join());
      assertEquals("audit-pool", ranOn.get());
      Native.setExecutor(a, null);
      ranOn.set(null);
      assertEquals(1, a.barrier(1, 1000).join());
      assertNull(ranOn.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void errnoOfNonblockingCallComesWithItsResult() {
    Async a = Native.load(Async.class);
    Errnos e = Native.load(Errnos.class);
    assertEquals(-1, e.fail(7));
    CompletableFuture<Integer> f = a.failAsync(ERANGE);
    assertEquals(-1, f.join());
    assertEquals(ERANGE, Native.errno(f));
    assertEquals(7, Native.errno()); // the caller's own errno is untouched
  }

  @Test
  void libcOpenStrtolChdir() {
    Posix p = Native.load(Posix.class);
    assertEquals(-1, p.open("/nonexistent/ffibind-audit", 0, 0));
    assertEquals(ENOENT, Native.errno());
    ErrnoException ex = ErrnoException.last("open");
    assertEquals(ENOENT, ex.errno());
    assertEquals("No such file or directory", ex.description());
    assertTrue(ex.getMessage().contains("No such file or directory"), ex.getMessage());
    assertEquals("No such file or directory", Native.strerror(ENOENT));

    assertEquals(Long.MAX_VALUE, p.strtol("99999999999999999999999", java.lang.foreign.MemorySegment.NULL, 10));
    assertEquals(ERANGE, Native.errno());
    assertEquals(Long.MIN_VALUE, p.strtol("-99999999999999999999999", java.lang.foreign.MemorySegment.NULL, 10));
    assertEquals(ERANGE, Native.errno());

    assertEquals(-1, p.chdir("/nonexistent/ffibind-audit-dir"));
    assertEquals(ENOENT, Native.errno());
  }

  @Test
  void errnoSurvivesLaterCallsWithoutCapture() {
    Errnos e = Native.load(Errnos.class);
    assertEquals(-1, e.fail(ERANGE));
    e.clobber(99); // a call without capture does not change Native.errno()
    assertEquals(ERANGE, Native.errno());
  }

  @Test
  void twoThreadsEachSeeTheirOwnErrno() throws Exception {
    Errnos e = Native.load(Errnos.class);
    int rounds = 2000;
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int value : new int[] {11, 22}) {
      Thread t = new Thread(() -> {
        try {
          start.await();
          for (int i = 0; i < rounds; i++) {
            if (e.failAfterYield(value) != -1) throw new AssertionError("C saw errno change");
            int seen = Native.errno();
            if (seen != value) throw new AssertionError("thread " + value + " saw " + seen);
          }
        } catch (Throwable t2) {
          failure.compareAndSet(null, t2);
        }
      });
      threads.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : threads) t.join();
    if (failure.get() != null) throw new AssertionError(failure.get());
    assertNotSame(null, threads);
  }
}
