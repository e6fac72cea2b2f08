package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Checks that a {@code @Callback} type is an interface the generated class, which lives in the same
 * package and implements it to wrap C function pointers, can use: not a class, not private, not
 * sealed, not generic.
 */
public final class CallbackTypeChecks {
  private CallbackTypeChecks() {}

  /** Returns true when the interface should be read and checked. */
  public static boolean check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(
          Message.CALLBACK_NOT_INTERFACE, type, annotation, null,
          type.getSimpleName(), kindText(type.getKind()), type.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      ok = unreachable(type, "it is declared inside a method; move it to the top level or into a class", diagnostics);
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        String where = t == type ? "it is private" : "it is nested in private " + t.getSimpleName();
        ok = unreachable(type, where + "; make it package-private or public", diagnostics);
        break;
      }
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      ok = unreachable(
          type, "it is sealed, and the class that wraps C function pointers must implement it;"
              + " remove 'sealed' and 'permits'", diagnostics);
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.CALLBACK_GENERIC, type, "@Callback interface " + type.getSimpleName(),
          type.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
      ok = false;
    }
    return ok;
  }

  private static boolean unreachable(TypeElement type, String why, Diagnostics diagnostics) {
    diagnostics.report(Message.CALLBACK_NOT_REACHABLE, type, type.getSimpleName(), why);
    return false;
  }

  private static String kindText(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation";
      default -> kind.toString().toLowerCase(Locale.ROOT);
    };
  }
}
