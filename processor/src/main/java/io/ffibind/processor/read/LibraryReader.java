package io.ffibind.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @NativeLibrary} type into a {@link LibraryDeclaration}. The only class that walks
 * javac's elements; it judges nothing, so every problem is reported by the checks with full context.
 */
public final class LibraryReader {
  private final Elements elements;
  private final Types types;

  public LibraryReader(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  public LibraryDeclaration read(TypeElement type, AnnotationMirror annotation) {
    boolean closeable =
        types.isAssignable(
            types.erasure(type.asType()),
            elements.getTypeElement("java.lang.AutoCloseable").asType());
    Map<Element, Integer> sourceOrder = new HashMap<>();
    collectInSourceOrder(type, sourceOrder);
    List<MethodDeclaration> methods = new ArrayList<>();
    List<GlobalDeclaration> globals = new ArrayList<>();
    ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .filter(method -> isBindable(method, closeable))
        .sorted(Comparator.comparingInt(method -> sourceOrder.getOrDefault(method, Integer.MAX_VALUE)))
        .forEach(method -> Annotations.find(method, Annotations.GLOBAL).ifPresentOrElse(
            global -> globals.add(GlobalReader.read(method, global)),
            () -> methods.add(readMethod(method))));
    return new LibraryDeclaration(
        type,
        annotation,
        elements.getPackageOf(type).getQualifiedName().toString(),
        StructReader.nestedName(type),
        Annotations.string(annotation, "value", ""),
        Annotations.string(annotation, "charset", "UTF-8"),
        Annotations.explicit(annotation, "charset"),
        closeable,
        List.copyOf(methods),
        List.copyOf(globals));
  }

  /** Reads one method, perhaps inherited: messages name the type that declares it, where mistakes are. */
  private MethodDeclaration readMethod(ExecutableElement method) {
    AnnotationMirror symbol = Annotations.find(method, Annotations.SYMBOL).orElse(null);
    AnnotationMirror free = Annotations.find(method, Annotations.FREE_RESULT).orElse(null);
    String methodName = method.getSimpleName().toString();
    var parametersValue = symbol == null ? null : Annotations.explicit(symbol, "parameters");
    var values = Annotations.list(parametersValue);
    return new MethodDeclaration(
        method,
        method.getEnclosingElement().getSimpleName() + "." + methodName,
        symbol,
        symbol == null ? methodName : nonEmpty(Annotations.string(symbol, "name", ""), methodName),
        values.stream().map(v -> String.valueOf(v.getValue())).toList(),
        values,
        parametersValue,
        symbol == null ? "void" : Annotations.string(symbol, "result", "void"),
        symbol == null ? null : Annotations.explicit(symbol, "result"),
        symbol == null ? "" : Annotations.string(symbol, "charset", ""),
        symbol == null ? null : Annotations.explicit(symbol, "charset"),
        Annotations.find(method, Annotations.CRITICAL).isPresent(),
        free,
        free == null ? null : Annotations.string(free, "value", "free"),
        MethodDeclaration.Parameter.of(method),
        JavaTypes.of(method.getReturnType()),
        SymbolFlags.of(symbol));
  }

  /** Abstract methods the generated class must implement, minus those Object or close() covers. */
  private boolean isBindable(ExecutableElement method, boolean closeable) {
    if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    Element owner = method.getEnclosingElement();
    if (owner instanceof TypeElement t && t.getQualifiedName().contentEquals("java.lang.Object")) {
      return false;
    }
    boolean hasSymbol = Annotations.find(method, Annotations.SYMBOL).isPresent()
        || Annotations.find(method, Annotations.GLOBAL).isPresent();
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    if (!hasSymbol && closeable && name.equals("close") && arity == 0) {
      return false;
    }
    boolean objectMethod =
        (name.equals("toString") || name.equals("hashCode")) && arity == 0
            || name.equals("equals") && arity == 1;
    return hasSymbol || !objectMethod;
  }

  /**
   * The type's own members as written, then each superinterface's the same way: javac lists all
   * members in no documented order, and generated code and messages should not depend on it.
   */
  private void collectInSourceOrder(TypeElement type, Map<Element, Integer> out) {
    type.getEnclosedElements().forEach(e -> out.putIfAbsent(e, out.size()));
    for (var parent : type.getInterfaces()) {
      if (types.asElement(parent) instanceof TypeElement t) {
        collectInSourceOrder(t, out);
      }
    }
  }

  private static String nonEmpty(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }
}
