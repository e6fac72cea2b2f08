package io.ffibind.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the struct names a declaration may use: the {@code @Struct}/{@code @Union} records among
 * the Java types of the same method or record, and every such record of the same package (top level
 * or nested, from source or from the class path).
 */
public final class StructScopes {
  private final Elements elements;
  private final Map<String, Map<String, Set<TypeElement>>> byPackage = new HashMap<>();

  public StructScopes(Elements elements) {
    this.elements = elements;
  }

  /** Whether {@code type} is annotated {@code @Struct} or {@code @Union}. */
  public static boolean isStruct(Element type) {
    return Annotations.find(type, Annotations.STRUCT).isPresent()
        || Annotations.find(type, Annotations.UNION).isPresent();
  }

  /** The name a struct record has in type strings. */
  public static String structName(TypeElement record) {
    String annotation = Annotations.find(record, Annotations.UNION).isPresent() ? Annotations.UNION : Annotations.STRUCT;
    String name = Annotations.find(record, annotation)
        .map(mirror -> Annotations.string(mirror, "name", ""))
        .orElse("");
    return name.isEmpty() ? record.getSimpleName().toString() : name;
  }

  /** The names a library method's type strings may use. */
  public StructNames forMethod(ExecutableElement method) {
    List<TypeMirror> types = new ArrayList<>();
    types.add(method.getReturnType());
    for (VariableElement p : method.getParameters()) {
      types.add(p.asType());
    }
    return scope(method, types);
  }

  /**
   * The names a {@code @Callback} interface's type strings may use: the records among its method's
   * parameter and result types (as seen from the interface, type arguments applied) and those of the
   * interface's package, exactly as for a library method.
   */
  public StructNames forCallback(TypeElement callback, ExecutableType method) {
    List<TypeMirror> types = new ArrayList<>();
    if (method != null) {
      types.add(method.getReturnType());
      types.addAll(method.getParameterTypes());
    }
    return scope(callback, types);
  }

  /** The names a record's field type strings may use. */
  public StructNames forRecord(TypeElement record) {
    List<TypeMirror> types = new ArrayList<>();
    for (RecordComponentElement c : record.getRecordComponents()) {
      types.add(c.asType());
    }
    return scope(record, types);
  }

  private StructNames scope(Element owner, List<TypeMirror> types) {
    Map<String, Set<TypeElement>> names = new LinkedHashMap<>();
    for (TypeMirror type : types) {
      TypeElement record = structIn(type);
      if (record != null) {
        add(names, record);
      }
    }
    PackageElement pkg = elements.getPackageOf(owner);
    inPackage(pkg).forEach((name, records) -> records.forEach(r -> add(names, r)));
    return new StructNames(names);
  }

  /** The struct record a Java type is, or holds as array elements; null if none. */
  private static TypeElement structIn(TypeMirror type) {
    while (type.getKind() == TypeKind.ARRAY) {
      type = ((ArrayType) type).getComponentType();
    }
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement t
        && isStruct(t)) {
      return t;
    }
    return null;
  }

  private Map<String, Set<TypeElement>> inPackage(PackageElement pkg) {
    return byPackage.computeIfAbsent(pkg.getQualifiedName().toString(), name -> {
      Map<String, Set<TypeElement>> found = new LinkedHashMap<>();
      for (TypeElement top : ElementFilter.typesIn(pkg.getEnclosedElements())) {
        collect(top, found);
      }
      return found;
    });
  }

  private static void collect(TypeElement type, Map<String, Set<TypeElement>> out) {
    if (type.getKind() == ElementKind.RECORD && isStruct(type)) {
      add(out, type);
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collect(nested, out);
    }
  }

  private static void add(Map<String, Set<TypeElement>> names, TypeElement record) {
    Set<TypeElement> set = names.computeIfAbsent(structName(record), k -> new LinkedHashSet<>());
    boolean known = set.stream().anyMatch(t -> t.getQualifiedName().contentEquals(record.getQualifiedName()));
    if (!known) {
      set.add(record);
    }
  }
}
