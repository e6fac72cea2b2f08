package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.Annotations;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/** {@code @Global} belongs on abstract methods of {@code @NativeLibrary} interfaces only (FFI073). */
public final class GlobalPlacement {
  private GlobalPlacement() {}

  public static void check(Element method, Diagnostics diagnostics) {
    Element owner = method.getEnclosingElement();
    AnnotationMirror global = Annotations.find(method, Annotations.GLOBAL).orElseThrow();
    boolean annotated = Annotations.find(owner, Annotations.NATIVE_LIBRARY).isPresent();
    String name = owner.getSimpleName() + "." + method.getSimpleName();
    if (!annotated) {
      diagnostics.report(
          Message.GLOBAL_PLACEMENT, method, global, null, name,
          owner.getSimpleName() + " is not a @NativeLibrary interface: annotate it with @NativeLibrary(\"name\")");
    } else if (owner.getKind() == ElementKind.INTERFACE) {
      for (Modifier modifier : new Modifier[] {Modifier.DEFAULT, Modifier.STATIC, Modifier.PRIVATE}) {
        if (method.getModifiers().contains(modifier)) {
          diagnostics.report(
              Message.GLOBAL_PLACEMENT, method, global, null, name,
              "only abstract methods are bound, and this one is " + modifier + "; remove the body or the annotation");
          return;
        }
      }
    }
    // A @NativeLibrary class, enum or record: its own error says what to change.
  }
}
