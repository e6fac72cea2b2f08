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
        yield base.kind() == BaseType.Kind.UNSIGNED
            ? Conversions.widen(base, Kind.LONG, CodeBlock.of("$N", from.name()))
            : CodeBlock.of("(long) $N", from.name());
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
        BaseType base = ((NativeType.Basic) p.nativeType()).base();
        Kind java = p.javaType().kind();
        String name = from.name();
        if (base.kind() == BaseType.Kind.UNSIGNED && java == JavaMapping.carrier(base)) {
          yield switch (java) {
            case BYTE -> CodeBlock.of("$T.toUnsignedLong($N)", Byte.class, name);
            case SHORT -> CodeBlock.of("$T.toUnsignedLong($N)", Short.class, name);
            case INT -> CodeBlock.of("$T.toUnsignedLong($N)", Integer.class, name);
            default -> CodeBlock.of("$N", name);
          };
        }
        yield CodeBlock.of("(long) $N", name);
      }
    };
  }
}
