package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import javax.lang.model.element.Element;

/**
 * Names generated code keeps for itself. Its members contain a {@code $} ({@code f$handle}, {@code
 * f$address}, {@code f$trace}, {@code CHARSET$UTF_8}, {@code $binding}) and its classes start with
 * {@code Ffibind_}: a parameter called {@code f$handle} would hide the handle in the method's body, a
 * method called {@code f$trace} would clash with the trace helper of {@code f}, a parameter called
 * {@code Ffibind_Point} would hide the companion the body calls. Such names are rejected (FFI008) rather
 * than generated around: no Java programmer needs them.
 */
final class ReservedNames {
  private ReservedNames() {}

  /**
   * Reports {@code name} if generated code reserves it; returns whether it is free.
   *
   * @param what "parameter", "method" or "component"
   * @param owner the method a parameter belongs to, or the interface of a method, for the message
   */
  static boolean check(String name, String what, String owner, Element element, Diagnostics diagnostics) {
    String reason = reason(name);
    if (reason == null) {
      return true;
    }
    diagnostics.report(Message.RESERVED_NAME, element, what, name, owner, reason);
    return false;
  }

  private static String reason(String name) {
    if (name.startsWith("$")) {
      return "starts with '$'";
    }
    if (name.contains("$")) {
      return "contains '$'";
    }
    if (name.startsWith("Ffibind_")) {
      return "starts with 'Ffibind_', as generated classes do";
    }
    return null;
  }

  /** {@code Lib} for {@code Lib.method}. */
  static String owner(String displayName) {
    int dot = displayName.lastIndexOf('.');
    return dot < 0 ? displayName : displayName.substring(0, dot);
  }
}
