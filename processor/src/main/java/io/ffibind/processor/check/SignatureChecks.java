package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.read.StructNames;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaMapping.Role;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.TypeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks one method's declaration against itself: type strings, arity, Java types against C types,
 * lengths, charset and ownership. Reports every problem it finds and yields a model only when there
 * were none.
 */
final class SignatureChecks {
  private final Diagnostics diagnostics;
  private final MethodDeclaration m;
  /** The structs type strings may name. */
  private final StructRegistry structs;
  private final StructNames scope;
  /** The type strings without C's "..." marker, and where it stood (-1: not variadic). */
  private final List<String> typeTexts = new ArrayList<>();
  private final List<AnnotationValue> typeValues = new ArrayList<>();
  /** What each type string parsed to (void included), null where it did not: what a length may name. */
  private final List<NativeType> declared = new ArrayList<>();
  private int firstVariadic = -1;
  private boolean ok = true;
  /** What the C result converts to: the future's type argument for a nonblocking call (see CallOptionChecks). */
  private JavaType returnType;

  private SignatureChecks(Diagnostics diagnostics, MethodDeclaration method, StructRegistry structs) {
    this.diagnostics = diagnostics;
    this.m = method;
    this.structs = structs;
    this.scope = structs.scope(method.method());
  }

  static Optional<FunctionModel> check(
      MethodDeclaration method, String libraryCharset, String fieldPrefix, StructRegistry structs,
      Diagnostics diagnostics) {
    return new SignatureChecks(diagnostics, method, structs).run(libraryCharset, fieldPrefix);
  }

  private Optional<FunctionModel> run(String libraryCharset, String fieldPrefix) {
    if (m.symbol() == null) {
      report(Message.MISSING_SYMBOL, null, m.displayName());
      return Optional.empty();
    }
    ok &= notGeneric(m.method(), m.displayName(), diagnostics);
    ok &= ReservedNames.check(m.methodName(), "method", ReservedNames.owner(m.displayName()), m.method(), diagnostics);
    splitVariadic();
    List<NativeType> parameterTypes = parseParameters();
    NativeType result = parseResult();
    String charset = checkCharset(libraryCharset);
    checkPromotions(parameterTypes);
    if (parameterTypes.size() != m.parameters().size()) {
      int c = typeTexts.size();
      int j = m.parameters().size();
      report(Message.ARITY, m.parametersValue(), m.displayName(), c, c == 1 ? "" : "s", j, j == 1 ? "" : "s");
    }
    List<FunctionModel.ParameterModel> parameters = new ArrayList<>();
    for (int i = 0; i < Math.min(parameterTypes.size(), m.parameters().size()); i++) {
      NativeType type = parameterTypes.get(i);
      MethodDeclaration.Parameter p = m.parameters().get(i);
      if (type != null) {
        checkParameter(p, type, typeValues.get(i));
        checkStruct(type, typeValues.get(i), "parameter " + (i + 1), firstVariadic >= 0 && i >= firstVariadic);
      }
      FunctionModel.ParameterModel parameter = new FunctionModel.ParameterModel(p.name(), p.type(), type);
      if (m.critical() && type != null && StructCallbacks.lends(List.of(parameter), structs)) {
        ok = false; // a record whose fields hold callbacks: C may call Java during the call
        diagnostics.report(Message.CRITICAL_CALLBACK, p.element(), m.displayName(), p.name());
      }
      parameters.add(parameter);
    }
    returnType = CallOptionChecks.resultType(m);
    ok &= CallOptionChecks.check(m, result, diagnostics);
    if (result != null) {
      checkResult(result);
      checkStruct(result, m.resultValue(), "result", false);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new FunctionModel(
            m.methodName(),
            fieldPrefix,
            m.symbolName(),
            List.copyOf(parameters),
            returnType,
            result,
            m.critical(),
            m.freeWith(),
            charset,
            m.displayName(),
            firstVariadic,
            CallOptionChecks.options(m),
            StructCallbacks.lends(parameters, structs)));
  }

