package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;

/**
 * Emits the end of a bound method: the {@code invokeExact} call, copying C's writes back into Java
 * arguments, and turning the C result into the declared Java type: unsigned widening, strings and
 * arrays copied out of C memory, owned memory freed afterwards.
 */
final class ResultEmitter {
  private final FunctionModel f;

  private ResultEmitter(FunctionModel function) {
    this.f = function;
  }

  /** The call, C's writes copied back, and the result converted (and freed when owned). */
  static CodeBlock emit(FunctionModel f, CodeBlock call, CodeBlock copyBack) {
    return new ResultEmitter(f).emit(call, copyBack);
  }

  private CodeBlock emit(CodeBlock call, CodeBlock copyBack) {
    CodeBlock.Builder code = CodeBlock.builder();
    NativeType result = f.resultType();
    boolean isVoid = result instanceof NativeType.Basic b && b.base() == BaseType.VOID;
    if (isVoid) {
      code.addStatement("$L", call);
      code.add(copyBack);
      return code.build();
    }
    Kind carrier = result instanceof NativeType.Basic b ? JavaMapping.carrier(b.base()) : Kind.MEMORY_SEGMENT;
    Kind java = f.returnType().kind();
    if (copyBack.isEmpty() && f.freeWith() == null && carrier == java && !needsConversion(result)) {
      code.addStatement("return ($T) $L", Names.typeName(JavaType.of(carrier)), call);
      return code.build();
    }
    code.addStatement("$T $$result = ($T) $L", Names.typeName(JavaType.of(carrier)), Names.typeName(JavaType.of(carrier)), call);
    code.add(copyBack);
    CodeBlock converted = convertResult(result, java);
    if (f.freeWith() != null) {
      code.beginControlFlow("try");
      code.addStatement("return $L", converted);
      code.nextControlFlow("finally");
      code.beginControlFlow("if ($$result.address() != 0)");
      code.addStatement("FREE$$handle.invokeExact($N, $$result)", DowncallEmitter.freeField(f.freeWith()));
      code.endControlFlow();
      code.endControlFlow();
    } else {
      code.addStatement("return $L", converted);
    }
    return code.build();
  }

  /** Whether a MemorySegment result still needs work (a view of a declared length). */
  private static boolean needsConversion(NativeType result) {
    return switch (result) {
      case NativeType.Basic b -> b.base() == BaseType.BUFFER && !(b.length() instanceof Length.Unknown);
      case NativeType.ArrayOf a -> true;
      case NativeType.StructValue v -> true;
      case NativeType.StructArray a -> true;
      case NativeType.Inline i -> false;
    };
  }

  private CodeBlock convertResult(NativeType result, Kind java) {
    String where = "result length of " + f.displayName();
    switch (result) {
      case NativeType.Basic b when b.base() == BaseType.STRING && java == Kind.STRING -> {
        return CodeBlock.of("$T.readString($$result, $N)", Names.MARSHAL, DowncallEmitter.charsetField(f.charset()));
      }
      case NativeType.Basic b when java == Kind.CALLBACK -> {
        return CallbackWriter.wrap(f.returnType().declared(), CodeBlock.of("$$result"));
      }
      case NativeType.Basic b when b.base() == BaseType.BUFFER && !(b.length() instanceof Length.Unknown) -> {
        return CodeBlock.of("$$result.reinterpret($T.count($L, $S))", Names.ARGS, Lengths.value(f, b.length()), where);
      }
      case NativeType.Basic b -> {
        return Conversions.widen(b.base(), java, CodeBlock.of("$$result"));
      }
      case NativeType.StructValue v -> {
        return StructArguments.result(f, result, java);
      }
      case NativeType.StructArray a -> {
        return StructArguments.result(f, result, java);
      }
      case NativeType.Inline i -> throw new IllegalStateException("an inline array is a struct field");
      case NativeType.ArrayOf a -> {
        if (java == Kind.MEMORY_SEGMENT) {
          if (a.length() instanceof Length.Unknown) {
            return CodeBlock.of("$$result");
          }
          long size = a.element().size();
          return CodeBlock.of(
              "$$result.reinterpret($T.count($L, $S) * $L)", Names.ARGS, Lengths.value(f, a.length()), where, size);
        }
        CodeBlock count = CodeBlock.of("$T.count($L, $S)", Names.ARGS, Lengths.value(f, a.length()), where);
        Kind component = f.returnType().component().kind();
        return switch (component) {
          case STRING -> CodeBlock.of("$T.strings($$result, $L, $N)", Names.MARSHAL, count, DowncallEmitter.charsetField(f.charset()));
          case MEMORY_SEGMENT -> CodeBlock.of("$T.pointers($$result, $L)", Names.MARSHAL, count);
          default -> CodeBlock.of("$T.$L($$result, $L)", Names.MARSHAL, arrayReader(component), count);
        };
      }
    }
  }

  /** The {@code Marshal} method that copies C's array of {@code component}s into a Java array. */
  static String arrayReader(Kind component) {
    return switch (component) {
      case BYTE -> "bytes";
      case SHORT -> "shorts";
      case CHAR -> "chars";
      case INT -> "ints";
      case LONG -> "longs";
      case FLOAT -> "floats";
      case DOUBLE -> "doubles";
      default -> throw new IllegalStateException("no array reader for " + component);
    };
  }
}
