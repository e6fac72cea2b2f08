package io.ffibind.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The future of one nonblocking call. For a symbol declared {@code errno = true} it also keeps the
 * errno that call captured on the thread that ran it, which {@code Native.errno(future)} returns: the
 * caller's own {@code Native.errno()} is never touched by calls that ran elsewhere.
 */
public final class CallFuture<T> extends CompletableFuture<T> {
  private final boolean capturesErrno;
  /** Written before {@link #captured}, which publishes it. */
  private int errno;
  /** Whether C returned, so that {@link #errno} holds what it left (even if the call then failed). */
  private volatile boolean captured;

  CallFuture(boolean capturesErrno) {
    this.capturesErrno = capturesErrno;
  }

  /**
   * Runs the call on the current thread and completes with its result or exception. A call that
   * fails after C returned (a callback threw, a result could not be converted) still has C's errno,
   * as a synchronous call does: the thread's capture segment is armed with a value C never stores,
   * and holds something else exactly when C ran.
   */
  void run(Supplier<T> call) {
    int before = capturesErrno ? Errno.arm() : 0;
    try {
      T value = call.get();
      if (capturesErrno) {
        errno = Errno.last();
        captured = true;
      }
      complete(value);
    } catch (Throwable t) {
      if (capturesErrno) {
        int after = Errno.last();
        if (after == Errno.NOT_CAPTURED) {
          Errno.restore(before); // C never ran: the thread's own errno is what it was
        } else {
          errno = after;
          captured = true;
        }
      }
      completeExceptionally(t);
    }
  }

  /** Whether the symbol was declared {@code errno = true}. */
  public boolean capturesErrno() {
    return capturesErrno;
  }

  /** Whether C returned (the call may still have failed afterwards), so {@link #errno()} is its errno. */
  public boolean returned() {
    return captured;
  }

  /** The errno the call captured; meaningful once {@link #returned()}. */
  public int errno() {
    return errno;
  }
}
