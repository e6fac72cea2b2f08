package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.ffibind.processor.model.GlobalModel;
import io.ffibind.processor.model.GlobalModel.Access;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the methods bound to C globals. The binding holds each global's storage as a record
 * component ({@code <name>$global}): a segment at the variable's address, sized to its type when the
 * library loads, so a read or write is one memory access at a constant address.
 *
 * <p>A {@code function} global read as a {@code @Callback} interface is the pointer it holds, as a
 * struct field of that type reads it ({@code Ffibind_<Callback>.$fromField}).
 *
 * <p>A global whose type names a {@code @Struct}/{@code @Union} record is read through the record's
 * companion {@code Ffibind_<Record>} at the storage, and sized by its {@code SIZE}; it is written by
 * {@code io.ffibind.internal.Globals}, which converts the whole record before the global changes.
 */
final class GlobalEmitter {
  private GlobalEmitter() {}

  /** The record component holding the global's storage. */
  static String storageField(GlobalModel g) {
    return g.fieldPrefix() + "$global";
  }

  /** Whether the method converts C strings, and so needs the library's charset field. */
  static boolean usesCharset(GlobalModel g) {
    if (g.access() != Access.READ) {
      return false;
    }
    return switch (g.type()) {
      case NativeType.Basic b -> b.base() == BaseType.STRING;
      case NativeType.ArrayOf a -> a.element() == BaseType.STRING && g.javaType().component().is(Kind.STRING);
      default -> false;
    };
  }

  /**
   * One record component per C variable, whichever methods use it, with the load-time expression that
   * finds it and sizes its storage; it is optional only if every method says so.
   */
  static Map<String, CodeBlock> storages(List<GlobalModel> globals) {
    Map<String, CodeBlock> storages = new LinkedHashMap<>();
    for (GlobalModel g : globals) {
      boolean optional = globals.stream().filter(o -> o.symbolName().equals(g.symbolName())).allMatch(GlobalModel::optional);
      storages.putIfAbsent(
          storageField(g),
          CodeBlock.of("$N.$L($S, $L)", BindingWriter.BINDING, optional ? "optionalGlobal" : "global",
              g.symbolName(), size(g)));
    }
    return storages;
  }

  /** The storage's size: a constant, or the companion's {@code SIZE} for structs. */
  private static CodeBlock size(GlobalModel g) {
    return switch (g.type()) {
      case NativeType.StructValue v -> CodeBlock.of("$T.SIZE", Names.companion(v.struct()));
      case NativeType.StructArray a -> CodeBlock.of("$T.SIZE * $LL", Names.companion(a.struct()), g.count());
      default -> CodeBlock.of("$LL", g.byteSize());
    };
  }

