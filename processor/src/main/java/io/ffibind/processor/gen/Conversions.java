package io.ffibind.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType.Kind;

/** Scalar conversions shared by both directions: what C hands Java, as a result or as a callback argument. */
final class Conversions {
  private Conversions() {}

  /** {@code value}, a C {@code base} in its Java carrier, zero-extended into the wider {@code java} type. */
  static CodeBlock widen(BaseType base, Kind java, CodeBlock value) {
    if (java == JavaMapping.carrier(base)) {
      return value;
    }
    return switch (base) {
      case U8 -> switch (java) {
        case SHORT -> CodeBlock.of("(short) $T.toUnsignedInt($L)", Byte.class, value);
        case INT -> CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, value);
        default -> CodeBlock.of("$T.toUnsignedLong($L)", Byte.class, value);
      };
      case U16 -> switch (java) {
        case CHAR -> CodeBlock.of("(char) $L", value);
        case INT -> CodeBlock.of("$T.toUnsignedInt($L)", Short.class, value);
        default -> CodeBlock.of("$T.toUnsignedLong($L)", Short.class, value);
      };
      case U32 -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, value);
      default -> throw new IllegalStateException(base + " as " + java);
    };
  }

  /**
   * {@code value}, of Java type {@code java}, as the carrier of C type {@code base}: unsigned values in a
   * wider type are range-checked ({@code IllegalArgumentException} naming {@code where}), a null
   * segment is NULL.
   */
  static CodeBlock narrow(BaseType base, Kind java, CodeBlock value, String where) {
    if (java == Kind.MEMORY_SEGMENT) {
      return nullToNull(value);
    }
    return narrowUnsigned(base, java, value, Names.ARGS, where);
  }

  /**
   * {@code value}, of an unsigned C type held in a wider Java type, range-checked by {@code checks}
   * ({@code Args} for arguments, {@code StructFields} for fields) naming {@code where}; a value of
   * the carrier type as it is.
   */
  static CodeBlock narrowUnsigned(BaseType base, Kind java, CodeBlock value, ClassName checks, String where) {
    if (java == JavaMapping.carrier(base)) {
      return value;
    }
    if (base == BaseType.U16 && java == Kind.CHAR) {
      return CodeBlock.of("(short) $L", value);
    }
    String check =
        switch (base) {
          case U8 -> "u8";
          case U16 -> "u16";
          case U32 -> "u32";
          default -> throw new IllegalStateException(base + " from " + java);
        };
    return CodeBlock.of("$T.$L($L, $S)", checks, check, value, where);
  }

  /**
   * NULL for a null segment. Not for an argument of the signature-polymorphic invokeExact, where a
   * bare conditional is a poly expression typed Object (the exact call would fail with
   * WrongMethodTypeException) and the cast that fixes it is one {@code -Xlint:cast} calls redundant:
   * downcalls convert into a local first ({@code DowncallEmitter.nullToNull}).
   */
  static CodeBlock nullToNull(CodeBlock value) {
    return CodeBlock.of("$L == null ? $T.NULL : $L", value, Names.MEMORY_SEGMENT, value);
  }
}
