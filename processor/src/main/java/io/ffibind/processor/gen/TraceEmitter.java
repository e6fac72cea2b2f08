package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trace of generated calls ({@code -Dffibind.trace}): the first statement of every bound method is
 * {@code if (Trace.ENABLED) f$trace(arguments...)}. {@code Trace.ENABLED} is a {@code static final} of
 * the runtime, so when the property is not set the JIT removes the branch and the call costs nothing;
 * the boxing of the arguments lives in the private {@code f$trace} helper, so that the bound method's
 * bytecode (and with it HotSpot's inlining decisions) hardly grows.
 *
 * <p>Every way a binding reaches C is traced alike: a bound function when C is called (a nonblocking
 * one on the executor's thread, in its synchronous body, where it really calls C); a C function called
 * through a pointer ({@code $Native} of a callback class) with the pointer as its callee, {@code
 * (*0x7f...)}; a global at each read, write or storage access ({@link #global}).
 */
final class TraceEmitter {
  private TraceEmitter() {}

  private static String helperName(FunctionModel f) {
    return f.fieldPrefix() + "$trace";
  }

  /**
   * The statement at the top of the bound method.
   *
   * @param pointer the field holding the C function pointer a call goes through; null for a symbol
   */
  static CodeBlock emit(FunctionModel f, String pointer) {
    List<CodeBlock> arguments = new ArrayList<>();
    if (pointer != null) {
      arguments.add(CodeBlock.of("$N", pointer));
    }
    for (ParameterModel p : f.parameters()) {
      arguments.add(CodeBlock.of("$N", p.name()));
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($T.ENABLED)", Names.TRACE)
        .addStatement("$N($L)", helperName(f), CodeBlock.join(arguments, ", "))
        .endControlFlow()
        .build();
  }

  /** The helper that hands a call of a C symbol to {@code Trace.call}. */
  static MethodSpec helper(FunctionModel f) {
    return helper(f, null);
  }

  /**
   * The helper that hands the call to {@code Trace.call}.
   *
   * @param pointer the name of the C function pointer, passed first, for a call through one; null for
   *     a symbol
   */
  static MethodSpec helper(FunctionModel f, String pointer) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(helperName(f)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    List<CodeBlock> arguments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    arguments.add(CodeBlock.of("$S", f.displayName()));
    if (pointer == null) {
      arguments.add(CodeBlock.of("$S", f.symbolName()));
    } else {
      method.addParameter(Names.MEMORY_SEGMENT, pointer);
      arguments.add(CodeBlock.of("$T.pointer($N)", Names.TRACE, pointer));
    }
    for (ParameterModel p : f.parameters()) {
      names.add(p.name());
      method.addParameter(ParameterSpec.builder(Names.typeName(p.javaType()), p.name()).build());
    }
    arguments.add(CodeBlock.of("$S", String.join(", ", names)));
    for (ParameterModel p : f.parameters()) {
      // A lone String[] or MemorySegment[] would otherwise be taken as the varargs array itself.
      boolean ambiguous = f.parameters().size() == 1
          && p.javaType().is(JavaType.Kind.ARRAY)
          && !p.javaType().component().kind().isPrimitive();
      arguments.add(CodeBlock.of(ambiguous ? "(Object) $N" : "$N", p.name()));
    }
    return method.addStatement("$T.call($L)", Names.TRACE, CodeBlock.join(arguments, ", ")).build();
  }

  /** The statement at the top of a global's method: {@code Trace.global(...)}, boxing a write's value. */
  static CodeBlock global(String displayName, String symbol, String access, String value) {
    return CodeBlock.builder()
        .beginControlFlow("if ($T.ENABLED)", Names.TRACE)
        .addStatement("$T.global($S, $S, $S, $L)", Names.TRACE, displayName, symbol, access,
            value == null ? "null" : CodeBlock.of("$N", value))
        .endControlFlow()
        .build();
  }
}
