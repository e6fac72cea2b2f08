package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the caller owns the memory a {@code string} or array result points to: the generated code
 * copies it into Java and then frees it with the C function {@link #value()}, looked up in the bound
 * library first and in the process's own symbols (the C library) after.
 *
 * <p>Without this annotation result memory is never freed, as for {@code getenv} or {@code
 * sqlite3_errmsg}. For a {@code string[n]} result only the array is freed, not the strings.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FreeResult {
  /** The C function that frees the memory: {@code void f(void *)}. */
  String value() default "free";
}
