package io.ffibind;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Objects;

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
