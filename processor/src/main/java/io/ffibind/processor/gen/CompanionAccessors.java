package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ffibind.processor.gen.FieldCode.Shape;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.model.StructModel.FieldModel;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The field accessors of a struct companion: for each field a getter and a setter named after it
 * that read and write the struct's memory in place, plus {@code name$slice} for the memory of an
 * inline struct or array and {@code name$address} for the raw pointer of a followed field.
 */
final class CompanionAccessors {
  /** Names of the companion's own methods: a field with one of them gets a {@code $} after its accessors. */
  static final Set<String> RESERVED =
      Set.of("read", "readArray", "write", "writeArray", "allocate", "allocateArray", "elementAt", "ofAddress");

  private static final Modifier[] PUBLIC_STATIC = {Modifier.PUBLIC, Modifier.STATIC};

  private CompanionAccessors() {}

  /** The accessor name of a field: its component name, unless a companion method has it. */
  static String accessor(FieldModel f) {
    return RESERVED.contains(f.name()) ? f.name() + "$" : f.name();
  }

  static void add(TypeSpec.Builder type, StructModel m, FieldCode code) {
    FieldModel f = code.field();
    String name = accessor(f);
    TypeName java = Names.typeName(f.javaType());
    CodeBlock offset = CodeBlock.of("$N", CompanionWriter.offset(f));
    CodeBlock rootedRead = CodeBlock.of("$T.read(null, $T.address(struct, 0L), $$CODEC)", Names.CHAIN, Names.STRUCTS);
    CodeBlock read = code.read("struct", offset, CodeBlock.of("null"), rootedRead, CompanionWriter::offsetRef);
    type.addMethod(MethodSpec.methodBuilder(name).addModifiers(PUBLIC_STATIC).returns(java)
        .addJavadoc("Reads {@code $L} from the struct at {@code struct}$L.\n", f.cName(),
            switch (code.shape()) {
              case SCALAR, RAW_POINTER -> "";
              case CALLBACK -> " as a callback object (the Java one when the pointer is its stub)";
              default -> " into new Java values";
            })
        .addParameter(Names.MEMORY_SEGMENT, "struct")
        .addCode(CompanionWriter.guarded(code.readMayFail(), "$WHERE", CodeBlock.builder().addStatement("return $L", read).build()))
        .build());
    boolean allocates = f.allocates();
    boolean callback = code.shape() == Shape.CALLBACK;
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name).addModifiers(PUBLIC_STATIC)
        .addJavadoc("Writes {@code $L} into the struct at {@code struct}$L.\n", f.cName(),
            callback ? "; a Java callback gets a function pointer that C may call until {@code allocator} closes"
                : allocates ? "; what it points to is copied into memory from {@code allocator}" : "")
        .addParameter(Names.MEMORY_SEGMENT, "struct").addParameter(java, "value");
    if (allocates) {
      // A callback's pointer lives as long as an Arena: no other allocator says how long memory lives.
      setter.addParameter(callback ? Names.ARENA : Names.SEGMENT_ALLOCATOR, "allocator");
    }
    CodeBlock count = code.counted()
        ? code.countInMemory("struct", CompanionWriter::offsetRef)
        : CodeBlock.of("0L");
    CodeBlock rootedWrite = CodeBlock.of("$T.write(null, struct)", Names.CHAIN);
    CodeBlock write = code.write("struct", offset, CodeBlock.of("value"), count, allocates ? "allocator" : "null",
        CodeBlock.of("null"), rootedWrite);
    type.addMethod(setter.addCode(CompanionWriter.guarded(code.writeMayFail(), "$WHERE", write)).build());
    if (code.shape() == Shape.STRUCT || code.shape() == Shape.INLINE_ARRAY) {
      CodeBlock slice = f.flexible()
          ? CodeBlock.of("struct.asSlice($N)", CompanionWriter.offset(f))
          : CodeBlock.of("struct.asSlice($N, $L)", CompanionWriter.offset(f), f.size());
      type.addMethod(MethodSpec.methodBuilder(f.name() + "$slice").addModifiers(PUBLIC_STATIC).returns(Names.MEMORY_SEGMENT)
          .addJavadoc("The memory of {@code $L} inside the struct at {@code struct}, to read or write in place.\n", f.cName())
          .addParameter(Names.MEMORY_SEGMENT, "struct")
          .addStatement("return $L", slice)
          .build());
    }
    if (code.shape() == Shape.STRING || code.shape() == Shape.STRUCT_POINTER || code.shape() == Shape.ARRAY_POINTER
        || callback) {
      CodeBlock layout = StructLayouts.pointer(m.packed());
      type.addMethod(MethodSpec.methodBuilder(f.name() + "$address").addModifiers(PUBLIC_STATIC).returns(Names.MEMORY_SEGMENT)
          .addJavadoc("The pointer {@code $L} holds, as it is (NULL is {@code MemorySegment.NULL}).\n", f.cName())
          .addParameter(Names.MEMORY_SEGMENT, "struct")
          .addStatement("return struct.get($L, $N)", layout, CompanionWriter.offset(f))
          .build());
      type.addMethod(MethodSpec.methodBuilder(f.name() + "$address").addModifiers(PUBLIC_STATIC)
          .addJavadoc("Makes {@code $L} point to {@code pointer} (null is NULL).\n", f.cName())
          .addParameter(Names.MEMORY_SEGMENT, "struct").addParameter(Names.MEMORY_SEGMENT, "pointer")
          .addStatement("struct.set($L, $N, $T.pointer(pointer))", layout, CompanionWriter.offset(f), Names.STRUCT_FIELDS)
          .build());
    }
  }
}
