package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import java.util.List;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Turns javac's type mirrors into the processor's {@link JavaType} model. */
final class JavaTypes {
  private JavaTypes() {}

  static JavaType of(TypeMirror type) {
    return switch (type.getKind()) {
      case VOID -> JavaType.of(Kind.VOID);
      case BOOLEAN -> JavaType.of(Kind.BOOLEAN);
      case BYTE -> JavaType.of(Kind.BYTE);
      case SHORT -> JavaType.of(Kind.SHORT);
      case CHAR -> JavaType.of(Kind.CHAR);
      case INT -> JavaType.of(Kind.INT);
      case LONG -> JavaType.of(Kind.LONG);
      case FLOAT -> JavaType.of(Kind.FLOAT);
      case DOUBLE -> JavaType.of(Kind.DOUBLE);
      case ARRAY -> {
        JavaType component = of(((ArrayType) type).getComponentType());
        yield component.is(Kind.OTHER) || component.is(Kind.ARRAY) || component.is(Kind.LIST_OF_STRING)
            ? JavaType.other(type.toString())
            : JavaType.arrayOf(component);
      }
      case DECLARED -> declared((DeclaredType) type);
      default -> JavaType.other(type.toString());
    };
  }

  private static JavaType declared(DeclaredType type) {
    String name = type.asElement().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    return switch (name) {
      case "java.lang.String" -> JavaType.of(Kind.STRING);
      case "java.lang.foreign.MemorySegment" -> JavaType.of(Kind.MEMORY_SEGMENT);
      case "java.nio.ByteBuffer" -> JavaType.of(Kind.BYTE_BUFFER);
      case "java.util.List" ->
          args.size() == 1 && args.get(0).toString().equals("java.lang.String")
              ? JavaType.of(Kind.LIST_OF_STRING)
              : JavaType.other(type.toString());
      default -> JavaType.other(type.toString());
    };
  }
}
