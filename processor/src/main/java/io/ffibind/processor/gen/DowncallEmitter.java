package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the body of one bound method: argument checks and conversions, the {@code invokeExact}
 * call, copying C's writes back, and converting the result. Primitive-only calls get the bare call,
 * with no scratch memory and nothing allocated.
 */
final class DowncallEmitter {
  private final FunctionModel f;
  private final CodeBlock.Builder checks = CodeBlock.builder();
  private final CodeBlock.Builder conversions = CodeBlock.builder();
  private final CodeBlock.Builder copyBacks = CodeBlock.builder();
  private final List<CodeBlock> arguments = new ArrayList<>();
  private final ScopedCallbacks callbacks;
  /** False for a C function pointer wrapped as a callback object, which belongs to no binding. */
  private final boolean closedCheck;
  private boolean usesScratch;

  private DowncallEmitter(FunctionModel function, boolean closedCheck) {
    this.f = function;
    this.closedCheck = closedCheck;
    this.callbacks = new ScopedCallbacks(function.lendsCallbacks());
  }

  static String handleField(FunctionModel f) {
    return f.fieldPrefix() + "$handle";
  }

  static String addressField(FunctionModel f) {
    return f.fieldPrefix() + "$address";
  }

  static String freeField(String freeWith) {
    return "free$" + freeWith;
  }

  static String charsetField(String charset) {
    return "CHARSET$" + charset.replace('-', '_');
  }

  static MethodSpec emit(FunctionModel function) {
    return new DowncallEmitter(function, true).method();
  }

  /** A call through the function pointer {@code addressField(function)}, which no binding owns. */
  static MethodSpec emitPointerCall(FunctionModel function) {
    return new DowncallEmitter(function, false).method();
  }

