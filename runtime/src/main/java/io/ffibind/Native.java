package io.ffibind;

import io.ffibind.internal.BoundLibrary;
import io.ffibind.internal.CallFuture;
import io.ffibind.internal.Errno;
import io.ffibind.internal.NativeBinding;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Entry point: returns the implementation the ffibind processor generated for a {@link
 * NativeLibrary} interface, with its library loaded and every symbol resolved.
 *
 * <pre>{@code
 * try (LibM m = Native.load(LibM.class)) {
 *   double x = m.pow(2, 10);
 * }
 * }</pre>
 *
 * <p>The generated class is {@code Ffibind_<Name>} beside the interface ({@code Ffibind_Outer_Inner}
 * for a nested one); calling its {@code public static load(Path)} directly ({@code null} for the
 * annotated library) avoids the one reflective look-up done here.
 */
public final class Native {
  /** Prefix of every generated implementation class. */
  public static final String GENERATED_PREFIX = "Ffibind_";

  private Native() {}

  /**
   * Loads the library named by the interface's {@link NativeLibrary#value()}.
   *
   * @throws NativeLoadException if the library or one of its symbols cannot be found, or the
   *     interface has no generated binding
   */
  public static <T> T load(Class<T> library) {
    return instantiate(library, null);
  }

  /**
   * Loads the library at {@code path} instead of the one the annotation names; every symbol is
   * resolved in that file.
   */
  public static <T> T load(Class<T> library, Path path) {
    Objects.requireNonNull(path, "path");
    return instantiate(library, path);
  }

  /**
   * Whether the loaded library exports {@code symbol}, a C name the interface binds with {@link
   * Symbol} or {@link Global} ({@code optional = true} or not). Use it before calling an optional
   * symbol, which otherwise throws {@link MissingSymbolException}.
   *
   * @param library a binding returned by {@link #load(Class)}
   * @param symbol the C name ({@code @Symbol(name)}, or the method's name when that is empty)
   * @throws IllegalArgumentException if {@code library} is not a generated binding, or binds no
   *     symbol of that name
   */
  public static boolean isPresent(Object library, String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return binding(library, "isPresent").isPresent(symbol);
  }

  /**
   * Runs the {@code nonblocking = true} calls of {@code library} on {@code executor} from now on;
   * {@code null} restores the default, a shared pool of daemon platform threads that grows with the
   * calls in flight. Native calls pin virtual threads, so an executor of virtual threads gains
   * nothing; a bounded pool limits how many calls run at once.
   *
   * @throws IllegalArgumentException if {@code library} is not a generated binding
   */
  public static void setExecutor(Object library, Executor executor) {
    binding(library, "setExecutor").executor(executor);
  }

  /**
   * The C {@code errno} captured right after the calling thread's most recent call of a symbol
   * declared {@code errno = true}; 0 before the first. Other threads' calls and the JVM's own use of
   * {@code errno} never change it.
   */
  public static int errno() {
    return Errno.last();
  }

  /**
   * The {@code errno} captured by the nonblocking call that returned {@code future}, on the thread
   * that ran it.
   *
   * @throws IllegalArgumentException if the future is not one a nonblocking {@code errno = true}
   *     method returned (a dependent stage such as {@code thenApply} is another future)
   * @throws IllegalStateException if the call has not returned, or failed before C returned (a call
   *     that failed after C returned, because a callback threw say, has C's errno)
   */
  public static int errno(CompletableFuture<?> future) {
    Objects.requireNonNull(future, "future");
    if (!(future instanceof CallFuture<?> call) || !call.capturesErrno()) {
      throw new IllegalArgumentException(
          "errno(future) takes the future returned by a method declared @Symbol(nonblocking = true,"
              + " errno = true), not a dependent stage or another future");
    }
    if (!call.returned()) {
      throw new IllegalStateException(
          call.isDone()
              ? "the call failed (or was cancelled) before C returned, so it has no errno"
              : "the call has not completed yet: read errno once the future is done");
    }
    return call.errno();
  }

  /**
   * The text C's {@code strerror} gives for an {@code errno} value, such as {@code "No such file or
   * directory"} for {@code ENOENT}. Thread-safe (it uses the XSI {@code strerror_r}).
   */
  public static String strerror(int errno) {
    return Errno.describe(errno);
  }

  private static NativeBinding binding(Object library, String what) {
    if (library instanceof BoundLibrary bound) {
      return bound.$binding();
    }
    throw new IllegalArgumentException(
        what + " takes a binding returned by Native.load, not "
            + (library == null ? "null" : library.getClass().getName()));
  }

  /** The binary name of the class generated for {@code library}. */
  public static String generatedClassName(Class<?> library) {
    String pkg = library.getPackageName();
    String nested = library.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('$', '_');
    return (pkg.isEmpty() ? "" : pkg + ".") + GENERATED_PREFIX + nested;
  }

  private static <T> T instantiate(Class<T> library, Path path) {
    Objects.requireNonNull(library, "library");
    if (!library.isInterface() || library.isAnnotation()) {
      throw new IllegalArgumentException(
          library.getName() + " is not an interface: Native.load takes a @NativeLibrary interface");
    }
    String name = generatedClassName(library);
    Class<?> generated;
    try {
      generated = Class.forName(name, true, library.getClassLoader());
    } catch (ExceptionInInitializerError e) {
      // Its static handles are made when the class loads: denied native access surfaces here.
      if (e.getCause() instanceof IllegalCallerException denied) {
        throw new IllegalCallerException(denied.getMessage(), denied);
      }
      throw e;
    } catch (ClassNotFoundException e) {
      throw new NativeLoadException(
          "no generated binding "
              + name
              + " for "
              + library.getName()
              + ": is it annotated @NativeLibrary and is ffibind-processor on the compiler's"
              + " annotationProcessorPaths?",
          e);
    }
    if (!library.isAssignableFrom(generated)) {
      throw new NativeLoadException(name + " does not implement " + library.getName());
    }
    try {
      return library.cast(generated.getMethod("load", Path.class).invoke(null, path));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new NativeLoadException("loading " + library.getName() + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new NativeLoadException(
          name + " has no public static load(Path): regenerate it with this ffibind version", e);
    }
  }
}
