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

  /**
   * The library may lack this symbol: loading does not fail, and calling the method throws {@link
   * MissingSymbolException} (naming the symbol and the library file). Ask first with {@link
   * Native#isPresent(Object, String)}.
   */
  boolean optional() default false;

  /**
   * The call runs on another thread and the method returns at once: declare the result as {@code
   * CompletableFuture<T>}, {@code T} the boxed Java type of the C result ({@code
   * CompletableFuture<Void>} for {@code void}). Calls run on a shared pool of platform threads
   * unless {@link Native#setExecutor(Object, java.util.concurrent.Executor)} names another executor.
   * Not with {@link Critical}.
   */
  boolean nonblocking() default false;

  /**
   * C's {@code errno} is captured right after the call, before the JVM can change it; read it with
   * {@link Native#errno()} on the calling thread (or {@link
   * Native#errno(java.util.concurrent.CompletableFuture)} for a nonblocking call), or turn it into an
   * exception with {@link ErrnoException#last(String)}.
   */
  boolean errno() default false;
}