  /** A bound method, function or global, has one signature: FFI007 at its first type parameter. */
  static boolean notGeneric(ExecutableElement method, String displayName, Diagnostics diagnostics) {
    if (method.getTypeParameters().isEmpty()) {
      return true;
    }
    diagnostics.report(
        Message.GENERIC_METHOD, method.getTypeParameters().get(0), displayName,
        method.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")));
    return false;
  }

  /**
   * Takes C's {@code "..."} out of the parameter list: the types after it are this binding's fixed
   * choice of variadic arguments, passed with {@code Linker.Option.firstVariadicArg}.
   */
  private void splitVariadic() {
    for (int i = 0; i < m.parameterTypes().size(); i++) {
      String text = m.parameterTypes().get(i);
      AnnotationValue value = m.parameterValues().get(i);
      if (text.strip().equals("...")) {
        if (firstVariadic >= 0) {
          report(Message.VARIADIC, value, "parameter " + (i + 1), m.displayName(),
              "\"...\" appears twice; C functions have one variadic part, at the end");
        }
        firstVariadic = typeTexts.size();
      } else {
        typeTexts.add(text);
        typeValues.add(value);
      }
    }
  }

  private List<NativeType> parseParameters() {
    List<NativeType> types = new ArrayList<>();
    for (int i = 0; i < typeTexts.size(); i++) {
      AnnotationValue value = typeValues.get(i);
      NativeType type = parse(typeTexts.get(i), value, "parameter " + (i + 1));
      declared.add(type);
      if (type instanceof NativeType.Basic b && b.base() == BaseType.VOID) {
        report(Message.VOID_PARAMETER, value, i + 1, m.displayName());
        type = null;
      }
      types.add(type);
    }
    return types;
  }

  /** C promotes variadic arguments (float to double, small integers to int); the ABI knows no others. */
  private void checkPromotions(List<NativeType> types) {
    for (int i = Math.max(firstVariadic, 0); firstVariadic >= 0 && i < types.size(); i++) {
      if (types.get(i) instanceof NativeType.Basic b) {
        String promoted =
            switch (b.base()) {
              case F32 -> "f64";
              case BOOL, CHAR, I8, U8, I16, U16 -> "i32";
              default -> null;
            };
        if (promoted != null) {
          report(Message.VARIADIC, typeValues.get(i), "variadic parameter " + (i + 1), m.displayName(),
              "C promotes \"" + b.spelling() + "\" passed through \"...\" to \"" + promoted
                  + "\"; declare it \"" + promoted + "\"");
        }
      }
    }
  }

  private NativeType parseResult() {
    return parse(m.resultType(), m.resultValue(), "result");
  }

  private NativeType parse(String text, AnnotationValue value, String what) {
    if (MissingTypes.in(value)) {
      ok = false; // javac reports the constant it could not find
      return null;
    }
    return TypeStrings.typeOf(
        TypeParser.parse(text, scope), what, m.displayName(),
        (message, args) -> report(message, value, args));
  }

  /** A struct type must name a valid struct record that C can pass as declared. */
  private void checkStruct(NativeType type, AnnotationValue value, String what, boolean variadic) {
    if (!StructUsageChecks.check(type, what, m.displayName(), variadic, structs, scope,
        (message, args) -> report(message, value, args))) {
      ok = false;
    }
  }

  private String checkCharset(String libraryCharset) {
    String requested = m.charset().isEmpty() ? libraryCharset : m.charset();
    Optional<String> canonical = Charsets.canonical(requested);
    if (canonical.isEmpty()) {
      report(Message.BAD_CHARSET, m.charsetValue(), requested, m.displayName(), String.join(", ", Charsets.SUPPORTED));
      return "UTF-8";
    }
    return canonical.get();
  }

  private void checkParameter(MethodDeclaration.Parameter p, NativeType type, AnnotationValue value) {
    ok &= ReservedNames.check(p.name(), "parameter", m.displayName(), p.element(), diagnostics);
    List<JavaType> accepted = JavaMapping.accepted(type, Role.PARAMETER);
    if (MissingTypes.in(p.element().asType())) {
      ok = false; // javac reports the missing class
    } else if (!JavaMapping.accepts(type, Role.PARAMETER, p.type())) {
      ok = false;
      diagnostics.report(
          Message.PARAMETER_TYPE, p.element(), p.name(), m.displayName(), p.type(), type.spelling(), list(accepted));
    }
    lengthOf(type).ifPresent(length -> checkLength(length, type, value));
    if (p.type().is(JavaType.Kind.CALLBACK) && m.critical()) {
      ok = false;
      diagnostics.report(Message.CRITICAL_CALLBACK, p.element(), m.displayName(), p.name());
    }
  }

  private void checkResult(NativeType type) {
    AnnotationValue value = m.resultValue();
    if (type instanceof NativeType.ArrayOf a && a.star()) {
      report(Message.OUT_PARAMETER_RESULT, value, type.spelling(), m.displayName());
      return;
    }
    boolean isConst = switch (type) {
      case NativeType.Basic b -> b.isConst();
      case NativeType.ArrayOf a -> a.isConst();
      case NativeType.StructArray a -> a.isConst();
      default -> false;
    };
    if (isConst) {
      report(Message.CONST_RESULT, value, type.spelling(), m.displayName());
    }
    List<JavaType> accepted = CallOptionChecks.accepted(type);
    if (MissingTypes.in(m.method().getReturnType())) {
      ok = false; // javac reports the missing class
    } else if (returnType != null && !accepts(type, accepted, returnType) && m.flags().nonblocking()) {
      report(Message.NONBLOCKING_TYPE_ARGUMENT, value, m.displayName(), m.returnType(), type.spelling(),
          CallOptionChecks.futureList(accepted));
    } else if (returnType != null && !accepts(type, accepted, returnType)) {
      report(Message.RESULT_TYPE, value, m.displayName(), m.returnType(), type.spelling(), list(accepted));
    }
    boolean copiesOut = returnType == null || !returnType.is(JavaType.Kind.MEMORY_SEGMENT);
    if (type instanceof NativeType.ArrayOf a) {
      if (a.length() instanceof Length.Unknown && copiesOut) {
        report(Message.LENGTH_REQUIRED, value, type.spelling(), m.displayName(), a.element().canonical() + "[n]");
      }
    }
    if (type instanceof NativeType.StructArray a && !a.star() && a.length() instanceof Length.Unknown && copiesOut) {
      report(Message.LENGTH_REQUIRED, value, type.spelling(), m.displayName(), a.struct().name() + "[n]");
    }
    lengthOf(type).ifPresent(length -> checkLength(length, type, value));
    if (m.freeResult() != null) {
      boolean ownsMemory =
          copiesOut
              && (type instanceof NativeType.ArrayOf
                  || type instanceof NativeType.StructArray
                  || type instanceof NativeType.Basic b && b.base() == BaseType.STRING);
      if (!ownsMemory) {
        ok = false;
        String why = copiesOut ? "is not memory C allocated" : "is returned as MemorySegment, which is never copied";
        diagnostics.report(
            Message.FREE_RESULT_NOT_MEMORY, m.method(), m.freeResult(), null, m.displayName(), type.spelling(), why);
      }
      if (!m.freeWith().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        ok = false;
        diagnostics.report(
            Message.FREE_RESULT_NAME, m.method(), m.freeResult(), null, m.displayName(), m.freeWith());
      }
    }
  }

  private static Optional<Length> lengthOf(NativeType type) {
    return LengthChecks.of(type);
  }

  private void checkLength(Length length, NativeType type, AnnotationValue value) {
    LengthChecks.check(length, type, m.displayName(), LengthChecks.named(m.parameters(), declared),
        (message, args) -> report(message, value, args));
  }

  private void report(Message message, AnnotationValue value, Object... args) {
    ok = false;
    diagnostics.report(message, m.method(), m.symbol(), value, args);
  }

  /** A void result takes only void; anything else as the one table says, callbacks included. */
  private static boolean accepts(NativeType type, List<JavaType> accepted, JavaType java) {
    return accepted.contains(java) || JavaMapping.accepts(type, Role.RESULT, java);
  }

  private static String list(List<JavaType> types) {
    return types.stream().map(JavaType::toString).collect(Collectors.joining(", "));
  }
}
