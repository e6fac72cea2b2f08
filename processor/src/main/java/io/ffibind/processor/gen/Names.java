package io.ffibind.processor.gen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.ffibind.processor.types.JavaType;
import java.util.List;

/** Every class generated code refers to, and the naming rules of generated classes and members. */
public final class Names {
  public static final String GENERATED_PREFIX = "Ffibind_";

  static final ClassName NATIVE_BINDING = ClassName.get("io.ffibind.internal", "NativeBinding");
  static final ClassName ARGS = ClassName.get("io.ffibind.internal", "Args");
  static final ClassName MARSHAL = ClassName.get("io.ffibind.internal", "Marshal");
  static final ClassName SCRATCH = ClassName.get("io.ffibind.internal", "Scratch");
  static final ClassName C_LAYOUTS = ClassName.get("io.ffibind.internal", "CLayouts");
  static final ClassName UPCALL_SLOT = ClassName.get("io.ffibind.internal", "UpcallSlot");
  static final ClassName UPCALL_POOL = ClassName.get("io.ffibind.internal", "UpcallPool");
  static final ClassName CALLBACK_MARSHAL = ClassName.get("io.ffibind.internal", "CallbackMarshal");
  static final ClassName NATIVE_ACCESS = ClassName.get("io.ffibind.internal", "NativeAccess");
  static final ClassName TRACE = ClassName.get("io.ffibind.internal", "Trace");
  static final ClassName LINKER = ClassName.get("java.lang.foreign", "Linker");
  static final ClassName LINKER_OPTION = LINKER.nestedClass("Option");
  static final ClassName ARENA = ClassName.get("java.lang.foreign", "Arena");
  static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName FUNCTION_DESCRIPTOR = ClassName.get("java.lang.foreign", "FunctionDescriptor");
  static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
  static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
  static final ClassName METHOD_HANDLE = ClassName.get("java.lang.invoke", "MethodHandle");
  static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
  static final ClassName CHARSET = ClassName.get("java.nio.charset", "Charset");
  static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName BOUND_LIBRARY = ClassName.get("io.ffibind.internal", "BoundLibrary");
  static final ClassName ERRNO = ClassName.get("io.ffibind.internal", "Errno");
  static final ClassName GLOBALS = ClassName.get("io.ffibind.internal", "Globals");
  static final ClassName NONBLOCKING = ClassName.get("io.ffibind.internal", "Nonblocking");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName STRUCTS = ClassName.get("io.ffibind.internal", "Structs");
  static final ClassName STRUCT_FIELDS = ClassName.get("io.ffibind.internal", "StructFields");
  static final ClassName STRUCT_CODEC = ClassName.get("io.ffibind.internal", "StructCodec");
  static final ClassName STRUCT_EXCEPTION = ClassName.get("io.ffibind.internal", "StructException");
  static final ClassName CHAIN = ClassName.get("io.ffibind.internal", "Chain");
  static final ClassName MEMORY_LAYOUT = ClassName.get("java.lang.foreign", "MemoryLayout");
  static final ClassName STRUCT_LAYOUT = ClassName.get("java.lang.foreign", "StructLayout");
  static final ClassName UNION_LAYOUT = ClassName.get("java.lang.foreign", "UnionLayout");
  static final ClassName SEGMENT_ALLOCATOR = ClassName.get("java.lang.foreign", "SegmentAllocator");

  private Names() {}

  /** {@code Ffibind_Outer_Inner} for {@code Outer.Inner}. */
  public static String generatedSimpleName(List<String> nestedName) {
    return GENERATED_PREFIX + String.join("_", nestedName);
  }

  /** The companion generated for a struct record: {@code Ffibind_Outer_Point} beside it. */
  static ClassName companion(io.ffibind.processor.types.StructRef struct) {
    return ClassName.get(struct.record().packageName(), generatedSimpleName(struct.record().simpleNames()));
  }

  /** The JavaPoet name of a user's class. */
  static ClassName className(JavaType.ClassRef ref) {
    List<String> names = ref.simpleNames();
    return ClassName.get(ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  /** The JavaPoet type for a model type. */
  static TypeName typeName(JavaType type) {
    return switch (type.kind()) {
      case VOID -> TypeName.VOID;
      case BOOLEAN -> TypeName.BOOLEAN;
      case BYTE -> TypeName.BYTE;
      case SHORT -> TypeName.SHORT;
      case CHAR -> TypeName.CHAR;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case FLOAT -> TypeName.FLOAT;
      case DOUBLE -> TypeName.DOUBLE;
      case STRING -> STRING;
      case MEMORY_SEGMENT -> MEMORY_SEGMENT;
      case BYTE_BUFFER -> BYTE_BUFFER;
      case LIST_OF_STRING -> ParameterizedTypeName.get(LIST, STRING);
      case SEGMENT_ALLOCATOR -> SEGMENT_ALLOCATOR;
      case STRUCT, CALLBACK -> className(type.declared());
      case FUTURE -> ParameterizedTypeName.get(COMPLETABLE_FUTURE, typeName(type.component()).box());
      case ARRAY -> ArrayTypeName.of(typeName(type.component()));
      case OTHER -> throw new IllegalArgumentException("no generated code for " + type);
    };
  }
}
