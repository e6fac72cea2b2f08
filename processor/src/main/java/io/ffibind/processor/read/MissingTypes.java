package io.ffibind.processor.read;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a declaration refers to something javac could not resolve (yet): a class that a later
 * processing round may generate, or a typo javac will report itself. Either way ffibind has nothing
 * useful to add, so it waits for the next round and never reports on such types.
 */
public final class MissingTypes {
  /**
   * How javac shows an annotation value it could not resolve, such as an unknown constant. A string
   * written so would show in quotes, as {@link AnnotationValue#toString()} gives source form.
   */
  private static final String ERROR_VALUE = "<error>";

  private MissingTypes() {}

  public static boolean in(LibraryDeclaration library) {
    return library.methods().stream().anyMatch(MissingTypes::in)
        || library.globals().stream().anyMatch(MissingTypes::in);
  }

  public static boolean in(GlobalDeclaration global) {
    if (in(global.method().getReturnType()) || in(global.typeValue())) {
      return true;
    }
    return global.method().getParameters().stream().anyMatch(p -> in(p.asType()));
  }

  public static boolean in(MethodDeclaration method) {
    if (in(method.method().getReturnType())) {
      return true;
    }
    for (VariableElement p : method.method().getParameters()) {
      if (in(p.asType())) {
        return true;
      }
    }
    return method.parameterValues().stream().anyMatch(MissingTypes::in)
        || in(method.resultValue())
        || in(method.charsetValue());
  }

  /** A callback's method, or its annotation's values. */
  public static boolean in(CallbackDeclaration callback) {
    if (callback.method() != null) {
      if (in(callback.method().getReturnType())
          || callback.method().getParameters().stream().anyMatch(p -> in(p.asType()))) {
        return true;
      }
    }
    return callback.parameterValues().stream().anyMatch(MissingTypes::in)
        || in(callback.resultValue())
        || in(callback.charsetValue());
  }

  /** Whether a record's components refer to a class javac has not resolved (yet). */
  public static boolean inRecord(javax.lang.model.element.TypeElement record) {
    return record.getRecordComponents().stream().anyMatch(c -> in(c.asType()));
  }

  public static boolean in(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> in(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(MissingTypes::in);
      default -> false;
    };
  }

  public static boolean in(AnnotationValue value) {
    return value != null && ERROR_VALUE.equals(value.toString());
  }
}
