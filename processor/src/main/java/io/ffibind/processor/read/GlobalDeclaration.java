package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * An abstract method annotated {@code @Global}, as written: a getter or setter of a C global.
 *
 * @param global the {@code @Global} mirror
 * @param typeValue where the type string is written
 * @param symbol a {@code @Symbol} also on the method (a mistake), or null; {@code symbolFlags} its flags
 * @param critical a {@code @Critical} also on the method (a mistake), or null; likewise {@code freeResult}
 */
public record GlobalDeclaration(
    ExecutableElement method,
    String displayName,
    AnnotationMirror global,
    String symbolName,
    String type,
    AnnotationValue typeValue,
    boolean optional,
    List<MethodDeclaration.Parameter> parameters,
    JavaType returnType,
    AnnotationMirror symbol,
    SymbolFlags symbolFlags,
    AnnotationMirror critical,
    AnnotationMirror freeResult) {

  public String methodName() {
    return method.getSimpleName().toString();
  }
}
