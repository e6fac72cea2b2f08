package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a functional interface as a C function pointer type, so that Java code can be passed where
 * C takes a {@code "function"} and C function pointers can be called from Java.
 *
 * <pre>{@code
 * @Callback(parameters = {"const buffer[4]", "const buffer[4]"}, result = "i32")
 * interface IntComparator {
 *   int compare(MemorySegment a, MemorySegment b);
 * }
 * }</pre>
 *
 * <p>The interface has exactly one abstract method, with one Java parameter per type string. The types
 * are spelled as in {@link Symbol}; parameters are what C passes to Java, so they take the Java types
 * a {@link Symbol}'s result takes (a {@code string} arrives as a {@code String}, a {@code i32[n]} as a
 * copied {@code int[]}, a {@code buffer[n]} as a {@code MemorySegment} view of n bytes, a {@code
 * function} as another {@code @Callback} interface). The result is a number, {@code bool}, {@code
 * pointer} or {@code void}: nothing whose memory would have to outlive the invocation.
 *
 * <p>The processor generates {@code Ffibind_<Name>} beside the interface: {@code pointer(callback,
 * arena)} makes a function pointer C may keep, {@code wrap(pointer)} turns a C function pointer into
 * an object of the interface. An exception a callback throws never reaches C: see {@link Callbacks}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Callback {
  /** One type string per parameter of the interface's method, in order. */
  String[] parameters() default {};

  /** The type the function returns to C; {@code "void"} when nothing. */
  String result() default "void";

  /** The charset of this callback's strings: {@code UTF-8} unless said otherwise. */
  String charset() default "UTF-8";

  /**
   * What C receives when the callback throws (or C calls it through a stale pointer), as a literal of
   * the result type: {@code "1"}, {@code "-1"}, {@code "255"} for a {@code u8}, {@code "0.5"}, {@code
   * "NaN"}, {@code "true"}. Empty (the default): zero, {@code false}. Pointer results always give NULL.
   * For example {@code onError = "1"} on an {@code sqlite3_exec} row callback stops the query.
   */
  String onError() default "";
}
