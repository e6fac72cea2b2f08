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
  /** Written before completion, which publishes it to every thread that sees the future done. */
  private int errno;
  private boolean returned;

  CallFuture(boolean capturesErrno) {
    this.capturesErrno = capturesErrno;
  }

  /** Runs the call on the current thread and completes with its result or exception. */
  void run(Supplier<T> call) {
    try {
      T value = call.get();
      if (capturesErrno) {
        errno = Errno.last();
      }
      returned = true;
      complete(value);
    } catch (Throwable t) {
      completeExceptionally(t);
    }
  }

  /** Whether the symbol was declared {@code errno = true}. */
  public boolean capturesErrno() {
    return capturesErrno;
  }

  /**
   * Whether the future completed with what C returned (rather than failing, being cancelled, or being
   * completed by someone else). The completion state is read first: it publishes {@code returned}.
   */
  public boolean returned() {
    return isDone() && !isCompletedExceptionally() && returned;
  }

  /** The errno the call captured; meaningful once {@link #returned()}. */
  public int errno() {
    return errno;
  }
}
