package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
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
      case "java.lang.foreign.SegmentAllocator" -> JavaType.of(Kind.SEGMENT_ALLOCATOR);
      case "java.util.concurrent.CompletableFuture" ->
          args.size() == 1 && args.get(0).getKind() == javax.lang.model.type.TypeKind.DECLARED
                  || args.size() == 1 && args.get(0).getKind() == javax.lang.model.type.TypeKind.ARRAY
              ? JavaType.future(unboxed(args.get(0)))
              : JavaType.other(type.toString());
      case "java.util.List" ->
          args.size() == 1 && args.get(0).toString().equals("java.lang.String")
              ? JavaType.of(Kind.LIST_OF_STRING)
              : JavaType.other(type.toString());
      default -> userType(type);
    };
  }

  /** A type argument as the Java type it stands for: {@code Integer} is {@code int}, Void is void. */
  private static JavaType unboxed(TypeMirror type) {
    String name = type instanceof DeclaredType d ? d.asElement().toString() : "";
    return switch (name) {
      case "java.lang.Void" -> JavaType.of(Kind.VOID);
      case "java.lang.Boolean" -> JavaType.of(Kind.BOOLEAN);
      case "java.lang.Byte" -> JavaType.of(Kind.BYTE);
      case "java.lang.Short" -> JavaType.of(Kind.SHORT);
      case "java.lang.Character" -> JavaType.of(Kind.CHAR);
      case "java.lang.Integer" -> JavaType.of(Kind.INT);
      case "java.lang.Long" -> JavaType.of(Kind.LONG);
      case "java.lang.Float" -> JavaType.of(Kind.FLOAT);
      case "java.lang.Double" -> JavaType.of(Kind.DOUBLE);
      default -> of(type);
    };
  }

  /** A record marked {@code @Struct}/{@code @Union} or an interface marked {@code @Callback}. */
  private static JavaType userType(DeclaredType type) {
    Element element = type.asElement();
    if (!(element instanceof TypeElement t)) {
      return JavaType.other(type.toString());
    }
    if (StructScopes.isStruct(t)) {
      return JavaType.declared(Kind.STRUCT, classRef(t));
    }
    if (Annotations.find(t, Annotations.CALLBACK).isPresent()) {
      return JavaType.declared(Kind.CALLBACK, classRef(t));
    }
    return JavaType.other(type.toString());
  }

  /** The package and nested simple names of a (possibly nested) class. */
  static JavaType.ClassRef classRef(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      e = t.getEnclosingElement();
    }
    String pkg = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return new JavaType.ClassRef(pkg, names);
  }
}
