package io.ffibind;

import io.ffibind.internal.UpcallErrors;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Callbacks C keeps, C function pointers called from Java, and where exceptions go that no call can
 * rethrow. Each method here finds the class ffibind generated for a {@link Callback} interface, {@code
 * Ffibind_<Name>}, and calls its static method of the same name; call that class directly to skip the
 * one reflective look-up.
 *
 * <h2>Lifetimes</h2>
 *
 * <ul>
 *   <li>A callback passed to a {@code "function"} parameter is valid for that call only. ffibind takes
 *       a stub from a pool it never frees, points it at the callback, and detaches it when the call
 *       returns. A call C makes through it later does not run freed code: it is reported to the error
 *       handler as a {@link StaleCallbackException} and C receives zero, until the stub is given to
 *       another call of the same interface (then that call's callback runs).
 *   <li>A callback C keeps after the call returns (a registered handler, an event loop) needs {@link
 *       #pointer}: a function pointer valid until the {@link Arena} closes.
 * </ul>
 *
 * <h2>Exceptions</h2>
 *
 * An exception or error thrown by a callback never reaches C and never terminates the JVM: C receives
 * zero ({@code 0}, {@code false}, {@code NULL}), or the value {@link Callback#onError()} names. A callback passed for one call: the call rethrows the
 * exception, as the same object, when it returns, whichever thread C ran the callback on; further
 * exceptions of the same call are added to it as suppressed (the first 100; then they are counted). A
 * callback from {@link #pointer}: the exception goes to the {@link CallbackErrorHandler}, which by
 * default prints the interface's name and the stack trace to {@code System.err}.
 */
public final class Callbacks {
  private static final ClassValue<Method> POINTER = generated("pointer", Arena.class);
  private static final ClassValue<Method> WRAP = generated("wrap", null);

  private Callbacks() {}

  /**
   * A C function pointer that calls {@code callback} until {@code arena} is closed, for C code that
   * keeps it after the call it was passed to ({@code sqlite3_busy_handler}, {@code atexit}, an event
   * loop). Using the returned segment in a call after the arena closed throws {@link
   * IllegalStateException}.
   *
   * <p><b>The one place C can misuse a callback:</b> a pointer C still holds after the arena closed.
   * ffibind never frees the code behind it, so such a call does not crash: it is reported to the
   * {@linkplain #setErrorHandler error handler} and C receives zero, until ffibind reuses the stub for
   * another callback of the same interface, after which C's call runs that one. Close the arena only
   * after C has forgotten the pointer (unregistered the handler, stopped the loop).
   *
   * <p>A callback object that is itself a C function ({@link #wrap}) gives its own address.
   *
   * @param type the {@code @Callback} interface
   * @param callback what C calls
   * @param arena decides how long the pointer is valid
   */
  public static <T> MemorySegment pointer(Class<T> type, T callback, Arena arena) {
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(arena, "arena");
    return (MemorySegment) invoke(POINTER.get(type), type, callback, arena);
  }

  /**
   * The C function at {@code function} as an object of {@code type}: calling its method calls C, with
   * the interface's type strings. {@code NULL} (or {@code null}) gives {@code null}. Passed back to C,
   * it passes the same address.
   */
  public static <T> T wrap(Class<T> type, MemorySegment function) {
    return type.cast(invoke(WRAP.get(type), type, function));
  }

  /**
   * Sets where exceptions go that no call can rethrow (see the class comment); {@code null} restores
   * the default, which prints the interface's name and the stack trace to {@code System.err}.
   */
  public static void setErrorHandler(CallbackErrorHandler handler) {
    UpcallErrors.setHandler(handler);
  }

  /** The current error handler. */
  public static CallbackErrorHandler errorHandler() {
    return UpcallErrors.handler();
  }

  private static ClassValue<Method> generated(String name, Class<?> second) {
    return new ClassValue<>() {
      @Override
      protected Method computeValue(Class<?> type) {
        String className = Native.generatedClassName(type);
        try {
          Class<?> generated = Class.forName(className, true, type.getClassLoader());
          return second == null
              ? generated.getMethod(name, MemorySegment.class)
              : generated.getMethod(name, type, second);
        } catch (ClassNotFoundException e) {
          throw new IllegalArgumentException(
              "no generated class " + className + " for " + type.getName() + ": is it an interface"
                  + " annotated @Callback, with ffibind-processor on the compiler's annotationProcessorPaths?",
              e);
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException(
              className + " has no " + name + " method: regenerate it with this ffibind version", e);
        }
      }
    };
  }

  private static Object invoke(Method method, Class<?> type, Object... arguments) {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(method + " failed for " + type.getName(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          method.getDeclaringClass().getName() + " is not accessible to ffibind: " + e.getMessage(), e);
    }
  }
}
