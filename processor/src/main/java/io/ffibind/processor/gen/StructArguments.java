package io.ffibind.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;

/**
 * Struct arguments and results of a bound function: records copied into the call's scratch memory
 * by their companions ({@code Ffibind_<Record>}), C's changes read back into arrays, results read
 * into new records. Segments are passed as they are.
 */
final class StructArguments {
  private StructArguments() {}

  /**
   * What one struct argument adds to the method body.
   *
   * @param conversion statements before the call (may be empty)
   * @param argument the expression passed to {@code invokeExact}
   * @param copyBack statements after the call (may be empty)
   * @param scratch whether it takes memory from the call's scratch
   */
  record Emitted(CodeBlock conversion, CodeBlock argument, CodeBlock copyBack, boolean scratch) {}

  /** A struct passed by value: a record written into scratch memory, or a segment passed as it is. */
  static Emitted byValue(NativeType.StructValue type, ParameterModel p, String where, String local) {
    ClassName companion = Names.companion(type.struct());
    if (p.javaType().is(Kind.MEMORY_SEGMENT)) {
      return new Emitted(CodeBlock.of(""),
          CodeBlock.of("$T.byValue($N, $T.SIZE, $S)", Names.STRUCTS, p.name(), companion, where), CodeBlock.of(""), false);
    }
    return new Emitted(
        statement("$T $N = $T.$$in($$scratch, $N, $S)", Names.MEMORY_SEGMENT, local, companion, p.name(), where),
        CodeBlock.of("$N", local), CodeBlock.of(""), true);
  }

  /**
   * A pointer to one struct or to an array of them. A segment is passed as a {@code pointer}
   * parameter's is: native memory as it is, heap memory (which Panama refuses) copied into the
   * call's scratch memory and C's changes copied back unless const.
   */
  static Emitted pointer(FunctionModel f, NativeType.StructArray type, ParameterModel p, String where, String local) {
    ClassName companion = Names.companion(type.struct());
    String name = p.name();
    if (p.javaType().is(Kind.MEMORY_SEGMENT)) {
      return new Emitted(
          statement("$T $N = $T.segment($$scratch, $N, $L, $L, $S)",
              Names.MEMORY_SEGMENT, local, Names.MARSHAL, name, !type.isConst(), f.critical(), where),
          CodeBlock.of("$N", local),
          type.isConst() ? CodeBlock.of("") : statement("$T.copyBack($N, $N)", Names.MARSHAL, local, name),
          true);
    }
    CodeBlock back = CodeBlock.of("");
    CodeBlock init;
    if (p.javaType().is(Kind.STRUCT)) {
      init = CodeBlock.of("$T.in($T.$$CODEC, $$scratch, $N, $S)", Names.STRUCTS, companion, name, where);
    } else if (type.star()) {
      init = CodeBlock.of("$T.inFirst($T.$$CODEC, $$scratch, $N, $S)", Names.STRUCTS, companion, name, where);
      back = statement("$T.copyBack($T.$$CODEC, $N, $N, 1L, $S)", Names.STRUCTS, companion, local, name, where);
    } else {
      CodeBlock count = count(f, type.length(), where);
      init = CodeBlock.of("$T.inArray($T.$$CODEC, $$scratch, $N, $L, $S)", Names.STRUCTS, companion, name, count, where);
      back = statement("$T.copyBack($T.$$CODEC, $N, $N, $L, $S)", Names.STRUCTS, companion, local, name, count, where);
    }
    return new Emitted(
        statement("$T $N = $L", Names.MEMORY_SEGMENT, local, init),
        CodeBlock.of("$N", local),
        type.isConst() ? CodeBlock.of("") : back,
        true);
  }

  /** A struct result: the record read out of the returned memory, or the memory itself. */
  static CodeBlock result(FunctionModel f, NativeType type, Kind java) {
    String where = "result of " + f.displayName();
    return switch (type) {
      case NativeType.StructValue v -> CodeBlock.of("$T.$$out($$result, $S)", Names.companion(v.struct()), where);
      case NativeType.StructArray a when java == Kind.MEMORY_SEGMENT && a.star() ->
          CodeBlock.of("$T.ofAddress($$result)", Names.companion(a.struct()));
      case NativeType.StructArray a when java == Kind.MEMORY_SEGMENT -> a.length() instanceof Length.Unknown
          ? CodeBlock.of("$$result")
          : CodeBlock.of("$T.sized($$result, $L * $T.SIZE)", Names.STRUCTS, count(f, a.length(), where),
              Names.companion(a.struct()));
      case NativeType.StructArray a when a.star() ->
          CodeBlock.of("$T.outPointer($T.$$CODEC, $$result, $S)", Names.STRUCTS, Names.companion(a.struct()), where);
      case NativeType.StructArray a -> CodeBlock.of("$T.outArray($T.$$CODEC, $$result, $L, $S)",
          Names.STRUCTS, Names.companion(a.struct()), count(f, a.length(), where), where);
      default -> throw new IllegalStateException("not a struct result: " + type);
    };
  }

  /** The element count C uses, as a {@code long}; -1 when none is declared (all of the array). */
  private static CodeBlock count(FunctionModel f, Length length, String where) {
    CodeBlock value = Lengths.value(f, length);
    if (value == null) {
      return CodeBlock.of("-1L");
    }
    return length instanceof Length.Fixed ? value : CodeBlock.of("$T.count($L, $S)", Names.ARGS, value, where);
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }
}
