package io.ffibind.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs the calls of symbols declared {@code nonblocking = true} on another thread. The generated
 * method hands over its ordinary synchronous body, so everything that body allocates for C (string and
 * array copies) lives in the running thread's scratch memory until C returns, and arrays C writes are
 * copied back before the future completes.
 *
 * <p>A native call pins a virtual thread to its carrier, so the default executor is a pool of daemon
 * platform threads sized for blocking calls: it grows with the calls in flight and shrinks when they
 * are idle. {@code Native.setExecutor} replaces it per binding.
 */
public final class Nonblocking {
  private Nonblocking() {}

  /** The pool nonblocking calls run on unless their binding names another executor. */
  public static Executor defaultExecutor() {
    return DefaultPool.POOL;
  }

  /** Submits a call with a result. */
  public static <T> CompletableFuture<T> call(NativeBinding binding, boolean errno, Supplier<T> call) {
    CallFuture<T> future = new CallFuture<>(errno);
    try {
      binding.executor().execute(() -> future.run(call));
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  /** Submits a {@code void} call. */
  public static CompletableFuture<Void> run(NativeBinding binding, boolean errno, Runnable call) {
    return call(binding, errno, () -> {
      call.run();
      return null;
    });
  }

  private static final class DefaultPool {
    /** Daemon threads: a pending call does not keep the JVM alive, as no other ffibind state does. */
    static final ExecutorService POOL =
        Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("ffibind-nonblocking-", 0).factory());
  }
}
