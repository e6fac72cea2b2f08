package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Callback} interface as written.
 *
 * @param nestedName the simple names from the outermost type, such as {@code [Outer, Inner]}
 * @param abstractMethods every abstract method it has, inherited ones included, except those
 *     redeclaring {@link Object}'s; a valid callback has exactly one
 * @param method the abstract method when there is exactly one, else null; {@code parameters} and
 *     {@code returnType} describe it, as seen from this interface (type arguments applied)
 * @param parameterTypes the type strings, in order; {@code parameterValues} holds their positions
 * @param onError what C receives when the callback throws, as written; empty for zero
 * @param scope the struct names its type strings may use (its method's Java types, its package)
 */
public record CallbackDeclaration(
    TypeElement type,
    AnnotationMirror annotation,
    String packageName,
    List<String> nestedName,
    List<ExecutableElement> abstractMethods,
    ExecutableElement method,
    List<MethodDeclaration.Parameter> parameters,
    JavaType returnType,
    List<String> parameterTypes,
    List<AnnotationValue> parameterValues,
    AnnotationValue parametersValue,
    String resultType,
    AnnotationValue resultValue,
    String charset,
    AnnotationValue charsetValue,
    String onError,
    AnnotationValue onErrorValue,
    StructNames scope) {

  /** {@code Comparator.compare}, for messages. */
  public String displayName() {
    String name = String.join(".", nestedName);
    return method == null ? name : name + "." + method.getSimpleName();
  }
}
