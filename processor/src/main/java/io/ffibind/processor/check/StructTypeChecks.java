package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.Annotations;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks that a {@code @Struct}/{@code @Union} type is a record its companion, generated in the same
 * package, can read and build: not a class, not private, not generic.
 */
final class StructTypeChecks {
  private StructTypeChecks() {}

  /** Returns true when the record's components should be checked. */
  static boolean check(TypeElement type, Diagnostics diagnostics) {
    AnnotationMirror struct = Annotations.find(type, Annotations.STRUCT).orElse(null);
    AnnotationMirror union = Annotations.find(type, Annotations.UNION).orElse(null);
    AnnotationMirror annotation = struct != null ? struct : union;
    String simple = struct != null ? "Struct" : "Union";
    if (type.getKind() != ElementKind.RECORD) {
      diagnostics.report(
          Message.STRUCT_NOT_RECORD, type, annotation, null, simple, type.getSimpleName(), DeclaredTypeChecks.kindText(type.getKind()),
          type.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (struct != null && union != null) {
      diagnostics.report(
          Message.STRUCT_ATTRIBUTE, type, union, null, "@Union", type.getSimpleName(),
          "a record is a struct or a union, not both; remove one annotation");
      ok = false;
    }
    String hidden = DeclaredTypeChecks.privateReason(type);
    if (hidden != null) {
      diagnostics.report(Message.STRUCT_NOT_REACHABLE, type, annotation, null, type.getSimpleName(), hidden);
      ok = false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.STRUCT_NOT_REACHABLE, type, annotation, null, type.getSimpleName(),
          "it has type parameters, and a C struct has one layout; remove <" + type.getTypeParameters().get(0) + ">");
      ok = false;
    }
    return ok;
  }
}
