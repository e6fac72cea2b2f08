package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C type of one component of a {@link Struct} or {@link Union} record.
 *
 * <table>
 *   <caption>Field type strings</caption>
 *   <tr><th>type string</th><th>C</th><th>Java component</th></tr>
 *   <tr><td>{@code "i32"}, {@code "u8"}, {@code "usize"}, {@code "long"}, {@code "f64"}, ...</td>
 *       <td>the scalar</td><td>as for {@link Symbol} parameters ({@code u32}: {@code int} or
 *       {@code long})</td></tr>
 *   <tr><td>{@code "bool"}</td><td>{@code bool} (one byte)</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code "string"}</td><td>{@code char *}</td><td>{@code String} (NULL is null) or
 *       {@code MemorySegment}</td></tr>
 *   <tr><td>{@code "pointer"}, {@code "function"}</td><td>{@code void *}</td><td>{@code
 *       MemorySegment}</td></tr>
 *   <tr><td>{@code "Point"}</td><td>{@code struct Point} inline</td><td>the record</td></tr>
 *   <tr><td>{@code "i32[4]"}, {@code "Point[2]"}</td><td>an inline array {@code int32_t a[4]}</td>
 *       <td>the Java array, exactly that long</td></tr>
 *   <tr><td>{@code "i32[n]"} (last field)</td><td>a flexible array member {@code int32_t a[]} of
 *       as many elements as integer field {@code n} holds</td><td>the Java array</td></tr>
 *   <tr><td>{@code "Point*"}</td><td>{@code struct Point *}</td><td>the record (followed; NULL is
 *       null) or {@code MemorySegment}</td></tr>
 *   <tr><td>{@code "f64[count]*"}, {@code "string[4]*"}, {@code "Point[n]*"}</td><td>a pointer to
 *       as many elements as field {@code count} holds, or 4</td><td>the Java array ({@code
 *       double[]}, {@code String[]}, {@code Point[]}; NULL is null) or {@code MemorySegment}</td></tr>
 *   <tr><td>{@code "i32*"}</td><td>{@code int32_t *}</td><td>{@code MemorySegment}</td></tr>
 * </table>
 *
 * <p>Without this annotation a component takes the type of its Java type (see {@link Struct}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {
  /** The field's type string; empty: the type the component's Java type stands for. */
  String value() default "";

  /**
   * The C name of the field, when the component cannot have it (C's {@code byte} or {@code class}
   * are Java keywords); the component's name when empty. Used in layouts and messages.
   */
  String name() default "";
}
