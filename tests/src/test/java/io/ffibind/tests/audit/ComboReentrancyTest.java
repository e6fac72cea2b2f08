package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import io.ffibind.tests.audit.Combo.CoPoint;
import io.ffibind.tests.audit.Combo.NestFn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Callbacks that call back into C, on the calling thread and on threads C creates; virtual threads. */
class ComboReentrancyTest {
  private static final Combo C = Native.load(Combo.class);

  /** A second binding of the same library, with a different view of the same functions. */
  @NativeLibrary("ffibind_fixtures")
  public interface Other {
    @Symbol(name = "co_nest", parameters = {"function", "i32", "string", "const i32[n]", "i32", "co_point"},
        result = "i64")
    long nest(NestFn cb, int depth, String s, int[] values, int n, CoPoint p);

    @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"})
    void bump(CoPoint[] p, int d);
  }

  private static final Other O = Native.load(Other.class);

  private static String text(int depth) {
    // non-ASCII and growing with depth: each level's string has its own length (UTF-8 bytes)
    return "level-" + depth + "-é€".repeat(depth % 7);
  }

  private static int[] values(int depth) {
    int[] v = new int[depth % 5 + 1];
    for (int i = 0; i < v.length; i++) v[i] = depth * 10 + i;
    return v;
  }

  private static long weight(int depth) {
    long sum = text(depth).getBytes(StandardCharsets.UTF_8).length + depth + (-2L * depth);
    for (int v : values(depth)) sum += v;
    return sum;
  }

  /** What C's nest returns from depth d down to 0, the callback returning 0 at the bottom. */
  private static long expected(int depth) {
    long total = 0;
    for (int d = depth; d >= 0; d--) total += weight(d);
    return total;
  }

  /** A callback that calls nest again, one level down, alternating the two bindings. */
  private static long recurse(int depth, String s, CoPoint p) {
    if (!s.equals(text(depth)) || !p.equals(new CoPoint(depth, -2 * depth))) {
      return Long.MIN_VALUE / 2; // a wrong argument poisons the total
    }
    if (depth == 0) return 0;
    int d = depth - 1;
    NestFn self = ComboReentrancyTest::recurse;
    return d % 2 == 0
        ? C.nest(self, d, text(d), values(d), values(d).length, new CoPoint(d, -2 * d))
        : O.nest(self, d, text(d), values(d), values(d).length, new CoPoint(d, -2 * d));
  }

  @Test
  void oneLevel() {
    assertEquals(expected(1), C.nest(ComboReentrancyTest::recurse, 1, text(1), values(1), values(1).length,
        new CoPoint(1, -2)));
  }

  /**
   * Runs {@code body} on a platform thread with a 64 MiB stack: 300 interpreted C -> Java -> C levels
   * need more than the default 1 MiB, and a StackOverflowError thrown inside the JDK's own upcall frames
   * terminates the JVM (Panama's rule, which no code of ffibind runs early enough to catch).
   */
  private static <T> T onBigStack(java.util.concurrent.Callable<T> body) throws Exception {
    Object[] out = new Object[2];
    Thread t = new Thread(null, () -> {
      try {
        out[0] = body.call();
      } catch (Throwable e) {
        out[1] = e;
      }
    }, "combo-deep", 64L << 20);
    t.start();
    t.join();
    if (out[1] instanceof Exception e) throw e;
    if (out[1] instanceof Error e) throw e;
    @SuppressWarnings("unchecked")
    T result = (T) out[0];
    return result;
  }

  @Test
  void deepRecursionWithStringsArraysAndStructsAtEachLevel() throws Exception {
    int depth = 300; // 300 nested C -> Java -> C frames, each with its own string, array and struct
    long got = onBigStack(() -> C.nest(ComboReentrancyTest::recurse, depth, text(depth), values(depth),
        values(depth).length, new CoPoint(depth, -2 * depth)));
    assertEquals(expected(depth), got);
  }

