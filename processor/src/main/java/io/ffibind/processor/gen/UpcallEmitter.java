package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.ffibind.internal.UpcallPool;
import io.ffibind.processor.model.CallbackModel;
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
 * Emits {@code $upcall}, the Java method C's calls reach through a stub: it converts each C argument
 * to the Java type the callback declares, runs the callback its slot points to, writes back what the
 * callback changed in copies of C arrays, and converts the result for C. Nothing escapes it: a stale
 * call (no callback) and any throwable end in the slot, and C receives zero.
 *
 * <p>One conversion per C type, in {@link #argument} (C to Java) and {@link #result} (Java to C).
 * Structs are read into records by their companions (deep, as C's memory is valid during the
 * invocation); a struct result is written into heap memory Panama copies to C.
 */
final class UpcallEmitter {
  /** The upcall target's name, which the runtime's {@link UpcallPool} looks up. */
  static final String UPCALL = UpcallPool.UPCALL;
  /**
   * The generated class's zeroed struct of the result's size, what C receives for a struct result
   * when there is no callback or it threw: made once, so that those paths allocate nothing and
   * cannot fail (Panama copies the struct from the segment returned, which must have its size).
   */
  static final String ZERO_STRUCT = "$ZERO";

  private final CallbackModel c;
  private final CodeBlock.Builder conversions = CodeBlock.builder();
  private final CodeBlock.Builder writeBacks = CodeBlock.builder();
  private final List<CodeBlock> arguments = new ArrayList<>();

  private UpcallEmitter(CallbackModel callback) {
    this.c = callback;
  }

  static MethodSpec emit(CallbackModel callback) {
    return new UpcallEmitter(callback).method();
  }

  private MethodSpec method() {
    TypeName carrier = carrier(c.resultType());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(UPCALL)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(carrier)
            .addJavadoc(
                "What C's calls through a stub run: the callback the stub's slot points to, with C's"
                    + " arguments\nconverted. Nothing escapes to C, which receives zero when the slot is"
                    + " stale or the callback throws.\n")
            .addParameter(Names.UPCALL_SLOT, "$slot");
    for (ParameterModel p : c.parameters()) {
      method.addParameter(ParameterSpec.builder(carrier(p.nativeType()), p.name()).build());
      arguments.add(argument(p));
    }
    CodeBlock zero = c.onError() != null ? CodeBlock.of("$L", c.onError()) : zero(c.resultType());
    method.addStatement("$T $$target = $$slot.target()", Object.class);
    method.beginControlFlow("if ($$target == null)");
    method.addStatement("$$slot.stale()");
    method.addStatement(zero == null ? CodeBlock.of("return") : CodeBlock.of("return $L", zero));
    method.endControlFlow();
    method.beginControlFlow("try");
    method.addCode(conversions.build());
    CodeBlock call =
        CodeBlock.of(
            "(($T) $$target).$N($L)",
            CallbackWriter.interfaceClass(c), c.methodName(), CodeBlock.join(arguments, ", "));
    CodeBlock back = writeBacks.build();
    if (zero == null) {
      method.addStatement("$L", call);
      method.addCode(back);
    } else {
      CodeBlock converted = result(CodeBlock.of("$$result"));
      Kind java = c.returnType().kind();
      boolean asIs = c.resultType() instanceof NativeType.Basic b && java != Kind.MEMORY_SEGMENT
          && java == JavaMapping.carrier(b.base());
      if (back.isEmpty() && asIs) {
        method.addStatement("return $L", call);
      } else {
        method.addStatement("$T $$result = $L", Names.typeName(c.returnType()), call);
        method.addCode(back);
        method.addStatement("return $L", converted);
      }
    }
    method.nextControlFlow("catch (Throwable $$t)");
    method.addStatement("$$slot.failed($$target, $$t)");
    if (zero != null) {
      method.addStatement("return $L", zero);
    }
    method.endControlFlow();
    return method.build();
  }

  // ---- C to Java: one conversion per C type ---------------------------------------------------

  /** The Java argument for C's value {@code p.name()}, which arrives in its carrier type. */
  private CodeBlock argument(ParameterModel p) {
    String raw = p.name();
    JavaType java = p.javaType();
    String where = "parameter '" + p.name() + "' of callback " + c.displayName();
    return switch (p.nativeType()) {
      case NativeType.Basic b when java.is(Kind.CALLBACK) -> CallbackWriter.wrap(java.declared(), CodeBlock.of("$N", raw));
      case NativeType.Basic b when java.is(Kind.MEMORY_SEGMENT) && b.base() == BaseType.BUFFER -> view(raw, b.length(), 1, where);
      case NativeType.Basic b when b.base() == BaseType.BUFFER -> // byte[]: a copy, as for u8[n]
          array(p, new NativeType.ArrayOf(BaseType.U8, b.isConst(), b.length(), false), where);
      case NativeType.Basic b when java.is(Kind.MEMORY_SEGMENT) -> CodeBlock.of("$N", raw);
      case NativeType.Basic b when b.base() == BaseType.STRING ->
          converted(p, CodeBlock.of("$T.readString($N, $N)", Names.MARSHAL, raw, DowncallEmitter.charsetField(c.charset())));
      case NativeType.Basic b -> Conversions.widen(b.base(), java.kind(), CodeBlock.of("$N", raw));
      case NativeType.ArrayOf a when java.is(Kind.MEMORY_SEGMENT) -> view(raw, a.length(), a.element().size(), where);
      case NativeType.ArrayOf a -> array(p, a, where);
      case NativeType.StructValue v when java.is(Kind.MEMORY_SEGMENT) -> CodeBlock.of("$N", raw); // Panama's copy
      case NativeType.StructValue v ->
          converted(p, CodeBlock.of("$T.$$out($N, $S)", Names.companion(v.struct()), raw, where));
      case NativeType.StructArray a -> structs(p, a, where);
      case NativeType.Inline i -> throw new IllegalStateException("an inline array is a struct field: " + p);
    };
  }

  /**
   * A pointer to structs: a view of C's memory, or records read from it (deep). A {@code Point[n]}
   * copy whose elements the callback replaced is written back unless const; the checks allow that
   * only for structs that point to nothing. A {@code Point*} record cannot change, so it has nothing
   * to write back: a callback that changes C's struct takes the {@code MemorySegment}.
   */
  private CodeBlock structs(ParameterModel p, NativeType.StructArray a, String where) {
    String raw = p.name();
    var companion = Names.companion(a.struct());
    if (p.javaType().is(Kind.MEMORY_SEGMENT)) {
      if (a.star()) {
        return CodeBlock.of("$T.ofAddress($N)", companion, raw);
      }
      if (a.length() instanceof Length.Unknown) {
        return CodeBlock.of("$N", raw);
      }
      return CodeBlock.of("$T.view($N, $L * $T.SIZE)", Names.CALLBACK_MARSHAL, raw, count(a.length(), where), companion);
    }
    if (a.star()) {
      return converted(p, CodeBlock.of("$T.outPointer($T.$$CODEC, $N, $S)", Names.STRUCTS, companion, raw, where));
    }
    CodeBlock records = converted(
        p, CodeBlock.of("$T.outArray($T.$$CODEC, $N, $L, $S)", Names.STRUCTS, companion, raw, count(a.length(), where), where));
    if (!a.isConst()) {
      String originals = local(p) + "$in";
      conversions.addStatement("$T $N = $N == null ? null : $N.clone()", Names.typeName(p.javaType()), originals, local(p), local(p));
      writeBacks.addStatement(
          "$T.writeBack($T.$$CODEC, $N, $N, $N, $S)", Names.CALLBACK_MARSHAL, companion, raw, local(p), originals, where);
    }
    return records;
  }

  /** A Java array copied from C's; written back after the callback if it changed it (unless const). */
  private CodeBlock array(ParameterModel p, NativeType.ArrayOf a, String where) {
    String raw = p.name();
    CodeBlock count = count(a.length(), where);
    Kind component = p.javaType().component().kind();
    CodeBlock copy;
    switch (component) {
      case STRING -> copy = CodeBlock.of(
          "$T.strings($N, $L, $N)", Names.MARSHAL, raw, count, DowncallEmitter.charsetField(c.charset()));
      case MEMORY_SEGMENT -> {
        copy = CodeBlock.of("$T.pointers($N, $L)", Names.MARSHAL, raw, count);
        if (!a.isConst()) {
          writeBacks.addStatement("$T.writeBack($N, $N)", Names.CALLBACK_MARSHAL, raw, local(p));
        }
      }
      default -> {
        copy = CodeBlock.of("$T.$L($N, $L)", Names.MARSHAL, ResultEmitter.arrayReader(component), raw, count);
        if (!a.isConst()) {
          writeBacks.addStatement(
              "$T.writeBack($N, $N, $L, $N.length)",
              Names.CALLBACK_MARSHAL, raw, local(p), Layouts.element(p.javaType().component()), local(p));
        }
      }
    }
    return converted(p, copy);
  }

  /** A segment of the declared size (elements times {@code elementSize}), or C's pointer as it is. */
  private CodeBlock view(String raw, Length length, long elementSize, String where) {
    if (length instanceof Length.Unknown) {
      return CodeBlock.of("$N", raw);
    }
    CodeBlock count = count(length, where);
    CodeBlock bytes = elementSize == 1 ? count : CodeBlock.of("$L * $L", count, elementSize);
    return CodeBlock.of("$T.view($N, $L)", Names.CALLBACK_MARSHAL, raw, bytes);
  }

  private CodeBlock count(Length length, String where) {
    CodeBlock value = Lengths.ofCarriers(c.parameters(), length);
    return length instanceof Length.Fixed
        ? value
        : CodeBlock.of("$T.count($L, $S)", Names.ARGS, value, "length of " + where);
  }

  /** Declares the converted value as a local, so that it can be written back after the call. */
  private CodeBlock converted(ParameterModel p, CodeBlock value) {
    conversions.addStatement("$T $N = $L", Names.typeName(p.javaType()), local(p), value);
    return CodeBlock.of("$N", local(p));
  }

  private static String local(ParameterModel p) {
    return Locals.of(p.name());
  }

  // ---- Java to C ------------------------------------------------------------------------------

  /** The callback's result {@code value} as C's carrier. */
  private CodeBlock result(CodeBlock value) {
    if (c.returnType().is(Kind.MEMORY_SEGMENT)) {
      return Conversions.nullToNull(value);
    }
    return switch (c.resultType()) {
      case NativeType.Basic b ->
          Conversions.narrow(b.base(), c.returnType().kind(), value, "result of callback " + c.displayName());
      case NativeType.StructValue v -> CodeBlock.of(
          "$T.struct($T.$$CODEC, $L, $S)", Names.CALLBACK_MARSHAL, Names.companion(v.struct()), value,
          "result of callback " + c.displayName());
      default -> throw new IllegalStateException("result " + c.resultType().spelling()); // rejected by checks
    };
  }

  /** What C receives when there is no callback to run or it threw, unless onError says; null for void. */
  private static CodeBlock zero(NativeType type) {
    if (type instanceof NativeType.Basic b) {
      return switch (JavaMapping.carrier(b.base())) {
        case VOID -> null;
        case BOOLEAN -> CodeBlock.of("false");
        case BYTE -> CodeBlock.of("(byte) 0");
        case SHORT -> CodeBlock.of("(short) 0");
        case INT -> CodeBlock.of("0");
        case LONG -> CodeBlock.of("0L");
        case FLOAT -> CodeBlock.of("0.0f");
        case DOUBLE -> CodeBlock.of("0.0");
        default -> CodeBlock.of("$T.NULL", Names.MEMORY_SEGMENT);
      };
    }
    if (type instanceof NativeType.StructValue) {
      return CodeBlock.of("$N", ZERO_STRUCT);
    }
    return CodeBlock.of("$T.NULL", Names.MEMORY_SEGMENT);
  }

  /** The Java type C's value arrives in: the carrier of its layout (also named in native-image metadata). */
  static TypeName carrier(NativeType type) {
    return switch (type) {
      case NativeType.Basic b -> Names.typeName(JavaType.of(JavaMapping.carrier(b.base())));
      default -> Names.MEMORY_SEGMENT;
    };
  }
}
