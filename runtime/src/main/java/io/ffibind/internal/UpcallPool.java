package io.ffibind.internal;

import io.ffibind.StaleCallbackException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The upcall stubs of one {@code @Callback} interface. Panama's {@code upcallStub} costs microseconds
 * and an exception escaping it terminates the JVM; so each generated {@code Ffibind_<Callback>} owns one
 * pool of stubs created once and never freed, each bound to an {@link UpcallSlot} that says which Java
 * object it runs now. Passing a callback for one call takes a free slot (one compare-and-set) and gives
 * it back after the call; passing {@code null} passes NULL.
 *
 * <p>The pool starts with room for {@value #INITIAL} slots, created as first needed, and doubles
 * whenever every slot is busy (calls in progress on several threads, callbacks nested in callbacks,
 * pointers leased to arenas), so it holds as many stubs as were ever in use at once. Each thread
 * starts its search at a slot of its own, so a thread calling again reuses the same stub: measured,
 * a C call through a stub it called just before costs half as much as through one of eight stubs in
 * turn. The price is that a pointer C wrongly keeps after its call is caught as stale only until the
 * next call that passes a callback of the same interface on that thread.
 */
public final class UpcallPool {
  static final int INITIAL = 8;

  /** The name of the upcall target in generated classes. */
  public static final String UPCALL = "$upcall";

  private static final Linker LINKER = Linker.nativeLinker();

  private final Class<?> callback;
  /** The generated class whose pool this is, named when native access is denied. */
  private final Class<?> generated;
  private final FunctionDescriptor descriptor;
  /** The generated {@code $upcall(UpcallSlot, ...)}. */
  private final MethodHandle upcall;
  private volatile UpcallSlot[] slots = new UpcallSlot[INITIAL];

  /**
   * @param callback the {@code @Callback} interface, for messages
   * @param descriptor the C function type
   * @param lookup the generated class's lookup, in which {@code static $upcall(UpcallSlot, ...)}, with
   *     the descriptor's carrier types after the slot, is the upcall target
   */
  public UpcallPool(Class<?> callback, FunctionDescriptor descriptor, MethodHandles.Lookup lookup) {
    this.callback = callback;
    this.generated = lookup.lookupClass();
    this.descriptor = descriptor;
    MethodType type = descriptor.toMethodType().insertParameterTypes(0, UpcallSlot.class);
    try {
      this.upcall = lookup.findStatic(lookup.lookupClass(), UPCALL, type);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(lookup.lookupClass().getName() + " has no upcall target " + UPCALL + type, e);
    }
  }

  /** A stub pointed at {@code target} until {@link UpcallSlot#release()}; NULL for {@code null}. */
  public UpcallSlot scoped(Object target) {
    return target == null ? UpcallSlot.NULL : acquire(target, false);
  }

  /**
   * A stub pointed at {@code target} until {@code arena} closes, as a zero-length segment of that
   * arena (so Java cannot pass it after the close). Its exceptions go to the error handler.
   */
  public MemorySegment leased(Object target, Arena arena) {
    UpcallSlot slot = acquire(target, true);
    try {
      return slot.pointer().reinterpret(arena, unused -> slot.release());
    } catch (RuntimeException | Error e) {
      slot.release(); // a closed arena, or one of another thread
      throw e;
    }
  }

  /**
   * The Java callback a stub of this pool at {@code pointer} runs now, or null when {@code pointer}
   * is none of this pool's stubs (a C function, NULL) or its stub is free. A struct field read back
   * from memory ffibind wrote gives the same Java object, not a wrapper calling it through C.
   */
  public Object targetOf(MemorySegment pointer) {
    long address = pointer == null ? 0 : pointer.address();
    if (address == 0) {
      return null;
    }
    for (UpcallSlot slot : slots) {
      if (slot != null && slot.pointer().address() == address) {
        return slot.target();
      }
    }
    return null;
  }

  Class<?> callback() {
    return callback;
  }

  StaleCallbackException staleError() {
    String name = callback.getSimpleName();
    return new StaleCallbackException(
        "C called callback " + callback.getName() + " through a pointer that was valid only during the"
            + " call that passed it, after that call had returned: ffibind did not run it and C received"
            + " zero. For a callback C keeps, pass Callbacks.pointer(" + name + ".class, callback, arena)"
            + " (or Ffibind_" + name + ".pointer) and keep the arena open while C may call it");
  }

  private UpcallSlot acquire(Object target, boolean leased) {
    while (true) {
      UpcallSlot[] all = slots;
      int n = all.length;
      int start = (int) Thread.currentThread().threadId();
      for (int i = 0; i < n; i++) {
        int index = (start + i) & (n - 1);
        UpcallSlot slot = all[index];
        if (slot == null) {
          slot = create(index);
        }
        if (leased ? slot.tryLease(target) : slot.tryAcquire(target)) {
          return slot;
        }
      }
      grow(all);
    }
  }

  private synchronized UpcallSlot create(int index) {
    UpcallSlot[] all = slots;
    if (all[index] == null) {
      all[index] = new UpcallSlot(this, this::stub);
    }
    return all[index];
  }

  /**
   * The runtime makes the stubs, so it is {@code io.ffibind} that needs native access here: when the JVM
   * denies it, the exception names the flag (and the generated class whose callback asked).
   */
  private MemorySegment stub(UpcallSlot slot) {
    MethodHandle bound = MethodHandles.insertArguments(upcall, 0, slot);
    try {
      return LINKER.upcallStub(bound, descriptor, Arena.global());
    } catch (IllegalCallerException e) {
      throw NativeAccess.denied(generated, e);
    }
  }

  /** Every slot was busy: twice as many; the new ones are created as they are first taken. */
  private synchronized void grow(UpcallSlot[] full) {
    if (slots == full) {
      UpcallSlot[] bigger = new UpcallSlot[full.length * 2];
      System.arraycopy(full, 0, bigger, 0, full.length);
      slots = bigger;
    }
  }
}
