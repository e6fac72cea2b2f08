package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType;
import javax.lang.model.element.Modifier;

/**
 * A nonblocking function is generated as two methods: its ordinary synchronous body, emitted by
 * {@link DowncallEmitter} into a private {@code <name>$call} method, and the public method, which
 * hands that body to the binding's executor and returns the future at once. Everything the body
 * allocates for C therefore lives on the running thread until C returns, and arrays C writes are
 * copied back before the future completes.
 */
final class NonblockingEmitter {
  private NonblockingEmitter() {}

  /** The private method that runs the call synchronously on the executor's thread. */
  static String bodyName(FunctionModel f) {
    return f.fieldPrefix() + "$call";
  }

  /** The start of the synchronous body's method, which {@link DowncallEmitter} completes. */
  static MethodSpec.Builder synchronousBody(FunctionModel f) {
    return MethodSpec.methodBuilder(bodyName(f)).addModifiers(Modifier.PRIVATE);
  }

  /** The public method: submits the synchronous body and returns its future. */
  static MethodSpec emit(FunctionModel f) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(f.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.typeName(JavaType.future(f.returnType())))
            .addJavadoc(
                "Calls {@code $L} on the binding's executor and returns at once; the future completes"
                    + " when C returns$L.\n",
                f.cPrototype(),
                f.options().errno() ? " ({@code Native.errno(future)} is that call's errno)" : "");
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (ParameterModel p : f.parameters()) {
      method.addParameter(Names.typeName(p.javaType()), p.name());
      arguments.add(arguments.isEmpty() ? "$N" : ", $N", p.name());
    }
    method.addStatement(
        "return $T.$L($N, $L, () -> $N($L))",
        Names.NONBLOCKING,
        f.returnType().is(JavaType.Kind.VOID) ? "run" : "call",
        BindingWriter.BINDING,
        f.options().errno(),
        bodyName(f),
        arguments.build());
    return method.build();
  }
}
