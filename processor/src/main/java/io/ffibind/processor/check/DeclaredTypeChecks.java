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
 * What the checks of annotated types share: whether a generated class in the same package can reach
 * the type, how a wrong kind of type is named, and the whole check of an interface that generated
 * code implements ({@code @NativeLibrary}, {@code @Callback}), which differ only in their {@link
 * Role messages}.
 */
final class DeclaredTypeChecks {
  static final String LOCAL = "it is declared inside a method; move it to the top level or into a class";

  /**
   * The messages of one kind of implemented interface.
   *
   * @param genericSubject what precedes the interface's name in {@code generic}'s first argument
   * @param sealed why a sealed interface cannot be implemented, and the fix
   */
  record Role(Message notInterface, Message notReachable, Message generic, String genericSubject, String sealed) {}

  private DeclaredTypeChecks() {}

  /** Returns true when the interface's methods should be read and checked. */
  static boolean checkInterface(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics, Role role) {
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(
          role.notInterface(), type, annotation, null,
          type.getSimpleName(), kindText(type.getKind()), type.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      diagnostics.report(role.notReachable(), type, type.getSimpleName(), LOCAL);
      ok = false;
    }
    String hidden = privateReason(type);
    if (hidden != null) {
      diagnostics.report(role.notReachable(), type, type.getSimpleName(), hidden);
      ok = false;
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      // The generated class is not in the permits clause, and cannot be.
      diagnostics.report(role.notReachable(), type, type.getSimpleName(), role.sealed());
      ok = false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(
          role.generic(), type, role.genericSubject() + type.getSimpleName(),
          type.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
      ok = false;
    }
    return ok;
  }

  /**
   * Why code in the same package cannot see {@code type}, with the fix: it, or a type it is nested
   * in, is private. Null when it can.
   */
  static String privateReason(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        String where = t == type ? "it is private" : "it is nested in private " + t.getSimpleName();
        return where + "; make it package-private or public";
      }
    }
    return null;
  }

  /** The kind of a type annotated for another kind, as a message names it: "a class", "an enum". */
  static String kindText(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation";
      default -> kind.toString().toLowerCase(Locale.ROOT);
    };
  }
}