  static MethodSpec emit(GlobalModel g) {
    String field = storageField(g);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(g.methodName()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    switch (g.access()) {
      case READ -> method.returns(Names.typeName(g.javaType())).addJavadoc("Reads C global {@code $L}.\n", g.cDeclaration());
      case STORAGE -> method.returns(Names.MEMORY_SEGMENT)
          .addJavadoc("The storage of C global {@code $L}: $L bytes at its address.\n", g.cDeclaration(), g.byteSize());
      case WRITE -> {
        method.addParameter(Names.typeName(g.javaType()), g.parameterName())
            .addJavadoc("Writes C global {@code $L}.\n", g.cDeclaration());
        if (g.allocatorName() != null) {
          method.addParameter(Names.SEGMENT_ALLOCATOR, g.allocatorName())
              .addJavadoc("\n<p>What the struct points to is copied into memory from {@code $L}, which must"
                  + " outlive C's use of the global.\n", g.allocatorName());
        }
      }
    }
    String access = switch (g.access()) {
      case READ -> "read";
      case WRITE -> "write";
      case STORAGE -> "storage";
    };
    method.addCode(TraceEmitter.global(g.displayName(), g.symbolName(), access, g.parameterName()));
    method.beginControlFlow("if ($N.isClosed())", BindingWriter.BINDING);
    method.addStatement("throw $N.closedError($S)", BindingWriter.BINDING, g.methodName());
    method.endControlFlow();
    if (g.optional()) {
      method.beginControlFlow("if ($N.address() == 0)", field);
      method.addStatement("throw $N.missingSymbol($S, $S)", BindingWriter.BINDING, g.methodName(), g.symbolName());
      method.endControlFlow();
    }
    switch (g.access()) {
      case STORAGE -> method.addStatement("return $N", field);
      case READ -> method.addCode(read(g, field));
      case WRITE -> method.addCode(write(g, field));
    }
    return method.build();
  }

  private static CodeBlock read(GlobalModel g, String field) {
    Kind java = g.javaType().kind();
    return switch (g.type()) {
      case NativeType.Basic b when b.base() == BaseType.STRING ->
          CodeBlock.builder()
              .addStatement("return $T.readString($N.get($L, 0), $N)", Names.MARSHAL, field, Layouts.pointer(),
                  DowncallEmitter.charsetField(g.charset()))
              .build();
      case NativeType.Basic b when java == Kind.CALLBACK -> // the Java callback behind one of its stubs, or C's wrapped
          CodeBlock.builder()
              .addStatement("return $L", CallbackWriter.fromField(g.javaType().declared(),
                  CodeBlock.of("$N.get($L, 0)", field, Layouts.pointer())))
              .build();
      case NativeType.Basic b -> {
        CodeBlock get = CodeBlock.of("$N.get($L, 0)", field, Layouts.scalar(b.base()));
        yield CodeBlock.builder()
            .addStatement("return $L", Conversions.widen(b.base(), java, get))
            .build();
      }
      case NativeType.ArrayOf a -> {
        long n = count(a);
        Kind component = g.javaType().component().kind();
        CodeBlock value = switch (component) {
          case STRING -> CodeBlock.of("$T.strings($N, $L, $N)", Names.MARSHAL, field, n,
              DowncallEmitter.charsetField(g.charset()));
          case MEMORY_SEGMENT -> CodeBlock.of("$T.pointers($N, $L)", Names.MARSHAL, field, n);
          default -> CodeBlock.of("$N.toArray($L)", field, Layouts.element(g.javaType().component()));
        };
        yield CodeBlock.builder().addStatement("return $L", value).build();
      }
      case NativeType.StructValue v ->
          CodeBlock.builder().addStatement("return $T.read($N)", Names.companion(v.struct()), field).build();
      case NativeType.StructArray a ->
          CodeBlock.builder()
              .addStatement("return $T.readArray($N, $LL)", Names.companion(a.struct()), field, g.count())
              .build();
      case NativeType.Inline i -> throw new IllegalStateException("no global of type " + g.type().spelling());
    };
  }

  private static CodeBlock write(GlobalModel g, String field) {
    String name = g.parameterName();
    String where = "argument '" + name + "' of " + g.displayName();
    JavaType java = g.javaType();
    return switch (g.type()) {
      case NativeType.Basic b -> // a null segment is NULL; a plain set needs no cast (invokeExact would)
          CodeBlock.builder()
              .addStatement("$N.set($L, 0, $L)", field, Layouts.scalar(b.base()),
                  Conversions.narrow(b.base(), java.kind(), CodeBlock.of("$N", name), where))
              .build();
      case NativeType.ArrayOf a when java.component().is(Kind.MEMORY_SEGMENT) ->
          CodeBlock.builder().addStatement("$T.writePointers($N, $N, $S)", Names.GLOBALS, field, name, where).build();
      case NativeType.ArrayOf a ->
          CodeBlock.builder()
              .addStatement("$T.write($N, $N, $N == null ? -1 : $N.length, $L, $S)", Names.GLOBALS, field, name, name,
                  name, Layouts.element(java.component()), where)
              .build();
      case NativeType.StructValue v -> writeStruct("writeStruct", g, v.struct(), field, where);
      case NativeType.StructArray a -> writeStruct("writeStructs", g, a.struct(), field, where);
      case NativeType.Inline i -> throw new IllegalStateException("no global of type " + g.type().spelling());
    };
  }

  /** Through {@code Globals}, which converts the whole record before the global changes. */
  private static CodeBlock writeStruct(String helper, GlobalModel g, StructRef struct, String field, String where) {
    CodeBlock codec = CodeBlock.of("$T.$$CODEC", Names.companion(struct));
    return g.allocatorName() == null
        ? CodeBlock.builder()
            .addStatement("$T.$L($L, $N, $N, $S)", Names.GLOBALS, helper, codec, field, g.parameterName(), where)
            .build()
        : CodeBlock.builder()
            .addStatement("$T.$L($L, $N, $N, $N, $S)", Names.GLOBALS, helper, codec, field, g.parameterName(),
                g.allocatorName(), where)
            .build();
  }

  private static long count(NativeType.ArrayOf a) {
    return ((Length.Fixed) a.length()).count();
  }
}
