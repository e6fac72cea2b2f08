package io.ffibind.internal;

import java.util.Arrays;

/**
 * The callbacks one thread's calls lend C through struct fields: a record written into a call's
 * {@link Scratch} memory that holds a {@code @Callback} object gets a stub from that interface's
 * pool for the duration of the call, as a {@code "function"} parameter does. They stack like the
 * scratch memory itself (a callback may call C again), so a call releases exactly the ones lent
 * since its {@link #mark}.
 *
 * <pre>{@code
 * int $lent = $scratch.lent().mark();
 * try {
 *   ... records written into $scratch: each callback in a field is lent() a stub ...
 *   result = handle.invokeExact(...);
 *   $scratch.lent().rethrow($lent);        // what they threw during the call, on any thread
 * } finally {
 *   $scratch.lent().release($lent);        // detached: later calls from C are reported, never run
 * }
 * }</pre>
 */
public final class LentCallbacks {
  private UpcallSlot[] slots = new UpcallSlot[4];
  private int count;

  LentCallbacks() {}

  /** Where the current call's lent callbacks start. */
  public int mark() {
    return count;
  }

  /** Keeps {@code slot} until the call that is writing its record releases it. */
  void add(UpcallSlot slot) {
    if (count == slots.length) {
      slots = Arrays.copyOf(slots, count * 2);
    }
    slots[count++] = slot;
  }

  /**
   * Throws the first exception a callback lent since {@code mark}, or one of {@code others} (the
   * call's own callback parameters, first), threw during the call, with the rest suppressed.
   */
  public void rethrow(int mark, UpcallSlot... others) {
    Throwable first = null;
    for (UpcallSlot slot : others) {
      first = slot.collect(first);
    }
    for (int i = mark; i < count; i++) {
      first = slots[i].collect(first);
    }
    if (first != null) {
      throw UpcallSlot.sneaky(first);
    }
  }

  /** Detaches every callback lent since {@code mark}. */
  public void release(int mark) {
    for (int i = count - 1; i >= mark; i--) {
      slots[i].release();
      slots[i] = null;
    }
    count = Math.min(count, mark);
  }
}
