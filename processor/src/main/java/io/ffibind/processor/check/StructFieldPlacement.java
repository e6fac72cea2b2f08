package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.Annotations;
import io.ffibind.processor.read.StructScopes;
import javax.lang.model.element.Element;

/** {@code @Field} describes a field of a C struct: it belongs on components of struct records only. */
public final class StructFieldPlacement {
  private StructFieldPlacement() {}

  public static void check(Element component, Diagnostics diagnostics) {
    Element owner = component.getEnclosingElement();
    if (!StructScopes.isStruct(owner)) {
      diagnostics.report(
          Message.FIELD_OUTSIDE_STRUCT, component, Annotations.find(component, Annotations.FIELD).orElse(null), null,
          component.getSimpleName(), owner.getSimpleName(), owner.getSimpleName());
    }
  }
}
