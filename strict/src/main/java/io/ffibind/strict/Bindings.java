package io.ffibind.strict;

import java.util.List;

/**
 * Names every class generated for {@link Everything}, so that a binding the processor failed to
 * generate fails the build instead of passing unnoticed.
 */
public final class Bindings {
  private Bindings() {}

  /** The generated classes. */
  public static final List<Class<?>> GENERATED =
      List.of(
          Ffibind_Everything.class, Ffibind_Everything_Nested.class, Ffibind_Everything_Derived.class,
          Ffibind_Everything_Point.class, Ffibind_Everything_Label.class, Ffibind_Everything_Value.class);
}
