package io.ffibind.strict;

import java.util.List;

/**
 * Names every class generated for {@link Everything}, so that a binding the processor failed to
 * generate fails the build instead of passing unnoticed.
 */
public final class Bindings {
  private Bindings() {}

  /** The generated classes: bindings, struct companions and callback classes. */
  public static final List<Class<?>> GENERATED =
      List.of(
          Ffibind_Everything.class,
          Ffibind_Everything_Nested.class,
          Ffibind_Everything_Derived.class,
          Ffibind_Shapes_Point.class,
          Ffibind_Shapes_Line.class,
          Ffibind_Shapes_Value.class,
          Ffibind_Shapes_Tagged.class,
          Ffibind_Shapes_Packed.class,
          Ffibind_Shapes_Holder.class,
          Ffibind_Shapes_Flex.class,
          Ffibind_Shapes_Scalars.class,
          Ffibind_Person.class,
          Ffibind_Callbacks_Compare.class,
          Ffibind_Callbacks_Scalars.class,
          Ffibind_Callbacks_Visitor.class,
          Ffibind_Callbacks_Higher.class,
          Ffibind_Callbacks_Tick.class,
          Ffibind_Callbacks_Arrays.class,
          Ffibind_Callbacks_Chars.class,
          Ffibind_Callbacks_Floats.class,
          Ffibind_Callbacks_Test.class,
          Ffibind_Callbacks_Factory.class,
          Ffibind_Callbacks_Wide.class);
}