  @Test
  void deepRecursionWithLongStringsThatSpillOutOfTheThreadBlock() throws Exception {
    // each level's string is 3 KiB: 20 levels hold 60 KiB of arguments at once, beyond one 16 KiB block
    NestFn[] cb = new NestFn[1];
    cb[0] = (depth, s, p) -> {
      if (s.length() != 3000 + depth || s.charAt(0) != (char) ('a' + depth % 26)) return Long.MIN_VALUE / 2;
      if (depth == 0) return 0;
      int d = depth - 1;
      return O.nest(cb[0], d, String.valueOf((char) ('a' + d % 26)).repeat(3000 + d), new int[] {d}, 1,
          new CoPoint(d, d));
    };
    int top = 20;
    long got = onBigStack(() -> C.nest(cb[0], top, String.valueOf((char) ('a' + top % 26)).repeat(3000 + top),
        new int[] {top}, 1, new CoPoint(top, top)));
    long want = 0;
    for (int d = top; d >= 0; d--) want += (3000 + d) + 2L * d + d;
    assertEquals(want, got);
  }

  @Test
  void aCallbackOnACThreadCallsBackIntoC() {
    long caller = C.threadId();
    long[] thread = new long[1];
    long[] seen = new long[2];
    int r = C.callOnThread(v -> {
      seen[0] = C.threadId();
      CoPoint[] p = {new CoPoint(v, v)};
      O.bump(p, 3);
      long nested = C.nest(ComboReentrancyTest::recurse, 4, text(4), values(4), values(4).length,
          new CoPoint(4, -8));
      seen[1] = nested;
      return p[0].x() * 1000 + p[0].y();
    }, 9, thread);
    assertEquals(12 * 1000 + 6, r);
    assertEquals(expected(4), seen[1]);
    assertEquals(thread[0], seen[0], "the callback ran on the thread C created");
    assertNotEquals(caller, thread[0]);
  }

  @Test
  void virtualThreadsCallStructAndCallbackFunctionsConcurrently() throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int k = t;
        futures.add(pool.submit(() -> {
          long acc = 0;
          for (int i = 0; i < 200; i++) {
            CoPoint made = C.make(k, -i);
            CoPoint[] p = {made};
            O.bump(p, i);
            if (!p[0].equals(new CoPoint(k + i, -2 * i))) return -1L;
            int v = C.callAfter(x -> x + k, i, 0);
            if (v != i + k) return -2L;
            acc += C.sum(p[0]);
          }
          long nested = C.nest(ComboReentrancyTest::recurse, 6, text(6), values(6), values(6).length,
              new CoPoint(6, -12));
          return nested == expected(6) ? acc : -3L;
        }));
      }
      for (int t = 0; t < 64; t++) {
        long want = 0;
        for (int i = 0; i < 200; i++) want += t + i - 2L * i;
        assertEquals(want, futures.get(t).get(), "virtual thread " + t);
      }
    }
  }

  private static int bottomless(int n) {
    return bottomless(n + 1) + 1;
  }

  @Test
  void aRealStackOverflowInsideACallbackIsRethrownByTheCall() {
    // The overflow happens deep in the callback's own Java frames, far from the upcall's boundary,
    // so ffibind's catch sees it once the stack has unwound: C gets zero, the call rethrows it.
    StackOverflowError[] thrown = new StackOverflowError[1];
    StackOverflowError e = org.junit.jupiter.api.Assertions.assertThrows(StackOverflowError.class,
        () -> C.callOnThread(v -> {
          try {
            return bottomless(v);
          } catch (StackOverflowError soe) {
            thrown[0] = soe;
            throw soe;
          }
        }, 0, null));
    org.junit.jupiter.api.Assertions.assertSame(thrown[0], e);
    assertEquals(12, C.callOnThread(v -> v + 1, 11, null), "the binding and its stubs still work");
  }
}
