package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Function;

/**
 * One upcall stub of an {@link UpcallPool} and the Java callback it currently dispatches to, or a
 * plain C function pointer ({@link #direct}) that needs no stub.
 *
 * <p>What generated code does with it:
 *
 * <pre>{@code
 * // a binding method that passes `cb` to C for the duration of the call
 * UpcallSlot $cb = Ffibind_IntOp.$scoped(cb);        // a free stub of the pool, pointed at cb
 * try {
 *   int $result = (int) handle.invokeExact(address, $cb.pointer());
 *   $cb.rethrow();                                    // what cb threw during the call, on any thread
 *   return $result;
 * } finally {
 *   $cb.release();                                    // detached: later calls from C are reported
 * }
 *
 * // the upcall target, bound to its slot: it never lets anything escape to C
 * static int $upcall(UpcallSlot $slot, int v) {
 *   Object $target = $slot.target();
 *   if ($target == null) { $slot.stale(); return 0; }
 *   try { return ((IntOp) $target).apply(v); }
 *   catch (Throwable $t) { $slot.failed($target, $t); return 0; }
 * }
 * }</pre>
 *
 * <p>Acquiring costs one compare-and-set; releasing one ordered store; the upcall one extra load.
 * The target is published with release/acquire ordering so a thread C starts during the call sees it.
 */
public final class UpcallSlot {
  /** At most this many suppressed exceptions per call; the rest are counted. */
  static final int MAX_SUPPRESSED = 100;

  private static final VarHandle TARGET;

  static {
    try {
      TARGET = MethodHandles.lookup().findVarHandle(UpcallSlot.class, "target", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** What a slot lent to an arena holds: the callback, marked so that its exceptions go to the handler. */
  private record Leased(Object callback) {}

  /** C's {@code NULL}: passed for a {@code null} callback. */
  public static final UpcallSlot NULL = new UpcallSlot(null, s -> MemorySegment.NULL);

  /** The pool the stub belongs to; null for a direct pointer, which has nothing to release. */
  private final UpcallPool pool;
  private final MemorySegment pointer;
  /**
   * What C's calls run: the callback lent to a call, a {@link Leased} one, or null when the slot is
   * free. One field, so that taking a slot is one compare-and-set and giving it back one store.
   */
  @SuppressWarnings("unused") // through TARGET
  private Object target;
  /** The first exception of the current call; guarded by {@code this}, read without it. */
  private volatile Throwable failure;
  private int suppressed;

  /** {@code stub} makes the stub that calls back with this slot bound as its first argument. */
  UpcallSlot(UpcallPool pool, Function<UpcallSlot, MemorySegment> stub) {
    this.pool = pool;
    this.pointer = stub.apply(this);
  }

  /** A C function pointer passed on as it is, such as a callback object that wraps a C function. */
  public static UpcallSlot direct(MemorySegment function) {
    return new UpcallSlot(null, s -> function);
  }

  /** What C receives: the stub, or the direct pointer. */
  public MemorySegment pointer() {
    return pointer;
  }

  // ---- the call side ------------------------------------------------------------------------

  /** Takes the slot for one call if it is free, and points it at {@code callback}. */
  boolean tryAcquire(Object callback) {
    return take(callback);
  }

  /** Takes the slot for an arena if it is free: exceptions of {@code callback} go to the handler. */
  boolean tryLease(Object callback) {
    return take(new Leased(callback));
  }

  private boolean take(Object stored) {
    if (TARGET.getOpaque(this) != null || !TARGET.compareAndSet(this, null, stored)) {
      return false;
    }
    if (failure != null) {
      drainLeftover();
    }
    return true;
  }

  /**
   * Throws the first exception the callback threw during the call, as the same object, with the
   * others suppressed. A checked exception is thrown as it is, although this method declares none.
   */
  public void rethrow() {
    if (failure != null) {
      throw sneaky(takeFailure());
    }
  }

  /** As {@link #rethrow()} for a call that passed several callbacks: the first one's first exception. */
  public static void rethrow(UpcallSlot... slots) {
    Throwable first = null;
    for (UpcallSlot slot : slots) {
      first = slot.collect(first);
    }
    if (first != null) {
      throw sneaky(first);
    }
  }

  /**
   * Takes this slot's exception of the call: the new {@code first} of several slots' exceptions
   * (it becomes the first, or is suppressed in it); {@code first} as it was when there is none.
   */
  Throwable collect(Throwable first) {
    if (failure == null) {
      return first;
    }
    Throwable t = takeFailure();
    if (first == null) {
      return t;
    }
    if (t != first) {
      first.addSuppressed(t);
    }
    return first;
  }

  /** Detaches the callback: from now on a call from C through this stub is reported as stale. */
  public void release() {
    if (pool != null) {
      TARGET.setRelease(this, null);
    }
  }

  /**
   * Rethrows {@code t} unchanged, checked or not, from a method that declares nothing: used as {@code
   * throw UpcallSlot.sneaky(t)}.
   */
  @SuppressWarnings("unchecked")
  public static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private synchronized Throwable takeFailure() {
    Throwable first = failure;
    if (suppressed > MAX_SUPPRESSED) {
      first.addSuppressed(dropped(suppressed - MAX_SUPPRESSED));
    }
    failure = null;
    suppressed = 0;
    return first;
  }

  // ---- the upcall side: none of these ever throws --------------------------------------------

  /** The callback to run, or null when the call that passed it has returned. */
  public Object target() {
    Object target = TARGET.getAcquire(this);
    return target instanceof Leased leased ? leased.callback() : target;
  }

  /** C called through a stub no call is using: reported, and the upcall returns zero. */
  public void stale() {
    try {
      UpcallErrors.report(pool.callback(), pool.staleError());
    } catch (Throwable ignored) {
      // An upcall must return; OutOfMemoryError while reporting leaves nothing else to do.
    }
  }

  /**
   * {@code callback} threw {@code t}: recorded for the call that passed it to rethrow, or, for a
   * callback C keeps or one whose call has returned, handed to the error handler.
   */
  public void failed(Object callback, Throwable t) {
    try {
      if (!record(callback, t)) {
        UpcallErrors.report(pool.callback(), t);
      }
    } catch (Throwable ignored) {
      // As in stale(): nothing may leave an upcall.
    }
  }

  /** Records {@code t} if {@code callback} is still lent to the call (a leased one never is). */
  private synchronized boolean record(Object callback, Throwable t) {
    if (TARGET.getVolatile(this) != callback) {
      return false;
    }
    Throwable first = failure;
    if (first == null) {
      failure = t;
    } else if (t != first) {
      if (++suppressed <= MAX_SUPPRESSED) {
        first.addSuppressed(t);
      }
    }
    return true;
  }

  /**
   * An exception recorded after its call had already collected: C ran the callback concurrently with
   * the end of the call. The handler gets it rather than the next call.
   */
  private void drainLeftover() {
    Throwable t;
    synchronized (this) {
      t = failure;
      failure = null;
      suppressed = 0;
    }
    if (t != null) {
      UpcallErrors.report(pool.callback(), t);
    }
  }

  private static IllegalStateException dropped(int count) {
    return new IllegalStateException(
        count + " further exceptions thrown by callbacks during this call were dropped (ffibind keeps "
            + MAX_SUPPRESSED + ")");
  }
}
