package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
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
  private boolean usesScratch;

  private DowncallEmitter(FunctionModel function) {
    this.f = function;
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
    return new DowncallEmitter(function).method();
  }

  private MethodSpec method() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(f.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.typeName(f.returnType()))
            .addJavadoc("Calls {@code $L}.\n", f.cPrototype());
    for (ParameterModel p : f.parameters()) {
      method.addParameter(ParameterSpec.builder(Names.typeName(p.javaType()), p.name()).build());
      argument(p);
    }
    method.beginControlFlow("if (isClosed())");
    method.addStatement("throw closedError($S)", f.methodName());
    method.endControlFlow();
    method.addCode(checks.build());
    if (usesScratch) {
      method.addStatement("$T $$scratch = $T.get()", Names.SCRATCH, Names.SCRATCH);
      method.addStatement("long $$mark = $$scratch.mark()");
    }
    method.beginControlFlow("try");
    method.addCode(conversions.build());
    method.addCode(callAndResult());
    method.nextControlFlow("catch (Error | RuntimeException $$e)");
    method.addStatement("throw $$e");
    method.nextControlFlow("catch (Throwable $$t)");
    method.addStatement("throw new AssertionError($$t)");
    if (usesScratch) {
      method.nextControlFlow("finally");
      method.addStatement("$$scratch.release($$mark)");
    }
    method.endControlFlow();
    return method.build();
  }

  // ---- arguments ----------------------------------------------------------------------------

  private void argument(ParameterModel p) {
    String where = "argument '" + p.name() + "' of " + f.displayName();
    String local = "$" + p.name();
    switch (p.nativeType()) {
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
        long elementSize = a.element() == BaseType.STRING ? 8 : a.element().size();
        memory(p, a.isConst(), a.length(), elementSize, where, local);
      }
    }
  }

  private CodeBlock scalar(BaseType base, ParameterModel p, String where) {
    Kind java = p.javaType().kind();
    if (java == Kind.MEMORY_SEGMENT) {
      return nullToNull(p.name());
    }
    if (java == JavaMapping.carrier(base)) {
      return CodeBlock.of("$N", p.name());
    }
    if (base == BaseType.U16 && java == Kind.CHAR) {
      return CodeBlock.of("(short) $N", p.name());
    }
    String check =
        switch (base) {
          case U8 -> "u8";
          case U16 -> "u16";
          case U32 -> "u32";
          default -> throw new IllegalStateException(base + " from " + java);
        };
    return CodeBlock.of("$T.$L($N, $S)", Names.ARGS, check, p.name(), where);
  }

  private static CodeBlock nullToNull(String name) {
    // The cast matters: as an invokeExact argument a bare conditional is typed Object.
    return CodeBlock.of("($T) ($N == null ? $T.NULL : $N)", Names.MEMORY_SEGMENT, name, Names.MEMORY_SEGMENT, name);
  }

  /** Buffers and arrays: check the declared length, pass or copy the memory, copy C's writes back. */
  private void memory(
      ParameterModel p, boolean isConst, Length length, long elementSize, String where, String local) {
    JavaType java = p.javaType();
    String name = p.name();
    boolean cWrites = !isConst;
    CodeBlock needed = lengthValue(length);
    switch (java.kind()) {
      case ARRAY -> {
        Kind component = java.component().kind();
        boolean primitive = component.isPrimitive();
        if (needed != null) {
          boolean bytes = p.nativeType() instanceof NativeType.Basic;
          CodeBlock available =
              bytes && primitive
                  ? CodeBlock.of("$N.length * $L.byteSize()", name, Layouts.element(java.component()))
                  : CodeBlock.of("$N.length", name);
          checks.beginControlFlow("if ($N != null)", name);
          checks.addStatement(
              "$T.atLeast($L, $L, $S, $S)", Names.ARGS, available, needed, bytes ? "bytes" : "elements", where);
          checks.endControlFlow();
        }
        if (primitive) {
          CodeBlock layout = Layouts.element(java.component());
          if (f.critical()) {
            arguments.add(CodeBlock.of(
                "($T) ($N == null ? $T.NULL : $T.ofArray($N))",
                Names.MEMORY_SEGMENT, name, Names.MEMORY_SEGMENT, Names.MEMORY_SEGMENT, name));
            return;
          }
          usesScratch = true;
          conversions.addStatement(
              "$T $N = $N == null ? $T.NULL : $T.array($$scratch, $N, $L, $N.length)",
              Names.MEMORY_SEGMENT, local, name, Names.MEMORY_SEGMENT, Names.MARSHAL, name, layout, name);
          if (cWrites) {
            copyBacks.beginControlFlow("if ($N != null)", name);
            copyBacks.addStatement("$T.copyBack($N, $N, $L, $N.length)", Names.MARSHAL, local, name, layout, name);
            copyBacks.endControlFlow();
          }
        } else if (component == Kind.STRING) {
          usesScratch = true;
          conversions.addStatement(
              "$T $N = $T.strings($$scratch, $N, $N, $S)",
              Names.MEMORY_SEGMENT, local, Names.MARSHAL, name, charsetField(f.charset()), where);
          if (cWrites) {
            copyBacks.addStatement("$T.copyBackStrings($N, $N, $N)", Names.MARSHAL, local, name, charsetField(f.charset()));
          }
        } else {
          usesScratch = true;
          conversions.addStatement(
              "$T $N = $T.pointers($$scratch, $N)", Names.MEMORY_SEGMENT, local, Names.MARSHAL, name);
          if (cWrites) {
            copyBacks.addStatement("$T.copyBackPointers($N, $N)", Names.MARSHAL, local, name);
          }
        }
        arguments.add(CodeBlock.of("$N", local));
      }
      case LIST_OF_STRING -> {
        if (needed != null) {
          checks.beginControlFlow("if ($N != null)", name);
          checks.addStatement("$T.atLeast($N.size(), $L, $S, $S)", Names.ARGS, name, needed, "elements", where);
          checks.endControlFlow();
        }
        usesScratch = true;
        conversions.addStatement(
            "$T $N = $T.strings($$scratch, $N, $N, $S)",
            Names.MEMORY_SEGMENT, local, Names.MARSHAL, name, charsetField(f.charset()), where);
        arguments.add(CodeBlock.of("$N", local));
      }
      case BYTE_BUFFER -> {
        if (needed != null) {
          checks.beginControlFlow("if ($N != null)", name);
          checks.addStatement("$T.atLeast($N.remaining(), $L, $S, $S)", Names.ARGS, name, needed, "bytes", where);
          checks.endControlFlow();
        }
        usesScratch = true;
        conversions.addStatement(
            "$T $N = $T.buffer($$scratch, $N, $L, $L, $S)",
            Names.MEMORY_SEGMENT, local, Names.MARSHAL, name, cWrites, f.critical(), where);
        if (cWrites) {
          copyBacks.addStatement("$T.copyBack($N, $N)", Names.MARSHAL, local, name);
        }
        arguments.add(CodeBlock.of("$N", local));
      }
      case MEMORY_SEGMENT -> {
        if (needed != null) {
          CodeBlock neededBytes = elementSize == 1 ? needed : CodeBlock.of("$L * $L", needed, elementSize);
          // A zero-length segment is a raw pointer of unknown size: trusted, as in Panama.
          checks.beginControlFlow("if ($N != null && $N.byteSize() != 0)", name, name);
          checks.addStatement("$T.atLeast($N.byteSize(), $L, $S, $S)", Names.ARGS, name, neededBytes, "bytes", where);
          checks.endControlFlow();
        }
        usesScratch = true;
        conversions.addStatement(
            "$T $N = $T.segment($$scratch, $N, $L, $L, $S)",
            Names.MEMORY_SEGMENT, local, Names.MARSHAL, name, cWrites, f.critical(), where);
        if (cWrites) {
          copyBacks.addStatement("$T.copyBack($N, $N)", Names.MARSHAL, local, name);
        }
        arguments.add(CodeBlock.of("$N", local));
      }
      default -> throw new IllegalStateException("no conversion from " + java + " to " + p.nativeType());
    }
  }

  /** The declared element count as a {@code long} expression, or null when none is declared. */
  private CodeBlock lengthValue(Length length) {
    return switch (length) {
      case Length.Unknown u -> null;
      case Length.Fixed fixed -> CodeBlock.of("$LL", fixed.count());
      case Length.FromParameter from -> {
        ParameterModel p = f.parameter(from.name());
        BaseType base = ((NativeType.Basic) p.nativeType()).base();
        Kind java = p.javaType().kind();
        String name = from.name();
        if (base.kind() == BaseType.Kind.UNSIGNED && java == JavaMapping.carrier(base)) {
          yield switch (java) {
            case BYTE -> CodeBlock.of("$T.toUnsignedLong($N)", Byte.class, name);
            case SHORT -> CodeBlock.of("$T.toUnsignedLong($N)", Short.class, name);
            case INT -> CodeBlock.of("$T.toUnsignedLong($N)", Integer.class, name);
            default -> CodeBlock.of("$N", name);
          };
        }
        yield CodeBlock.of("(long) $N", name);
      }
    };
  }

  // ---- the call and the result --------------------------------------------------------------

  private CodeBlock callAndResult() {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock call =
        CodeBlock.of(
            "$N.invokeExact($L)",
            handleField(f),
            CodeBlock.join(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(CodeBlock.of("$N", addressField(f))), arguments.stream())
                    .toList(),
                ", "));
    NativeType result = f.resultType();
    boolean isVoid = result instanceof NativeType.Basic b && b.base() == BaseType.VOID;
    CodeBlock copyBack = copyBacks.build();
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
    CodeBlock converted = convertResult(result, carrier, java);
    if (f.freeWith() != null) {
      code.beginControlFlow("try");
      code.addStatement("return $L", converted);
      code.nextControlFlow("finally");
      code.beginControlFlow("if ($$result.address() != 0)");
      code.addStatement("FREE$$handle.invokeExact($N, $$result)", freeField(f.freeWith()));
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
    };
  }

  private CodeBlock convertResult(NativeType result, Kind carrier, Kind java) {
    String where = "result length of " + f.displayName();
    switch (result) {
      case NativeType.Basic b when b.base() == BaseType.STRING && java == Kind.STRING -> {
        return CodeBlock.of("$T.readString($$result, $N)", Names.MARSHAL, charsetField(f.charset()));
      }
      case NativeType.Basic b when b.base() == BaseType.BUFFER && !(b.length() instanceof Length.Unknown) -> {
        return CodeBlock.of("$$result.reinterpret($T.count($L, $S))", Names.ARGS, lengthValue(b.length()), where);
      }
      case NativeType.Basic b -> {
        return widen(b.base(), carrier, java);
      }
      case NativeType.ArrayOf a -> {
        if (java == Kind.MEMORY_SEGMENT) {
          if (a.length() instanceof Length.Unknown) {
            return CodeBlock.of("$$result");
          }
          long size = a.element() == BaseType.STRING ? 8 : a.element().size();
          return CodeBlock.of(
              "$$result.reinterpret($T.count($L, $S) * $L)", Names.ARGS, lengthValue(a.length()), where, size);
        }
        CodeBlock count = CodeBlock.of("$T.count($L, $S)", Names.ARGS, lengthValue(a.length()), where);
        Kind component = f.returnType().component().kind();
        return switch (component) {
          case STRING -> CodeBlock.of("$T.strings($$result, $L, $N)", Names.MARSHAL, count, charsetField(f.charset()));
          case MEMORY_SEGMENT -> CodeBlock.of("$T.pointers($$result, $L)", Names.MARSHAL, count);
          default -> CodeBlock.of("$T.$L($$result, $L)", Names.MARSHAL, arrayReader(component), count);
        };
      }
    }
  }

  private static String arrayReader(Kind component) {
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

  /** Zero-extends an unsigned result into the wider Java type the method declares. */
  private static CodeBlock widen(BaseType base, Kind carrier, Kind java) {
    if (java == carrier) {
      return CodeBlock.of("$$result");
    }
    return switch (base) {
      case U8 -> switch (java) {
        case SHORT -> CodeBlock.of("(short) $T.toUnsignedInt($$result)", Byte.class);
        case INT -> CodeBlock.of("$T.toUnsignedInt($$result)", Byte.class);
        default -> CodeBlock.of("$T.toUnsignedLong($$result)", Byte.class);
      };
      case U16 -> switch (java) {
        case CHAR -> CodeBlock.of("(char) $$result");
        case INT -> CodeBlock.of("$T.toUnsignedInt($$result)", Short.class);
        default -> CodeBlock.of("$T.toUnsignedLong($$result)", Short.class);
      };
      case U32 -> CodeBlock.of("$T.toUnsignedLong($$result)", Integer.class);
      default -> throw new IllegalStateException(base + " as " + java);
    };
  }
}
