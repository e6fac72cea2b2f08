package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.Annotations;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks that a {@code @Callback} type is an interface the generated class, which lives in the same
 * package and implements it to wrap C function pointers, can use: not a class, not private, not
 * sealed, not generic, not a {@code @NativeLibrary} as well.
 */
public final class CallbackTypeChecks {
  private static final DeclaredTypeChecks.Role CALLBACK = new DeclaredTypeChecks.Role(
      Message.CALLBACK_NOT_INTERFACE, Message.CALLBACK_NOT_REACHABLE, Message.CALLBACK_GENERIC,
      "@Callback interface ",
      "it is sealed, and the class that wraps C function pointers must implement it; remove 'sealed' and 'permits'");

  private CallbackTypeChecks() {}

  /** Returns true when the interface should be read and checked. */
  public static boolean check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
    if (Annotations.find(type, Annotations.NATIVE_LIBRARY).isPresent()) {
      // Both would be generated as Ffibind_<Name>; the library is, the callback is reported.
      diagnostics.report(Message.CALLBACK_AND_LIBRARY, type, annotation, null, type.getSimpleName());
      return false;
    }
    return DeclaredTypeChecks.checkInterface(type, annotation, diagnostics, CALLBACK);
  }
}
