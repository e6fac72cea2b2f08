package io.ffibind.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Reads a method annotated {@code @Global} into a {@link GlobalDeclaration}; judges nothing. */
final class GlobalReader {
  private GlobalReader() {}

  static GlobalDeclaration read(ExecutableElement method, AnnotationMirror global) {
    String methodName = method.getSimpleName().toString();
    AnnotationMirror symbol = Annotations.find(method, Annotations.SYMBOL).orElse(null);
    String name = Annotations.string(global, "name", "");
    return new GlobalDeclaration(
        method,
        method.getEnclosingElement().getSimpleName() + "." + methodName,
        global,
        name.isEmpty() ? methodName : name,
        Annotations.string(global, "type", ""),
        Annotations.explicit(global, "type"),
        Annotations.bool(global, "optional"),
        MethodDeclaration.Parameter.of(method),
        JavaTypes.of(method.getReturnType()),
        symbol,
        SymbolFlags.of(symbol),
        Annotations.find(method, Annotations.CRITICAL).orElse(null),
        Annotations.find(method, Annotations.FREE_RESULT).orElse(null));
  }
}
