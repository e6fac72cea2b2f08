package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a binding to a C library. The ffibind annotation processor checks every
 * {@link Symbol} of the interface at compile time and generates a Panama implementation, returned by
 * {@link Native#load(Class)}.
 *
 * <p>{@link #value()} names the library:
 *
 * <ul>
 *   <li>a bare name such as {@code "m"}, {@code "z"} or {@code "sqlite3"}, resolved the platform's way
 *       ({@code libz.so}, versioned {@code libz.so.1}, GNU linker scripts, {@code java.library.path},
 *       the system search); the system property {@code ffibind.library.<name>} overrides it with a path;
 *   <li>a path to a shared library file (contains a {@code /}), or a file name such as {@code
 *       "libm.so.6"}, looked for as it is in the same places as a bare name;
 *   <li>{@code ""}: the symbols the process already has (the C library).
 * </ul>
 *
 * <p>If the interface extends {@link AutoCloseable}, {@code close()} releases the library: every later
 * call throws {@link IllegalStateException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface NativeLibrary {
  /** The library name or path; {@code ""} for the process's own symbols. */
  String value();

  /**
   * The charset of every {@code string} in this library's symbols, unless a {@link Symbol#charset()}
   * says otherwise. One of {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code UTF-32LE},
   * {@code UTF-32BE}, {@code ISO-8859-1}, {@code US-ASCII}.
   */
  String charset() default "UTF-8";
}
