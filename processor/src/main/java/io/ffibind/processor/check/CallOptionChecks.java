package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.FunctionModel.CallOptions;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks {@code @Symbol}'s optional, nonblocking and errno against the rest of a method: a
 * nonblocking call returns {@code CompletableFuture<T>} and is never {@code @Critical}.
 */
final class CallOptionChecks {
  private CallOptionChecks() {}

  static CallOptions options(MethodDeclaration m) {
    return new CallOptions(m.flags().optional(), m.flags().nonblocking(), m.flags().errno());
  }

  /**
   * The Java type the C result is converted to: the future's type argument for a nonblocking call.
   * Null when the result's shape is wrong already ({@link #check} reports it), so that it is not
   * reported twice.
   */
  static JavaType resultType(MethodDeclaration m) {
    boolean future = m.returnType().is(JavaType.Kind.FUTURE);
    if (m.flags().nonblocking()) {
      return future ? m.returnType().component() : null;
    }
    return future ? null : m.returnType();
  }

  /** Reports what is wrong; returns false if anything was. */
  static boolean check(MethodDeclaration m, NativeType result, Diagnostics diagnostics) {
    if (MissingTypes.in(m.method().getReturnType())) {
      return false; // javac reports the missing class
    }
    boolean ok = true;
    boolean future = m.returnType().is(JavaType.Kind.FUTURE);
    if (m.flags().nonblocking() && !future) {
      ok = false;
      String spelling = result == null ? "?" : result.spelling();
      String suggestion = result == null ? "CompletableFuture<T>" : futures(accepted(result)).get(0);
      diagnostics.report(
          Message.NONBLOCKING_NOT_FUTURE, m.method(), m.symbol(), m.flags().nonblockingValue(),
          m.displayName(), m.returnType(), suggestion, spelling);
    }
    if (!m.flags().nonblocking() && future) {
      ok = false;
      diagnostics.report(
          Message.FUTURE_NOT_NONBLOCKING, m.method(), m.symbol(), null, m.displayName(), m.returnType());
    }
    if (m.flags().nonblocking() && m.critical()) {
      ok = false;
      diagnostics.report(
          Message.NONBLOCKING_CRITICAL, m.method(), m.symbol(), m.flags().nonblockingValue(), m.displayName());
    }
    return ok;
  }

  /** The Java types a C result may be converted to. */
  static List<JavaType> accepted(NativeType result) {
    return result instanceof NativeType.Basic b && b.base() == BaseType.VOID
        ? List.of(JavaType.of(JavaType.Kind.VOID))
        : JavaMapping.accepted(result, JavaMapping.Role.RESULT);
  }

  /** {@code CompletableFuture<Integer>} for each accepted type. */
  static List<String> futures(List<JavaType> accepted) {
    return accepted.stream().map(t -> JavaType.future(t).toString()).toList();
  }

  static String futureList(List<JavaType> accepted) {
    return futures(accepted).stream().collect(Collectors.joining(", "));
  }
}
