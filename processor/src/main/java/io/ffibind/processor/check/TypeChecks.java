package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Checks that a {@code @NativeLibrary} type is an interface the generated class, which lives in the
 * same package, can implement.
 */
public final class TypeChecks {
  private TypeChecks() {}

  /** Returns true when methods should be read and checked. */
  public static boolean check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.INTERFACE) {
      String kind =
          switch (type.getKind()) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation";
            default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
          };
      diagnostics.report(
          Message.NOT_AN_INTERFACE, type, annotation, null, type.getSimpleName(), kind, type.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      diagnostics.report(
          Message.NOT_REACHABLE, type, type.getSimpleName(),
          "it is declared inside a method; move it to the top level or into a class");
      ok = false;
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        String where = t == type ? "it is private" : "it is nested in private " + t.getSimpleName();
        diagnostics.report(
            Message.NOT_REACHABLE, type, type.getSimpleName(),
            where + "; make it package-private or public");
        ok = false;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.GENERIC_INTERFACE, type, type.getSimpleName(),
          type.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
      ok = false;
    }
    return ok;
  }
}
