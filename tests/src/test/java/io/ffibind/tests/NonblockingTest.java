package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.FreeResult;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code nonblocking = true}: the C call runs on another thread and the method returns a future at
 * once. No assertion depends on timing: the C fixtures block on a barrier or a gate (each with a
 * timeout that makes a broken test fail rather than hang).
 */
@Isolated("the gate and the barrier are shared state in the fixtures library")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NonblockingTest {
  private static final int TIMEOUT_MS = 30_000;

  @NativeLibrary("ffibind_fixtures")
  interface Slow extends AutoCloseable {
    /** Returns 1 only if {@code n} calls were inside it at once. */
    @Symbol(name = "nb_barrier", parameters = {"i32", "i32"}, result = "i32", nonblocking = true)
    CompletableFuture<Integer> barrier(int n, int timeoutMs);

    @Symbol(name = "nb_gate_wait", parameters = "i32", result = "i32", nonblocking = true)
    CompletableFuture<Integer> gateWait(int timeoutMs);

    @Symbol(name = "nb_gate_wait", parameters = "i32", result = "i32", nonblocking = true, errno = true)
    CompletableFuture<Integer> gateWaitCapturing(int timeoutMs);

    @Symbol(name = "nb_gate_open")
    void openGate();

    @Symbol(name = "nb_gate_close")
    void closeGate();

    @Symbol(name = "nb_sleep_ms", parameters = "i32", result = "i32", nonblocking = true)
    CompletableFuture<Integer> sleep(int ms);

    /** void: completes with null. */
    @Symbol(name = "nb_gate_open", nonblocking = true)
    CompletableFuture<Void> openGateLater();

    @Symbol(name = "nb_hash_later", parameters = {"string", "const buffer[n]", "usize", "i32"}, result = "u64",
        nonblocking = true)
    CompletableFuture<Long> hashLater(String s, byte[] bytes, long n, int sleepMs);

    @Symbol(name = "nb_fill_later", parameters = {"u8[n]", "usize", "u8", "i32"}, nonblocking = true)
    CompletableFuture<Void> fillLater(byte[] out, long n, int value, int sleepMs);

    @Symbol(name = "prim_add_i32", parameters = {"i32", "i32"}, result = "i32", nonblocking = true)
    CompletableFuture<Integer> add(int a, int b);

    @Symbol(name = "prim_u8_to_u32", parameters = "u8", result = "u32", nonblocking = true)
    CompletableFuture<Long> widen(int octet);

    /** Returns its argument: the worker's copy of the string, read before that copy is released. */
    @Symbol(name = "mem_echo", parameters = "string", result = "string", nonblocking = true)
    CompletableFuture<String> echo(String s);

    @FreeResult
    @Symbol(name = "mem_strdup_plain", parameters = "string", result = "string", nonblocking = true)
    CompletableFuture<String> strdup(String s);

    @Override
    void close();
  }

  @Test
  void eightCallsRunAtOnce() {
    try (Slow lib = Native.load(Slow.class)) {
      List<CompletableFuture<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(lib.barrier(8, TIMEOUT_MS));
      }
      for (CompletableFuture<Integer> call : calls) {
        assertEquals(1, call.join(), "all 8 calls were inside nb_barrier together");
      }
    }
  }

  @Test
  void theCallerGoesOnWhileCRuns() {
    try (Slow lib = Native.load(Slow.class)) {
      lib.closeGate();
      CompletableFuture<Integer> waiting = lib.gateWait(TIMEOUT_MS);
      // C cannot return before the gate opens, and only this thread opens it: the method returned first.
      assertFalse(waiting.isDone());
      lib.openGate();
      assertEquals(1, waiting.join(), "the call saw the gate open rather than timing out");
      lib.closeGate();
    }
  }

  @Test
  void aSleepingCallCompletesLater() {
    try (Slow lib = Native.load(Slow.class)) {
      CompletableFuture<Integer> sleeping = lib.sleep(50);
      AtomicInteger work = new AtomicInteger();
      CompletableFuture<Integer> chained = sleeping.thenApply(ms -> ms + work.get());
      work.set(1000);
      assertEquals(50, sleeping.join());
      assertTrue(chained.join() >= 50);
    }
  }

  @Test
  void voidCallsCompleteWithNull() {
    try (Slow lib = Native.load(Slow.class)) {
      lib.closeGate();
      CompletableFuture<Integer> waiting = lib.gateWait(TIMEOUT_MS);
      assertNull(lib.openGateLater().join());
      assertEquals(1, waiting.join());
      lib.closeGate();
    }
  }

  @Test
  void resultsAreConvertedAsInBlockingCalls() {
    try (Slow lib = Native.load(Slow.class)) {
      assertEquals(Integer.MIN_VALUE, lib.add(Integer.MAX_VALUE, 1).join());
      assertEquals(255L, lib.widen(255).join());
      assertEquals("grüße", lib.strdup("grüße").join());
      assertEquals("échoed", lib.echo("échoed").join());
      assertNull(lib.echo(null).join());
      CompletionException range = assertThrows(CompletionException.class, () -> lib.widen(256).join());
      assertInstanceOf(IllegalArgumentException.class, range.getCause(), "argument checks fail the future");
    }
  }

  @Test
  void argumentsStayValidWhileCRuns() {
    try (Slow lib = Native.load(Slow.class)) {
      List<CompletableFuture<Long>> calls = new ArrayList<>();
      List<Long> expected = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String s = "call " + i + " — ünïcödé " + "x".repeat(i * 37);
        byte[] bytes = new byte[64 + i];
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = (byte) (i * 31 + j);
        }
        expected.add(fnv1a(s.getBytes(StandardCharsets.UTF_8), bytes));
        calls.add(lib.hashLater(s, bytes, bytes.length, 20));
        // Meanwhile this thread reuses its own call memory for other strings.
        assertEquals("other " + i, lib.echo("other " + i).join());
      }
      for (int i = 0; i < calls.size(); i++) {
        assertEquals(expected.get(i), calls.get(i).join(), "call " + i + " hashed its own arguments");
      }
    }
  }

  @Test
  void arraysCWritesAreCopiedBackBeforeTheFutureCompletes() {
    try (Slow lib = Native.load(Slow.class)) {
      byte[] out = new byte[40];
      CompletableFuture<byte[]> seen = lib.fillLater(out, out.length, 200, 20).thenApply(v -> out.clone());
      byte[] expected = new byte[40];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = (byte) (200 + i);
      }
      assertArrayEquals(expected, seen.join(), "a dependent stage already sees C's writes");
      assertArrayEquals(expected, out);
      CompletionException tooShort =
          assertThrows(CompletionException.class, () -> lib.fillLater(new byte[2], 3, 0, 0).join());
      assertInstanceOf(IllegalArgumentException.class, tooShort.getCause());
    }
  }

  @Test
  void aClosedLibraryCompletesTheFutureExceptionally() {
    Slow lib = Native.load(Slow.class);
    lib.close();
    CompletableFuture<Integer> call = lib.add(1, 2);
    CompletionException e = assertThrows(CompletionException.class, call::join);
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("Slow.add called after close()"), e.getCause().getMessage());
  }

  @Test
  void callsRunOnTheExecutorTheUserSupplies() {
    try (Slow lib = Native.load(Slow.class)) {
      ExecutorService mine = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-native-thread"));
      try {
        List<String> ranOn = java.util.Collections.synchronizedList(new ArrayList<>());
        Native.setExecutor(lib, task -> mine.execute(() -> {
          ranOn.add(Thread.currentThread().getName());
          task.run();
        }));
        assertEquals(5, lib.add(2, 3).join());
        assertEquals(List.of("my-native-thread"), ranOn);
        mine.shutdown();
        CompletionException rejected = assertThrows(CompletionException.class, () -> lib.add(1, 1).join());
        assertInstanceOf(java.util.concurrent.RejectedExecutionException.class, rejected.getCause());
        Native.setExecutor(lib, null);
        assertEquals(3, lib.add(1, 2).join(), "null restores the default pool");
        assertEquals(1, ranOn.size());
      } finally {
        mine.shutdownNow();
      }
    }
  }

  @Test
  void theDefaultPoolRunsOnDaemonPlatformThreads() {
    try (Slow lib = Native.load(Slow.class)) {
      // A direct executor that records where the body would run; then the default one.
      Thread[] ran = new Thread[1];
      Native.setExecutor(lib, r -> {
        ran[0] = Thread.currentThread();
        r.run();
      });
      assertEquals(7, lib.add(3, 4).join());
      assertEquals(Thread.currentThread(), ran[0]);
      Native.setExecutor(lib, null);
      lib.closeGate();
      CompletableFuture<Integer> waiting = lib.gateWait(TIMEOUT_MS);
      Thread worker = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("ffibind-nonblocking-"))
          .findAny()
          .orElseThrow();
      assertTrue(worker.isDaemon());
      assertFalse(worker.isVirtual());
      lib.openGate();
      assertEquals(1, waiting.join());
      lib.closeGate();
    }
  }

  @Test
  void errnoOfACallStillRunningIsRefused() {
    try (Slow lib = Native.load(Slow.class)) {
      lib.closeGate();
      CompletableFuture<Integer> waiting = lib.gateWaitCapturing(TIMEOUT_MS);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Native.errno(waiting));
      assertTrue(e.getMessage().contains("has not completed"), e.getMessage());
      lib.openGate();
      assertEquals(1, waiting.join());
      Native.errno(waiting); // now it has one
      lib.closeGate();
    }
  }

  private static long fnv1a(byte[]... parts) {
    long h = 0xcbf29ce484222325L;
    for (byte[] part : parts) {
      for (byte b : part) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
    }
    return h;
  }
}
