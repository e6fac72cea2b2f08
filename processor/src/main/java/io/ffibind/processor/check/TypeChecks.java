package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.LocalLibraries;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks that a {@code @NativeLibrary} type is an interface the generated class, which lives in the
 * same package, can implement.
 */
public final class TypeChecks {
  private static final DeclaredTypeChecks.Role LIBRARY = new DeclaredTypeChecks.Role(
      Message.NOT_AN_INTERFACE, Message.NOT_REACHABLE, Message.GENERIC_INTERFACE, "",
      "it is sealed; remove 'sealed' and 'permits'");

  private TypeChecks() {}

  /** Returns true when methods should be read and checked. */
  public static boolean check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
    return DeclaredTypeChecks.checkInterface(type, annotation, diagnostics, LIBRARY);
  }

  /**
   * A {@code @NativeLibrary} type declared inside a method, which processing sees only as source:
   * never generated, always an error.
   */
  public static void checkLocal(LocalLibraries.Found local, Diagnostics diagnostics) {
    if (local.kind() != ElementKind.INTERFACE) {
      diagnostics.report(
          Message.NOT_AN_INTERFACE, local.annotation(), local.name(),
          DeclaredTypeChecks.kindText(local.kind()), local.name());
    } else {
      diagnostics.report(Message.NOT_REACHABLE, local.declaration(), local.name(), DeclaredTypeChecks.LOCAL);
    }
  }
}
