package io.ffibind.processor.check;

import static io.ffibind.processor.check.DeclaredTypeChecks.LOCAL;
import static io.ffibind.processor.check.DeclaredTypeChecks.kindText;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.LocalLibraries;
import javax.lang.model.element.ElementKind;

/**
 * A type declared inside a method body with one of the annotations that generate a class beside it
 * ({@code @NativeLibrary}, {@code @Callback}, {@code @Struct}, {@code @Union}): processing sees such
 * types only as source and cannot generate anything for them, so each is an error with the id its
 * annotation's misplacement has elsewhere.
 */
public final class LocalTypeChecks {
  private LocalTypeChecks() {}

  public static void check(LocalLibraries.Found local, Diagnostics diagnostics) {
    switch (local.annotationName()) {
      case "Callback" -> {
        if (local.kind() != ElementKind.INTERFACE) {
          diagnostics.report(Message.CALLBACK_NOT_INTERFACE, local.annotation(), local.name(), kindText(local.kind()),
              local.name());
        } else {
          diagnostics.report(Message.CALLBACK_NOT_REACHABLE, local.declaration(), local.name(), LOCAL);
        }
      }
      case "Struct", "Union" -> {
        if (local.kind() != ElementKind.RECORD) {
          diagnostics.report(Message.STRUCT_NOT_RECORD, local.annotation(), local.annotationName(), local.name(),
              kindText(local.kind()), local.name());
        } else {
          diagnostics.report(Message.STRUCT_NOT_REACHABLE, local.declaration(), local.name(), LOCAL);
        }
      }
      default -> TypeChecks.checkLocal(local, diagnostics);
    }
  }

}
