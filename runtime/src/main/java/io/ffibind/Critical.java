package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a C function as a short leaf call: it returns quickly, never calls back into Java and never
 * blocks. The call is made with Panama's {@code Linker.Option.critical(true)}: cheaper to enter, and
 * Java arrays passed as {@code buffer} or typed-array arguments reach C with no copy at all.
 *
 * <p>The garbage collector may be held off for the whole call: never use it on a function that can
 * block or run long.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Critical {}
