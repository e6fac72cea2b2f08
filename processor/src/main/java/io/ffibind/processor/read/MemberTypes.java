package io.ffibind.processor.read;

import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The simple names of the member types a class implementing an interface inherits from it. Inside
 * such a class they hide imported types of the same name: a {@code @Struct record Chain} nested in a
 * library makes {@code Chain} mean that record in the binding that implements the library, not the
 * runtime's {@code io.ffibind.internal.Chain}; generated code writes those names fully qualified.
 */
public final class MemberTypes {
  private MemberTypes() {}

  /** The member types of {@code type} and of all its supertypes. */
  public static Set<String> inheritedFrom(TypeElement type) {
    Set<String> names = new TreeSet<>();
    collect(type, names);
    return names;
  }

  private static void collect(TypeElement type, Set<String> names) {
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      names.add(member.getSimpleName().toString());
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      supertype(supertype, names);
    }
    supertype(type.getSuperclass(), names);
  }

  private static void supertype(TypeMirror supertype, Set<String> names) {
    if (supertype instanceof DeclaredType declared && declared.asElement() instanceof TypeElement t) {
      collect(t, names);
    }
  }
}
