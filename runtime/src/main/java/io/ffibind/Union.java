package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a C {@code union}: every component is a member at offset 0; the size is the
 * largest member's, rounded up to the strictest member alignment. Components take their C types as
 * for {@link Struct}.
 *
 * <p><b>Reading</b> a union (a result, a field, {@code Ffibind_<Record>.read}) gives every member as
 * read from the same memory, as C would see it. Pointer members that would be followed (strings,
 * arrays behind pointers, struct pointers read as records) are rejected at compile time, because C
 * does not say which member is live; declare such a member {@code "pointer"} ({@code
 * MemorySegment}).
 *
 * <p><b>Writing</b> a union zeroes its memory, then writes, in declaration order, every member whose
 * value is not all zero ({@code 0} with all bits zero, {@code false}, {@code null}, NULL, or an array
 * or record of those); so set the one member you mean and leave the others zero. A record read from memory writes back the same
 * bytes, since all its members agree.
 *
 * <pre>{@code
 * // union number { int64_t i; double d; };
 * @Union(name = "number")
 * record Number(long i, double d) {}
 *
 * new Number(0, 2.5); // writes d
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Union {
  /** The union's name in type strings; the record's simple name when empty. */
  String name() default "";

  /** The {@code sizeof} C gives the union, checked at compile time when stated. -1: not stated. */
  long size() default -1;

  /** The {@code _Alignof} C gives the union, checked at compile time when stated. -1: not stated. */
  long align() default -1;
}
