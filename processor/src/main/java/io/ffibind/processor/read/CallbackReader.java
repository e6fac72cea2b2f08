package io.ffibind.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Callback} interface into a {@link CallbackDeclaration}: its abstract methods (as
 * {@code @FunctionalInterface} counts them) and, when there is one, its parameters and result.
 */
public final class CallbackReader {
  private final Elements elements;
  private final Types types;
  private final StructScopes scopes;

  /** @param scopes finds the struct names the callback's type strings may use */
  public CallbackReader(ProcessingEnvironment env, StructScopes scopes) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.scopes = scopes;
  }

  public CallbackDeclaration read(TypeElement type, AnnotationMirror annotation) {
    List<ExecutableElement> abstractMethods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !redeclaresObjectMethod(method)) {
        abstractMethods.add(method);
      }
    }
    ExecutableElement method = abstractMethods.size() == 1 ? abstractMethods.get(0) : null;
    List<MethodDeclaration.Parameter> parameters = new ArrayList<>();
    var returnType = JavaTypes.of(types.getNoType(TypeKind.VOID));
    ExecutableType resolved = null;
    if (method != null) {
      // As a member of this interface, so that a generic super-interface's type arguments apply.
      resolved = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
      for (int i = 0; i < method.getParameters().size(); i++) {
        var p = method.getParameters().get(i);
        parameters.add(
            new MethodDeclaration.Parameter(
                p, p.getSimpleName().toString(), JavaTypes.of(resolved.getParameterTypes().get(i))));
      }
      returnType = JavaTypes.of(resolved.getReturnType());
    }
    var parametersValue = Annotations.explicit(annotation, "parameters");
    var values = Annotations.list(parametersValue);
    return new CallbackDeclaration(
        type,
        annotation,
        elements.getPackageOf(type).getQualifiedName().toString(),
        JavaTypes.classRef(type).simpleNames(),
        List.copyOf(abstractMethods),
        method,
        List.copyOf(parameters),
        returnType,
        values.stream().map(v -> String.valueOf(v.getValue())).toList(),
        values,
        parametersValue,
        Annotations.string(annotation, "result", "void"),
        Annotations.explicit(annotation, "result"),
        Annotations.string(annotation, "charset", "UTF-8"),
        Annotations.explicit(annotation, "charset"),
        Annotations.string(annotation, "onError", ""),
        Annotations.explicit(annotation, "onError"),
        scopes.forCallback(type, resolved));
  }

  /** {@code boolean equals(Object)} and the like, which lambdas inherit from Object. */
  private boolean redeclaresObjectMethod(ExecutableElement method) {
    TypeElement object = elements.getTypeElement("java.lang.Object");
    for (ExecutableElement m : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.PUBLIC)
          && m.getSimpleName().equals(method.getSimpleName())
          && types.isSubsignature((ExecutableType) method.asType(), (ExecutableType) m.asType())) {
        return true;
      }
    }
    return false;
  }
}