  private MethodSpec method() {
    MethodSpec.Builder method =
        f.options().nonblocking()
            ? NonblockingEmitter.synchronousBody(f)
            : MethodSpec.methodBuilder(f.methodName()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    method.returns(Names.typeName(f.returnType())).addJavadoc("Calls {@code $L}.\n", f.cPrototype());
    for (ParameterModel p : f.parameters()) {
      method.addParameter(ParameterSpec.builder(Names.typeName(p.javaType()), p.name()).build());
      argument(p);
    }
    method.addCode(TraceEmitter.emit(f, closedCheck ? null : addressField(f)));
    if (closedCheck) {
      method.beginControlFlow("if ($N.isClosed())", BindingWriter.BINDING);
      method.addStatement("throw $N.closedError($S)", BindingWriter.BINDING, f.methodName());
      method.endControlFlow();
    }
    if (f.options().optional()) {
      method.beginControlFlow("if ($N.address() == 0)", addressField(f));
      method.addStatement("throw $N.missingSymbol($S, $S)", BindingWriter.BINDING, f.methodName(), f.symbolName());
      method.endControlFlow();
    }
    method.addCode(checks.build());
    usesScratch |= f.resultType() instanceof NativeType.StructValue || f.lendsCallbacks();
    if (usesScratch) {
      method.addStatement("$T $$scratch = $T.get()", Names.SCRATCH, Names.SCRATCH);
      method.addStatement("long $$mark = $$scratch.mark()");
    }
    method.addCode(callbacks.acquire());
    method.beginControlFlow("try");
    method.addCode(conversions.build());
    CodeBlock afterCall =
        CodeBlock.builder().add(callbacks.rethrow()).add(copyBacks.build()).add(callbacks.copyBack()).build();
    method.addCode(ResultEmitter.emit(f, call(), afterCall));
    method.nextControlFlow("catch (Error | RuntimeException $$e)");
    method.addStatement("throw $$e");
    method.nextControlFlow("catch (Throwable $$t)");
    method.addCode(callbacks.isEmpty() ? statement("throw new AssertionError($$t)") : callbacks.rethrowChecked());
    if (usesScratch || !callbacks.isEmpty()) {
      method.nextControlFlow("finally");
      method.addCode(callbacks.release());
    }
    if (usesScratch) {
      method.addStatement("$$scratch.release($$mark)");
    }
    method.endControlFlow();
    return method.build();
  }

  // ---- arguments ----------------------------------------------------------------------------

  private void argument(ParameterModel p) {
    String where = "argument '" + p.name() + "' of " + f.displayName();
    String local = Locals.of(p.name());
    switch (p.nativeType()) {
      case NativeType.Basic b when p.javaType().is(Kind.CALLBACK) -> arguments.add(callbacks.argument(p));
      case NativeType.ArrayOf a when p.javaType().is(Kind.ARRAY) && p.javaType().component().is(Kind.CALLBACK) -> {
        checks.beginControlFlow("if ($N != null)", p.name()); // function*: element 0 in and out
        checks.addStatement("$T.atLeast($N.length, 1L, $S, $S)", Names.ARGS, p.name(), "elements", where);
        checks.endControlFlow();
        usesScratch = true;
        arguments.add(callbacks.outArgument(p, conversions));
      }
      case NativeType.Basic b when b.base() == BaseType.POINTER && !p.javaType().is(Kind.MEMORY_SEGMENT) ->
          memory(p, false, Length.UNKNOWN, 1, where, local); // Java memory lent to a pointer parameter
      case NativeType.Basic b when b.base().isScalar() -> arguments.add(scalar(b.base(), p, where));
      case NativeType.Basic b when b.base() == BaseType.STRING -> {
        if (p.javaType().is(Kind.MEMORY_SEGMENT)) {
          arguments.add(nullToNull(p.name()));
        } else {
          usesScratch = true;
          conversions.addStatement(
              "$T $N = $T.string($$scratch, $N, $N, $S)",
              Names.MEMORY_SEGMENT, local, Names.MARSHAL, p.name(), charsetField(f.charset()), where);
          arguments.add(CodeBlock.of("$N", local));
        }
      }
      case NativeType.Basic b -> memory(p, b.isConst(), b.length(), 1, where, local); // buffer: bytes
      case NativeType.ArrayOf a -> {
        long elementSize = a.element().size();
        memory(p, a.isConst(), a.length(), elementSize, where, local);
      }
      case NativeType.StructValue v -> struct(StructArguments.byValue(v, p, where, local));
      case NativeType.StructArray a -> struct(StructArguments.pointer(f, a, p, where, local));
      case NativeType.Inline i -> throw new IllegalStateException("an inline array is a struct field: " + p);
    }
  }

  private void struct(StructArguments.Emitted emitted) {
    conversions.add(emitted.conversion());
    arguments.add(emitted.argument());
    copyBacks.add(emitted.copyBack());
    usesScratch |= emitted.scratch();
  }

  private CodeBlock scalar(BaseType base, ParameterModel p, String where) {
    if (p.javaType().is(Kind.MEMORY_SEGMENT)) {
      return nullToNull(p.name());
    }
    return Conversions.narrow(base, p.javaType().kind(), CodeBlock.of("$N", p.name()), where);
  }

  /**
   * A local, not an inline conditional: as an argument of the signature-polymorphic invokeExact, a
   * bare conditional is a poly expression typed Object (the exact call would fail with
   * WrongMethodTypeException), and the cast that fixes it is one javac's -Xlint:cast calls redundant.
   */
  private CodeBlock nullToNull(String name) {
    return nullToNull(name, CodeBlock.of("$N", name));
  }

  private CodeBlock nullToNull(String name, CodeBlock value) {
    String local = Locals.of(name);
    conversions.addStatement(
        "$T $N = $N == null ? $T.NULL : $L", Names.MEMORY_SEGMENT, local, name, Names.MEMORY_SEGMENT, value);
    return CodeBlock.of("$N", local);
  }

  /** Buffers and arrays: check the declared length, pass or copy the memory, copy C's writes back. */
  private void memory(
      ParameterModel p, boolean isConst, Length length, long elementSize, String where, String local) {
    JavaType java = p.javaType();
    String name = p.name();
    boolean cWrites = !isConst;
    CodeBlock needed = Lengths.value(f, length);
    if (needed != null) {
      requireLength(p, needed, elementSize, where);
    }
    Kind component = java.is(Kind.ARRAY) ? java.component().kind() : null;
    if (component != null && component.isPrimitive() && f.critical()) {
      // A critical call may read and write the Java heap directly: no copy at all.
      arguments.add(nullToNull(name, CodeBlock.of("$T.ofArray($N)", Names.MEMORY_SEGMENT, name)));
      return;
    }
    CodeBlock charset = CodeBlock.of("$N", charsetField(f.charset()));
    CodeBlock init;
    CodeBlock back = null;
    switch (java.kind()) {
      case ARRAY -> {
        if (component.isPrimitive()) {
          CodeBlock layout = Layouts.element(java.component());
          // A typed array with a declared length: C uses exactly that many elements (checked above).
          CodeBlock count;
          if (needed == null || !(p.nativeType() instanceof NativeType.ArrayOf)) {
            count = CodeBlock.of("$N.length", name);
          } else if (length instanceof Length.Fixed fixed && fixed.count() <= Integer.MAX_VALUE) {
            count = CodeBlock.of("$L", fixed.count());
          } else {
            count = CodeBlock.of("(int) $L", needed);
          }
          init = CodeBlock.of(
              "$N == null ? $T.NULL : $T.array($$scratch, $N, $L, $L)",
              name, Names.MEMORY_SEGMENT, Names.MARSHAL, name, layout, count);
          back = CodeBlock.builder()
              .beginControlFlow("if ($N != null)", name)
              .addStatement("$T.copyBack($N, $N, $L, $L)", Names.MARSHAL, local, name, layout, count)
              .endControlFlow()
              .build();
        } else if (component == Kind.STRING) {
          init = CodeBlock.of("$T.strings($$scratch, $N, $L, $S)", Names.MARSHAL, name, charset, where);
          back = statement("$T.copyBackStrings($N, $N, $L)", Names.MARSHAL, local, name, charset);
        } else {
          init = CodeBlock.of("$T.pointers($$scratch, $N)", Names.MARSHAL, name);
          back = statement("$T.copyBackPointers($N, $N)", Names.MARSHAL, local, name);
        }
      }
      case LIST_OF_STRING ->
          init = CodeBlock.of("$T.strings($$scratch, $N, $L, $S)", Names.MARSHAL, name, charset, where);
      case BYTE_BUFFER -> {
        init = CodeBlock.of(
            "$T.buffer($$scratch, $N, $L, $L, $S)", Names.MARSHAL, name, cWrites, f.critical(), where);
        back = statement("$T.copyBack($N, $N)", Names.MARSHAL, local, name);
      }
      case MEMORY_SEGMENT -> {
        init = CodeBlock.of(
            "$T.segment($$scratch, $N, $L, $L, $S)", Names.MARSHAL, name, cWrites, f.critical(), where);
        back = statement("$T.copyBack($N, $N)", Names.MARSHAL, local, name);
      }
      default -> throw new IllegalStateException("no conversion from " + java + " to " + p.nativeType());
    }
    usesScratch = true;
    conversions.addStatement("$T $N = $L", Names.MEMORY_SEGMENT, local, init);
    if (cWrites && back != null) {
      copyBacks.add(back);
    }
    arguments.add(CodeBlock.of("$N", local));
  }

  /** Fails the call before C runs when the argument holds less than the declared length. */
  private void requireLength(ParameterModel p, CodeBlock needed, long elementSize, String where) {
    String name = p.name();
    JavaType java = p.javaType();
    // Lengths of buffers and plain pointers count bytes; lengths of typed arrays count elements.
    boolean bytes = p.nativeType() instanceof NativeType.Basic;
    CodeBlock sizeKnown = null;
    CodeBlock available;
    String unit = "elements";
    switch (java.kind()) {
      case ARRAY -> {
        boolean byteCount = bytes && java.component().kind().isPrimitive();
        available = byteCount
            ? CodeBlock.of("$N.length * $L.byteSize()", name, Layouts.element(java.component()))
            : CodeBlock.of("$N.length", name);
        unit = byteCount ? "bytes" : unit;
      }
      case LIST_OF_STRING -> available = CodeBlock.of("$N.size()", name);
      case BYTE_BUFFER -> {
        available = CodeBlock.of("$N.remaining()", name);
        unit = "bytes";
      }
      case MEMORY_SEGMENT -> {
        // A zero-length segment is a raw pointer of unknown size: trusted, as in Panama.
        sizeKnown = CodeBlock.of("$N.byteSize() != 0", name);
        available = CodeBlock.of("$N.byteSize()", name);
        needed = elementSize == 1 ? needed : CodeBlock.of("$L * $L", needed, elementSize);
        unit = "bytes";
      }
      default -> throw new IllegalStateException("no length for " + java);
    }
    boolean outParameter = p.nativeType() instanceof NativeType.ArrayOf a && a.star();
    if (outParameter) {
      // NULL for an optional out-parameter is common C.
      checks.beginControlFlow(
          "if ($N != null$L)", name, sizeKnown == null ? "" : CodeBlock.of(" && $L", sizeKnown));
    } else {
      // NULL where C uses n > 0 elements would be a crash.
      checks.beginControlFlow("if ($N == null)", name);
      checks.addStatement("$T.absent($L, $S)", Names.ARGS, needed, where);
      if (sizeKnown == null) {
        checks.nextControlFlow("else");
      } else {
        checks.nextControlFlow("else if ($L)", sizeKnown);
      }
    }
    checks.addStatement("$T.atLeast($L, $L, $S, $S)", Names.ARGS, available, needed, unit, where);
    checks.endControlFlow();
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  /** {@code handle.invokeExact(address, arguments...)}. */
  private CodeBlock call() {
    List<CodeBlock> all = new ArrayList<>();
    all.add(CodeBlock.of("$N", addressField(f)));
    // Panama's leading parameters, in its order: the address, the allocator of a struct result, the
    // call-state segment.
    if (f.resultType() instanceof NativeType.StructValue) {
      all.add(CodeBlock.of("($T) $$scratch", Names.SEGMENT_ALLOCATOR)); // C's struct result lands there
    }
    if (f.options().errno()) {
      all.add(CodeBlock.of("$T.state()", Names.ERRNO));
    }
    all.addAll(arguments);
    return CodeBlock.of("$N.invokeExact($L)", handleField(f), CodeBlock.join(all, ", "));
  }
}
