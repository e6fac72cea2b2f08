package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The first statement of every bound method: {@code if (Trace.ENABLED) Trace.call(...)}. {@code
 * Trace.ENABLED} is a {@code static final} of the runtime, so when {@code -Dffibind.trace} is not set
 * the JIT removes the branch and the call costs nothing; the arguments are boxed only when tracing.
 */
final class TraceEmitter {
  private TraceEmitter() {}

  static CodeBlock emit(FunctionModel f) {
    List<CodeBlock> arguments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    arguments.add(CodeBlock.of("$S", f.displayName()));
    arguments.add(CodeBlock.of("$S", f.symbolName()));
    for (ParameterModel p : f.parameters()) {
      names.add(p.name());
    }
    arguments.add(CodeBlock.of("$S", String.join(", ", names)));
    for (ParameterModel p : f.parameters()) {
      // A lone String[] or MemorySegment[] would otherwise be taken as the varargs array itself.
      boolean ambiguous = f.parameters().size() == 1
          && p.javaType().is(JavaType.Kind.ARRAY)
          && !p.javaType().component().kind().isPrimitive();
      arguments.add(CodeBlock.of(ambiguous ? "(Object) $N" : "$N", p.name()));
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($T.ENABLED)", Names.TRACE)
        .addStatement("$T.call($L)", Names.TRACE, CodeBlock.join(arguments, ", "))
        .endControlFlow()
        .build();
  }
}
