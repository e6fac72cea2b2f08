package io.ffibind.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** Reads a method annotated {@code @Global} into a {@link GlobalDeclaration}; judges nothing. */
final class GlobalReader {
  private GlobalReader() {}

  static GlobalDeclaration read(ExecutableElement method, AnnotationMirror global) {
    String methodName = method.getSimpleName().toString();
    List<MethodDeclaration.Parameter> parameters = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      parameters.add(new MethodDeclaration.Parameter(p, p.getSimpleName().toString(), JavaTypes.of(p.asType())));
    }
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
        List.copyOf(parameters),
        JavaTypes.of(method.getReturnType()),
        symbol,
        SymbolFlags.of(symbol),
        Annotations.find(method, Annotations.CRITICAL).orElse(null),
        Annotations.find(method, Annotations.FREE_RESULT).orElse(null));
  }
}
