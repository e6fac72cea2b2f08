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
 */
final class TraceEmitter {
  private TraceEmitter() {}

  private static String helperName(FunctionModel f) {
    return f.fieldPrefix() + "$trace";
  }

  /** The statement at the top of the bound method. */
  static CodeBlock emit(FunctionModel f) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel p : f.parameters()) {
      arguments.add(CodeBlock.of("$N", p.name()));
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($T.ENABLED)", Names.TRACE)
        .addStatement("$N($L)", helperName(f), CodeBlock.join(arguments, ", "))
        .endControlFlow()
        .build();
  }

  /** The helper that hands the call to {@code Trace.call}. */
  static MethodSpec helper(FunctionModel f) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(helperName(f)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    List<CodeBlock> arguments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    arguments.add(CodeBlock.of("$S", f.displayName()));
    arguments.add(CodeBlock.of("$S", f.symbolName()));
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
}
