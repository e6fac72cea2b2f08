package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.gen.Names;
import io.ffibind.processor.model.CallbackModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.read.CallbackDeclaration;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaMapping.Role;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import io.ffibind.processor.types.TypeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks a {@code @Callback} interface's one method against its type strings. The directions are
 * those of a function's, reversed: C passes the parameters to Java, so they take the Java types a
 * {@code @Symbol}'s result takes, and Java returns the result to C, so it takes a {@code @Symbol}
 * parameter's types minus Java memory, which would not outlive the invocation ({@link
 * Role#CALLBACK_RESULT}). Type strings, Java types and lengths are checked by the same code as for
 * {@code @Symbol}s, with the same ids; struct names resolve as in a {@code @Symbol} (the method's Java
 * types, the interface's package) and must name structs C can pass as declared.
 */
public final class CallbackChecks {
  private final CallbackDeclaration c;
  private final Diagnostics diagnostics;
  private final StructRegistry structs;
  private boolean ok = true;

  private CallbackChecks(CallbackDeclaration callback, StructRegistry structs, Diagnostics diagnostics) {
    this.c = callback;
    this.structs = structs;
    this.diagnostics = diagnostics;
  }

  /**
   * The model to generate from, or empty if anything was reported (or a struct it names has errors,
   * reported at the struct).
   */
  public static Optional<CallbackModel> check(
      CallbackDeclaration callback, StructRegistry structs, Diagnostics diagnostics) {
    return new CallbackChecks(callback, structs, diagnostics).run();
  }

  private Optional<CallbackModel> run() {
    if (c.method() == null) {
      reportShape();
      return Optional.empty();
    }
    ExecutableElement method = c.method();
    if (!method.getTypeParameters().isEmpty()) {
      ok = false;
      diagnostics.report(
          Message.CALLBACK_GENERIC, at(method.getTypeParameters().get(0)), "method " + c.displayName(),
          method.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    ok &= ReservedNames.check(
        method.getSimpleName().toString(), "method", ReservedNames.owner(c.displayName()), at(method), diagnostics);
    Optional<String> charset = Charsets.canonical(c.charset());
    if (charset.isEmpty()) {
      report(Message.BAD_CHARSET, c.charsetValue(), c.charset(), c.displayName(), String.join(", ", Charsets.SUPPORTED));
    }
    List<NativeType> types = parseParameters();
    NativeType result = parse(c.resultType(), c.resultValue(), "result");
    if (types.size() != c.parameters().size()) {
      int n = types.size();
      int j = c.parameters().size();
      report(Message.CALLBACK_ARITY, c.parametersValue(), c.displayName(), n, n == 1 ? "" : "s", j, j == 1 ? "" : "s");
    }
    List<ParameterModel> parameters = new ArrayList<>();
    for (int i = 0; i < Math.min(types.size(), c.parameters().size()); i++) {
      MethodDeclaration.Parameter p = c.parameters().get(i);
      if (types.get(i) != null) {
        checkParameter(i, p, types.get(i), types);
        checkStruct(types.get(i), c.parameterValues().get(i), "parameter " + (i + 1));
      }
      parameters.add(new ParameterModel(p.name(), p.type(), types.get(i)));
    }
    String onError = null;
    if (result != null) {
      checkResult(result);
      checkStruct(result, c.resultValue(), "result");
      onError = onError(result);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new CallbackModel(
            c.packageName(),
            String.join(".", c.nestedName()),
            Names.generatedSimpleName(c.nestedName()),
            method.getSimpleName().toString(),
            List.copyOf(parameters),
            c.returnType(),
            result,
            charset.orElseThrow(),
            c.displayName(),
            onError,
            StructCallbacks.lends(parameters, structs)));
  }

  /** The Java literal of {@code onError}, or null for zero (the default, or after an error). */
  private String onError(NativeType result) {
    if (c.onError().isEmpty()) {
      return null;
    }
    if (!(result instanceof NativeType.Basic b)) {
      report(Message.CALLBACK_ON_ERROR, c.onErrorValue(), c.onError(), c.displayName(),
          "a struct result has no literal; C receives a zeroed " + result.spelling()
              + " when the callback throws or returns null: remove onError");
      return null;
    }
    return switch (ErrorResults.parse(c.onError(), b.base())) {
      case ErrorResults.Result.Literal literal -> literal.java();
      case ErrorResults.Result.Invalid invalid -> {
        report(Message.CALLBACK_ON_ERROR, c.onErrorValue(), c.onError(), c.displayName(), invalid.why());
        yield null;
      }
    };
  }

  private void reportShape() {
    List<ExecutableElement> methods = c.abstractMethods();
    String name = c.type().getSimpleName().toString();
    if (methods.isEmpty()) {
      report(Message.CALLBACK_NOT_FUNCTIONAL, null, name, "no abstract method",
          "declare it, e.g. 'int apply(int value)' for @Callback(parameters = \"i32\", result = \"i32\")");
    } else {
      String names = methods.stream().map(m -> m.getSimpleName() + "()").sorted().collect(Collectors.joining(", "));
      report(Message.CALLBACK_NOT_FUNCTIONAL, null, name, methods.size() + " abstract methods (" + names + ")",
          "keep one and give the others default bodies");
    }
  }

  private List<NativeType> parseParameters() {
    List<NativeType> types = new ArrayList<>();
    for (int i = 0; i < c.parameterTypes().size(); i++) {
      String text = c.parameterTypes().get(i);
      AnnotationValue value = c.parameterValues().get(i);
      if (text.strip().equals("...")) {
        report(Message.CALLBACK_PARAMETER_UNSUPPORTED, value, i + 1, c.displayName(), text,
            "a Java method cannot implement C's variadic arguments; declare a fixed list of parameters");
        types.add(null);
        continue;
      }
      NativeType type = parse(text, value, "parameter " + (i + 1));
      if (type instanceof NativeType.Basic b && b.base() == BaseType.VOID) {
        report(Message.VOID_PARAMETER, value, i + 1, c.displayName());
        type = null;
      }
      types.add(type);
    }
    return types;
  }

  private NativeType parse(String text, AnnotationValue value, String what) {
    if (MissingTypes.in(value)) {
      ok = false; // javac reports the constant it could not find
      return null;
    }
    return TypeStrings.typeOf(
        TypeParser.parse(text, c.scope()), what, c.displayName(), (message, args) -> report(message, value, args));
  }

  /** What C passes: Java receives it as a function's result. */
  private void checkParameter(int index, MethodDeclaration.Parameter p, NativeType type, List<NativeType> types) {
    AnnotationValue value = c.parameterValues().get(index);
    ok &= ReservedNames.check(p.name(), "parameter", c.displayName(), at(p.element()), diagnostics);
    if (MissingTypes.in(p.element().asType())) {
      ok = false; // javac reports the missing class
    } else if (!JavaMapping.accepts(type, Role.CALLBACK_PARAMETER, p.type())) {
      ok = false;
      diagnostics.report(
          Message.PARAMETER_TYPE, at(p.element()), p.name(), c.displayName(), p.type(), type.spelling(),
          list(JavaMapping.accepted(type, Role.CALLBACK_PARAMETER)));
    } else if (unknownLength(type) != null && p.type().is(JavaType.Kind.ARRAY)) {
      report(Message.CALLBACK_PARAMETER_UNSUPPORTED, value, index + 1, c.displayName(), type.spelling(),
          "C passes a pointer without a length, so ffibind cannot know how many elements to copy; write \""
              + unknownLength(type) + "[n]\" with a constant or the name of a parameter, or take a MemorySegment");
    } else if (type instanceof NativeType.StructArray a && !a.isConst() && p.type().is(JavaType.Kind.ARRAY)
        && allocates(a)) {
      report(Message.CALLBACK_PARAMETER_UNSUPPORTED, value, index + 1, c.displayName(), type.spelling(),
          "the callback's changes to its copy would be written back to C, but " + a.struct().name()
              + " has fields that point to memory (strings, arrays, structs, callbacks) that would be gone"
              + " when the callback returns; declare it \"const " + type.spelling() + "\" for a read-only copy,"
              + " or take a MemorySegment and change C's structs in place through the companion");
    }
    LengthChecks.of(type).ifPresent(length ->
        LengthChecks.check(length, type, c.displayName(), LengthChecks.named(c.parameters(), types),
            (message, args) -> report(message, value, args)));
  }

  /** The element type to suggest when an array type has no length; null when it has one. */
  private static String unknownLength(NativeType type) {
    return switch (type) {
      case NativeType.ArrayOf a when a.length() instanceof Length.Unknown -> a.element().canonical();
      case NativeType.StructArray a when a.length() instanceof Length.Unknown && !a.star() -> a.struct().name();
      default -> null;
    };
  }

  /** A struct type must name a valid struct record that C can pass as declared. */
  private void checkStruct(NativeType type, AnnotationValue value, String what) {
    if (!StructUsageChecks.check(type, what, "callback " + c.displayName(), false, structs, c.scope(),
        (message, args) -> report(message, value, args))) {
      ok = false;
    }
  }

  /** Whether writing a record of the struct needs memory besides the struct's own. */
  private boolean allocates(NativeType type) {
    StructRef struct = switch (type) {
      case NativeType.StructValue v -> v.struct();
      case NativeType.StructArray a -> a.struct();
      default -> null;
    };
    return struct != null && structs.model(c.scope(), struct).map(StructModel::allocates).orElse(false);
  }

  /** What Java returns to C: a value, never memory Java lends. */
  private void checkResult(NativeType type) {
    AnnotationValue value = c.resultValue();
    String why = unsupportedResult(type, c.returnType());
    if (why == null && type instanceof NativeType.StructValue v && c.returnType().is(JavaType.Kind.STRUCT)
        && allocates(type)) {
      why = v.struct().name() + " has fields that point to memory (strings, arrays, structs, callbacks), which"
          + " would have to outlive the callback while nothing would free it; declare those fields"
          + " MemorySegment (memory you keep alive), or return a \"pointer\" instead";
    }
    if (why != null) {
      report(Message.CALLBACK_RESULT_UNSUPPORTED, value, c.displayName(), type.spelling(), why);
      return;
    }
    if (MissingTypes.in(c.method().getReturnType())) {
      ok = false; // javac reports the missing class
    } else if (!JavaMapping.accepts(type, Role.CALLBACK_RESULT, c.returnType())) {
      report(Message.RESULT_TYPE, value, c.displayName(), c.returnType(), type.spelling(),
          list(JavaMapping.accepted(type, Role.CALLBACK_RESULT)));
    }
  }

  private static String unsupportedResult(NativeType type, JavaType java) {
    String keep = "return \"pointer\" instead: a MemorySegment you keep alive (from an Arena you close when C"
        + " is done with it)";
    return switch (type) {
      case NativeType.Basic b when b.base() == BaseType.STRING ->
          "a string's memory would have to outlive the callback, and nothing would free it; " + keep;
      case NativeType.Basic b when b.base() == BaseType.BUFFER ->
          "memory Java lends C lives only while Java waits for C, not after the callback returns; " + keep;
      case NativeType.ArrayOf a ->
          "memory Java lends C lives only while Java waits for C, not after the callback returns; " + keep;
      case NativeType.Basic b -> null;
      case NativeType.StructValue v -> null;
      case NativeType.StructArray a when a.star() && java.is(JavaType.Kind.MEMORY_SEGMENT) -> null; // a raw pointer
      case NativeType.StructArray a when a.star() ->
          "a struct returned by pointer would have to outlive the callback, and nothing would free it; return it"
              + " by value (\"" + a.struct().name() + "\"), or return a MemorySegment you keep alive";
      case NativeType.StructArray a ->
          "memory Java lends C lives only while Java waits for C, not after the callback returns; " + keep;
      case NativeType.Inline i -> "an inline array is a struct field"; // unreachable: not parsed here
    };
  }

  /**
   * Where to report on the method or one of its parameters: there when the interface declares the
   * method, else on the interface, as an inherited method (from {@code java.util.function}, say) may
   * have no source to point at.
   */
  private Element at(Element element) {
    return c.method().getEnclosingElement().equals(c.type()) ? element : c.type();
  }

  private void report(Message message, AnnotationValue value, Object... args) {
    ok = false;
    diagnostics.report(message, c.type(), c.annotation(), value, args);
  }

  private static String list(List<JavaType> types) {
    return types.stream().map(JavaType::toString).collect(Collectors.joining(", "));
  }
}
