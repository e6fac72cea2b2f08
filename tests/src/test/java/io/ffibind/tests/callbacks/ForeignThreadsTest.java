package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ffibind.Native;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Callbacks called concurrently from threads C starts (pthreads the JVM did not create): 8 threads
 * call one Java callback 100,000 times each during one downcall. Every call is counted, nothing
 * crashes, and no Java thread outlives the C threads.
 */
class ForeignThreadsTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void eightThreadsTimesAHundredThousand() {
    LongAdder calls = new LongAdder();
    AtomicLongArray perThread = new AtomicLongArray(8);
    Set<Thread> javaThreads = ConcurrentHashMap.newKeySet();
    Thread caller = Thread.currentThread();
    long sum = LIB.fanOut((thread, i) -> {
      calls.increment();
      perThread.incrementAndGet(thread);
      javaThreads.add(Thread.currentThread());
      return i % 3;
    }, 8, 100_000);
    assertEquals(800_000, calls.sum());
    for (int t = 0; t < 8; t++) {
      assertEquals(100_000, perThread.get(t));
    }
    long expected = 0;
    for (int i = 0; i < 100_000; i++) {
      expected += i % 3;
    }
    assertEquals(8 * expected, sum, "C received every result");
    assertEquals(8, javaThreads.size(), "each C thread ran as its own Java thread");
    assertFalse(javaThreads.contains(caller));
    // C joined its threads before returning; the JVM detached them as they ended.
    for (Thread t : javaThreads) {
      assertFalse(t.isAlive(), t + " is still alive: a Java thread leaked");
    }
  }

  @Test
  void noJavaThreadLeftBehind() {
    Set<Long> before = liveThreadIds();
    for (int round = 0; round < 5; round++) {
      LIB.fanOut((thread, i) -> 1, 8, 1_000);
    }
    Set<Long> after = liveThreadIds();
    after.removeAll(before);
    // Any thread still here that C's threads could have become would be a leak.
    after.removeIf(id -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.threadId() == id && t.isDaemon() && t.getName().startsWith("Thread-")));
    assertEquals(Set.of(), after);
  }

  private static Set<Long> liveThreadIds() {
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    Thread.getAllStackTraces().keySet().forEach(t -> ids.add(t.threadId()));
    return ids;
  }
}
