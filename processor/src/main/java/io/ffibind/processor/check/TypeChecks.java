package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.LocalLibraries;
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
  private static final String LOCAL =
      "it is declared inside a method; move it to the top level or into a class";

  private TypeChecks() {}

  /** Returns true when methods should be read and checked. */
  public static boolean check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(
          Message.NOT_AN_INTERFACE, type, annotation, null,
          type.getSimpleName(), kindText(type.getKind()), type.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      diagnostics.report(Message.NOT_REACHABLE, type, type.getSimpleName(), LOCAL);
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
    if (type.getModifiers().contains(Modifier.SEALED)) {
      // The generated class is not in the permits clause, and cannot be.
      diagnostics.report(
          Message.NOT_REACHABLE, type, type.getSimpleName(), "it is sealed; remove 'sealed' and 'permits'");
      ok = false;
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

  /**
   * A {@code @NativeLibrary} type declared inside a method, which processing sees only as source:
   * never generated, always an error.
   */
  public static void checkLocal(LocalLibraries.Found local, Diagnostics diagnostics) {
    if (local.kind() != ElementKind.INTERFACE) {
      diagnostics.report(
          Message.NOT_AN_INTERFACE, local.annotation(), local.name(), kindText(local.kind()), local.name());
    } else {
      diagnostics.report(Message.NOT_REACHABLE, local.declaration(), local.name(), LOCAL);
    }
  }

  private static String kindText(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation";
      default -> kind.toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
