package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What a callback throws never reaches C: C gets zero, and the call that passed the callback rethrows
 * the same object when C returns, on whichever thread C ran the callback. The JVM lives on and later
 * calls work.
 */
class CallbackExceptionsTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void rethrownAsTheSameObject() {
    IllegalStateException thrown = new IllegalStateException("from Java");
    IllegalStateException caught =
        assertThrows(IllegalStateException.class, () -> LIB.callInt(v -> { throw thrown; }, 1));
    assertSame(thrown, caught);
    assertEquals(0, caught.getSuppressed().length);
    assertEquals(3, LIB.callInt(v -> v + 1, 2), "later calls work");
  }

  @Test
  void cReceivesZeroAndGoesOn() {
    AtomicInteger calls = new AtomicInteger();
    // C sums cb(0..9); the callback throws for odd values, which count as 0 in C's sum.
    RuntimeException e = assertThrows(RuntimeException.class, () -> LIB.callN(v -> {
      calls.incrementAndGet();
      if (v % 2 == 1) {
        throw new RuntimeException("odd " + v);
      }
      return v;
    }, 10));
    assertEquals(10, calls.get(), "C went on calling after each exception");
    assertEquals("odd 1", e.getMessage());
    assertEquals(4, e.getSuppressed().length);
    assertEquals("odd 9", e.getSuppressed()[3].getMessage());
  }

  @Test
  void errorsToo() {
    StackOverflowError deep = assertThrows(StackOverflowError.class, () -> LIB.callInt(v -> recurse(v), 1));
    assertTrue(deep.getStackTrace().length > 0);
    OutOfMemoryError oom = new OutOfMemoryError("pretend");
    assertSame(oom, assertThrows(OutOfMemoryError.class, () -> LIB.callInt(v -> { throw oom; }, 1)));
  }

  private static int recurse(int v) {
    return recurse(v + 1) + 1;
  }

  @Test
  void checkedExceptionsAsTheyAre() {
    IOException io = new IOException("disk");
    Throwable caught = assertThrows(Throwable.class, () -> LIB.callIo(v -> { throw io; }, 1));
    assertSame(io, caught);
  }

  @Test
  void theSameExceptionTwiceIsNotSuppressedInItself() {
    RuntimeException once = new RuntimeException("again");
    RuntimeException caught = assertThrows(RuntimeException.class, () -> LIB.callN(v -> { throw once; }, 3));
    assertSame(once, caught);
    assertEquals(0, caught.getSuppressed().length);
  }

  @Test
  void suppressedAreCapped() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> LIB.callN(v -> {
      throw new RuntimeException("call " + v);
    }, 1_000));
    assertEquals("call 0", e.getMessage());
    Throwable[] suppressed = e.getSuppressed();
    assertEquals(101, suppressed.length, "100 kept, then one note counting the rest");
    assertEquals("call 100", suppressed[99].getMessage());
    assertTrue(suppressed[100].getMessage().startsWith("899 further exceptions"), suppressed[100].getMessage());
  }

  @Test
  void aResultOutOfRangeIsTheCallbacksException() {
    // The callback returns 256 for a u8: not truncated, but reported by the call.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.callU8(v -> 256, 1));
    assertTrue(e.getMessage().contains("result of callback CallbackLib.U8Op.apply = 256"), e.getMessage());
  }

  @Test
  void aNegativeLengthFromCIsReportedAndTheCallbackNotRun() {
    AtomicInteger ran = new AtomicInteger();
    CallbackLib.Sum sum = (values, n) -> {
      ran.incrementAndGet();
      return java.util.Arrays.stream(values).sum();
    };
    assertEquals(6, LIB.callWithLength(sum, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.callWithLength(sum, -1));
    assertTrue(e.getMessage().contains("length of parameter 'values' of callback CallbackLib.Sum.sum is -1"), e.getMessage());
    assertEquals(1, ran.get(), "the callback ran for the valid length only");
  }

  @Test
  void thrownOnAThreadCStarted() {
    AtomicLong counted = new AtomicLong();
    IllegalStateException boom = new IllegalStateException("on a C thread");
    IllegalStateException caught = assertThrows(IllegalStateException.class, () -> LIB.fanOut((thread, i) -> {
      counted.incrementAndGet();
      if (thread == 3 && i == 500) {
        throw boom;
      }
      return 1;
    }, 4, 1_000));
    assertSame(boom, caught);
    assertEquals(4_000, counted.get(), "every call ran; the one that threw gave C zero");
    assertEquals(4_000 - 1, LIB.fanOut((thread, i) -> thread == 0 && i == 0 ? 0 : 1, 4, 1_000), "later calls work");
  }
}
