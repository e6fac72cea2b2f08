package io.ffibind.processor.read;

import javax.lang.model.element.AnnotationValue;

/**
 * Attributes of {@code @Symbol} read by name through its mirror, so code that needs them works with
 * or without them in this build's annotation: {@code optional} is false unless written as true.
 */
public final class SymbolOptions {
  private SymbolOptions() {}

  /** {@code @Symbol(optional = true)}: the library may lack the symbol. */
  public static boolean isOptional(MethodDeclaration method) {
    if (method.symbol() == null) {
      return false;
    }
    AnnotationValue value = Annotations.explicit(method.symbol(), "optional");
    return value != null && Boolean.TRUE.equals(value.getValue());
  }
}
