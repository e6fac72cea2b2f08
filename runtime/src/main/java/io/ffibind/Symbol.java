package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an abstract method of a {@link NativeLibrary} interface to a C function.
 *
 * <p>Types are spelled as node:ffi spells them ({@code "i32"}, {@code "f64"}, {@code "pointer"},
 * {@code "string"}, {@code "buffer"}, ...), plus C's platform-sized {@code "long"}/{@code "ulong"},
 * typed arrays ({@code "i32[]"}, {@code "u8[len]"}, {@code "f64[16]"}), out-parameters ({@code
 * "usize*"}, {@code "pointer*"}) and {@code "const "} for memory C only reads. The README's table
 * lists the Java types each accepts; the processor rejects anything else at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Symbol {
  /** The C symbol; the method's name when empty. */
  String name() default "";

  /** One type string per Java parameter, in order. */
  String[] parameters() default {};

  /** The result type; {@code "void"} when the function returns nothing. */
  String result() default "void";

  /** The charset of this function's strings; the library's {@link NativeLibrary#charset()} if empty. */
  String charset() default "";
}
