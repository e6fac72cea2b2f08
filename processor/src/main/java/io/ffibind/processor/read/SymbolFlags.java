package io.ffibind.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The boolean members of {@code @Symbol} that change how a call is made, with their positions for
 * messages (null when not written).
 */
public record SymbolFlags(
    boolean optional,
    boolean nonblocking,
    AnnotationValue nonblockingValue,
    boolean errno,
    AnnotationValue errnoValue) {
  public static final SymbolFlags NONE = new SymbolFlags(false, false, null, false, null);

  /** The flags of a {@code @Symbol} mirror; {@link #NONE} for null. */
  static SymbolFlags of(AnnotationMirror symbol) {
    if (symbol == null) {
      return NONE;
    }
    return new SymbolFlags(
        Annotations.bool(symbol, "optional"),
        Annotations.bool(symbol, "nonblocking"),
        Annotations.explicit(symbol, "nonblocking"),
        Annotations.bool(symbol, "errno"),
        Annotations.explicit(symbol, "errno"));
  }
}
