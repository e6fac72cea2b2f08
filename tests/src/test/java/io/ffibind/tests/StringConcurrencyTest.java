package io.ffibind.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.FreeResult;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * String, buffer and array calls from many threads at once, each checking its own results: every
 * thread's scratch memory must stay its own.
 */
class StringConcurrencyTest {
  private static final int THREADS = 8;

  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "mem_upper", parameters = {"string", "buffer[cap]", "usize"}, result = "i32")
    int upper(String s, byte[] out, long cap);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);

    @Symbol(name = "mem_reverse", parameters = {"buffer[n]", "usize"})
    void reverse(ByteBuffer buf, long n);

    @Symbol(name = "mem_sum_i64", parameters = {"const i64[n]", "usize"}, result = "i64")
    long sum(long[] values, long n);

    @FreeResult("mem_free")
    @Symbol(name = "mem_join", parameters = {"const string[n]", "usize", "string"}, result = "string")
    String join(String[] parts, long n, String separator);

    @Symbol(name = "mem_is_null", parameters = {"const i32[]"}, result = "i32")
    int isNull(int[] values);
  }

  private static final Lib LIB = Native.load(Lib.class);

  /** One thread's work: every result is checked against what this thread sent. */
  private static Void work(int thread, int iterations) {
    byte[] out = new byte[64];
    ByteBuffer direct = ByteBuffer.allocateDirect(16);
    for (int i = 0; i < iterations; i++) {
      String s = "t" + thread + "-\u00e9\u6f22-" + i;
      int n = LIB.upper(s, out, out.length);
      assertEquals("T" + thread + "-\u00e9\u6f22-" + i, new String(out, 0, n, UTF_8)); // ASCII only
      assertEquals(s, LIB.echo(s));
      direct.clear();
      direct.putInt(thread).putInt(i).flip();
      LIB.reverse(direct, 8);
      assertEquals(Integer.reverseBytes(i), direct.getInt(0));
      assertEquals(Integer.reverseBytes(thread), direct.getInt(4));
      long[] values = {thread, i, -1L};
      assertEquals(thread + i - 1L, LIB.sum(values, 3));
      assertEquals(thread + "," + i + "," + s, LIB.join(new String[] {"" + thread, "" + i, s}, 3, ","));
    }
    return null;
  }

  @Test
  void eightPlatformThreads() throws Exception {
    long live = MemCounters.C.liveAllocations();
    runAll(Executors.newFixedThreadPool(THREADS), THREADS, 20_000);
    assertEquals(live, MemCounters.C.liveAllocations());
  }

  /**
   * More platform threads than the scratch cache has slots (it is indexed by thread id), all running at
   * once and each short-lived: threads whose ids share a slot keep evicting each other, and a slot
   * may still hold the scratch of a thread that ended. Each must still find only its own memory.
   */
  @Test
  void morePlatformThreadsThanScratchCacheSlots() throws Exception {
    long live = MemCounters.C.liveAllocations();
    runAll(Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), 300, 300);
    assertEquals(live, MemCounters.C.liveAllocations());
  }

  @Test
  void manyVirtualThreads() throws Exception {
    long live = MemCounters.C.liveAllocations();
    runAll(Executors.newVirtualThreadPerTaskExecutor(), 1_000, 50);
    assertEquals(live, MemCounters.C.liveAllocations());
  }

  @Test
  void anEmptyArrayIsNotNullOnAVirtualThreadEither() throws Exception {
    assertEquals(0, LIB.isNull(new int[0]));
    try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
      assertEquals(0, virtual.submit(() -> LIB.isNull(new int[0])).get());
    }
  }

  private static void runAll(ExecutorService pool, int tasks, int iterations) throws Exception {
    try (pool) {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        int thread = t;
        Callable<Void> task = () -> work(thread, iterations);
        futures.add(pool.submit(task));
      }
      for (Future<Void> f : futures) {
        f.get(); // rethrows the first failed assertion of that thread
      }
    }
  }
}
