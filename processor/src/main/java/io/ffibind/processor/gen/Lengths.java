package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import java.util.List;

/** Declared lengths as generated expressions, shared by argument checks and result copies. */
final class Lengths {
  private Lengths() {}

  /**
   * The declared element count as a {@code long} expression, where the parameters are the raw C
   * values in their Java carriers (as an upcall receives them); null when none is declared.
   */
  static CodeBlock ofCarriers(List<ParameterModel> parameters, Length length) {
    return switch (length) {
      case Length.Unknown u -> null;
      case Length.Fixed fixed -> CodeBlock.of("$LL", fixed.count());
      case Length.FromParameter from -> {
        ParameterModel p = parameters.stream().filter(q -> q.name().equals(from.name())).findFirst().orElseThrow();
        BaseType base = ((NativeType.Basic) p.nativeType()).base();
        yield asLong(base, JavaMapping.carrier(base), CodeBlock.of("$N", from.name()));
      }
    };
  }

  /** The declared element count as a {@code long} expression, or null when none is declared. */
  static CodeBlock value(FunctionModel f, Length length) {
    return switch (length) {
      case Length.Unknown u -> null;
      case Length.Fixed fixed -> CodeBlock.of("$LL", fixed.count());
      case Length.FromParameter from -> {
        ParameterModel p = f.parameter(from.name());
        yield asLong(((NativeType.Basic) p.nativeType()).base(), p.javaType().kind(), CodeBlock.of("$N", from.name()));
      }
    };
  }

  /**
   * {@code value}, a length of C type {@code base} held in Java type {@code java}, as a {@code long}
   * expression: an unsigned value in its carrier zero-extended, a narrower type cast, a long as it is.
   */
  static CodeBlock asLong(BaseType base, Kind java, CodeBlock value) {
    if (base.kind() == BaseType.Kind.UNSIGNED && java == JavaMapping.carrier(base)) {
      return Conversions.widen(base, Kind.LONG, value);
    }
    return java == Kind.LONG ? value : CodeBlock.of("(long) $L", value); // a cast to long is redundant
  }
}
