package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.List;

/** Layout expressions for generated code: what C sees in registers and in memory. */
final class Layouts {
  private Layouts() {}

  /** {@code FunctionDescriptor.of(result, parameters...)}, or {@code ofVoid(...)} for a void result. */
  static CodeBlock descriptor(List<NativeType> parameters, NativeType result) {
    List<CodeBlock> layouts = parameters.stream().map(Layouts::of).toList();
    boolean isVoid = result instanceof NativeType.Basic b && b.base() == BaseType.VOID;
    if (isVoid) {
      return CodeBlock.of("$T.ofVoid($L)", Names.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ", "));
    }
    return CodeBlock.of(
        "$T.of($L$L)",
        Names.FUNCTION_DESCRIPTOR,
        of(result),
        layouts.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", CodeBlock.join(layouts, ", ")));
  }

  /** The layout of a value of {@code type} passed to or returned from C. */
  static CodeBlock of(NativeType type) {
    return switch (type) {
      case NativeType.Basic b -> scalar(b.base());
      case NativeType.StructValue v -> CodeBlock.of("$T.LAYOUT", Names.companion(v.struct()));
      default -> pointer();
    };
  }

  static CodeBlock scalar(BaseType base) {
    return switch (base) {
      case BOOL -> value("JAVA_BOOLEAN");
      case CHAR, I8, U8 -> value("JAVA_BYTE");
      case I16, U16 -> value("JAVA_SHORT");
      case I32, U32 -> value("JAVA_INT");
      case I64, U64 -> value("JAVA_LONG");
      case F32 -> value("JAVA_FLOAT");
      case F64 -> value("JAVA_DOUBLE");
      case USIZE, ISIZE -> CodeBlock.of("$T.C_SIZE_T", Names.C_LAYOUTS);
      case LONG, ULONG -> CodeBlock.of("$T.C_LONG", Names.C_LAYOUTS);
      case POINTER, FUNCTION, STRING, BUFFER -> pointer();
      case VOID -> throw new IllegalArgumentException("void has no layout");
    };
  }

  /** The layout of one element of a Java array, as copied to and from C memory. */
  static CodeBlock element(JavaType component) {
    return switch (component.kind()) {
      case BYTE -> value("JAVA_BYTE");
      case SHORT -> value("JAVA_SHORT");
      case CHAR -> value("JAVA_CHAR");
      case INT -> value("JAVA_INT");
      case LONG -> value("JAVA_LONG");
      case FLOAT -> value("JAVA_FLOAT");
      case DOUBLE -> value("JAVA_DOUBLE");
      default -> pointer();
    };
  }

  static CodeBlock pointer() {
    return value("ADDRESS");
  }

  private static CodeBlock value(String constant) {
    return CodeBlock.of("$T.$L", Names.VALUE_LAYOUT, constant);
  }
}
