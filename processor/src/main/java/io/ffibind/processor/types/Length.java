package io.ffibind.processor.types;

/**
 * How many elements C reads or writes through an array or buffer: unknown, a constant, or the value
 * of another parameter of the same function.
 */
public sealed interface Length {
  /** No length declared: C uses what the Java argument holds. */
  record Unknown() implements Length {}

  /** A constant such as {@code i32[16]}. */
  record Fixed(long count) implements Length {}

  /** The value of the parameter named, such as {@code u8[len]}; in a struct field, of the field named. */
  record FromParameter(String name) implements Length {}

  Unknown UNKNOWN = new Unknown();
}
