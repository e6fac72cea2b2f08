package io.ffibind.processor.check;

import io.ffibind.processor.diag.Message;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a length such as {@code u8[len]} that names another parameter, for functions and callbacks
 * alike: the parameter must exist and be an integer in C and in Java.
 */
final class LengthChecks {
  private LengthChecks() {}

  /** A parameter a length may name. {@code declared} is null when its type string did not parse. */
  record Named(String name, JavaType javaType, NativeType declared) {}

  /**
   * The parameters a length may name, each with what its type string parsed to.
   *
   * @param declared the parsed type strings, by position; null (or missing, when there are fewer
   *     type strings than parameters) where none parsed
   */
  static List<Named> named(List<MethodDeclaration.Parameter> parameters, List<NativeType> declared) {
    List<Named> named = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      MethodDeclaration.Parameter p = parameters.get(i);
      named.add(new Named(p.name(), p.type(), i < declared.size() ? declared.get(i) : null));
    }
    return named;
  }

  /** The declared length of {@code type}, unless it has none. */
  static Optional<Length> of(NativeType type) {
    Length length =
        switch (type) {
          case NativeType.Basic b -> b.length();
          case NativeType.ArrayOf a -> a.length();
          case NativeType.StructArray a -> a.length();
          case NativeType.StructValue v -> Length.UNKNOWN;
          case NativeType.Inline i -> Length.UNKNOWN; // a field's, checked by the struct's own checks
        };
    return length instanceof Length.Unknown ? Optional.empty() : Optional.of(length);
  }

  /**
   * @param owner names the function or callback in messages
   * @param parameters the parameters of that function or callback, in order
   */
  static void check(Length length, NativeType type, String owner, List<Named> parameters, Reporter reporter) {
    if (!(length instanceof Length.FromParameter from)) {
      return;
    }
    Optional<Named> target = parameters.stream().filter(p -> p.name().equals(from.name())).findFirst();
    if (target.isEmpty()) {
      List<String> names = parameters.stream().map(Named::name).toList();
      String hint =
          Suggestions.closest(from.name(), names)
              .map(s -> ": did you mean '" + s + "'?")
              .orElse(names.isEmpty() ? "" : ": parameters are " + String.join(", ", names));
      reporter.report(Message.LENGTH_PARAMETER_MISSING, type.spelling(), owner, from.name(), hint);
      return;
    }
    Named p = target.get();
    if (p.declared() == null) {
      return; // its arity or type string error is reported already
    }
    boolean integerC = p.declared() instanceof NativeType.Basic b && b.base().isInteger();
    JavaType.Kind k = p.javaType().kind();
    boolean integerJava =
        k == JavaType.Kind.BYTE || k == JavaType.Kind.SHORT || k == JavaType.Kind.CHAR
            || k == JavaType.Kind.INT || k == JavaType.Kind.LONG;
    if (!integerC || !integerJava) {
      String what = "\"" + p.declared().spelling() + "\" (" + p.javaType() + ")";
      reporter.report(Message.LENGTH_PARAMETER_NOT_INTEGER, type.spelling(), owner, p.name(), what);
    }
  }
}
