package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * An abstract method of a library interface as written, with the source positions checks report at.
 *
 * @param symbol the {@code @Symbol} mirror, or null when the method has none
 * @param parameterTypes the type strings, in order; {@code parameterValues} holds their positions
 * @param freeResult the {@code @FreeResult} mirror, or null
 * @param flags {@code @Symbol}'s optional, nonblocking and errno
 */
public record MethodDeclaration(
    ExecutableElement method,
    String displayName,
    AnnotationMirror symbol,
    String symbolName,
    List<String> parameterTypes,
    List<AnnotationValue> parameterValues,
    AnnotationValue parametersValue,
    String resultType,
    AnnotationValue resultValue,
    String charset,
    AnnotationValue charsetValue,
    boolean critical,
    AnnotationMirror freeResult,
    String freeWith,
    List<Parameter> parameters,
    JavaType returnType,
    SymbolFlags flags) {

  /** A Java parameter. */
  public record Parameter(VariableElement element, String name, JavaType type) {
    /** The parameters of a method as it declares them. */
    static List<Parameter> of(ExecutableElement method) {
      return method.getParameters().stream()
          .map(p -> new Parameter(p, p.getSimpleName().toString(), JavaTypes.of(p.asType())))
          .toList();
    }
  }

  public String methodName() {
    return method.getSimpleName().toString();
  }
}
