package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a C {@code struct}: each record component is a field, in order. The ffibind
 * processor computes the layout with C's rules (natural alignment, padding between fields, trailing
 * padding to the struct's alignment, nested structs and inline arrays) for the LP64 platforms
 * (x86-64 and AArch64, Linux and macOS), checks it against {@link #size()} and {@link #align()} when
 * they are stated, and generates a companion class {@code Ffibind_<Record>} in the record's package
 * with the {@code StructLayout}, allocation, whole-record reads and writes, and field accessors.
 *
 * <pre>{@code
 * // struct timespec { time_t tv_sec; long tv_nsec; };
 * @Struct(name = "timespec", size = 16, align = 8)
 * record Timespec(long tv_sec, @Field("long") long tv_nsec) {}
 * }</pre>
 *
 * <p>A component's C type is its {@link Field} type string, or when it has none, the one its Java
 * type stands for: {@code boolean} bool, {@code byte} i8, {@code short} i16, {@code char} u16,
 * {@code int} i32, {@code long} i64, {@code float} f32, {@code double} f64, a {@code @Struct} or
 * {@code @Union} record that struct inline, {@code String} a {@code char *} string, {@code
 * MemorySegment} a pointer.
 *
 * <p>In {@link Symbol} type strings the struct is named by {@link #name()}: {@code "Point"} by value,
 * {@code "Point*"} a pointer to one, {@code "Point[n]"} an array.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Struct {
  /** The struct's name in type strings; the record's simple name when empty. */
  String name() default "";

  /**
   * The {@code sizeof} C gives the struct, if you want it checked: when stated and different from
   * the computed layout, the compile fails and shows every field's offset. -1: not stated.
   */
  long size() default -1;

  /** The {@code _Alignof} C gives the struct, checked like {@link #size()}. -1: not stated. */
  long align() default -1;

  /**
   * No padding at all, as GCC's and Clang's {@code __attribute__((packed))}: every field at the next
   * byte, the struct aligned to 1. Panama cannot pass such a struct by value; by pointer it works.
   */
  boolean packed() default false;
}
