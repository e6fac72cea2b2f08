package io.ffibind.processor.model;

import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;

/**
 * One method bound to a C global variable.
 *
 * @param fieldPrefix names the record component holding the global's storage ({@code
 *     <prefix>$global}): the C symbol as a Java identifier, shared by every method of that symbol
 * @param type the variable's C type: a scalar, {@code string}, an inline array {@code T[N]}, a
 *     struct {@code Point} or an inline array of structs {@code Point[N]}
 * @param javaType the getter's result or the setter's parameter
 * @param parameterName the setter's parameter; null for the other accesses
 * @param allocatorName the setter's {@code SegmentAllocator} parameter, for a struct that points to
 *     other memory; null otherwise
 * @param struct the struct's checked layout when {@code type} names one; null otherwise
 * @param charset the library's charset, for a {@code string} global
 */
public record GlobalModel(
    String methodName,
    String fieldPrefix,
    String symbolName,
    NativeType type,
    Access access,
    JavaType javaType,
    String parameterName,
    String allocatorName,
    StructModel struct,
    boolean optional,
    String charset,
    String displayName) {

  /** What the method does with the global. */
  public enum Access {
    /** Returns its value. */
    READ,
    /** Stores its parameter. */
    WRITE,
    /** Returns its storage: a {@code MemorySegment} at its address, sized to its type. */
    STORAGE
  }

  /**
   * The C declaration, for javadoc: {@code int32_t counter}, {@code const uint8_t bytes[14]}, {@code
   * struct Point origin}.
   */
  public String cDeclaration() {
    return switch (type) {
      case NativeType.Basic b -> declaration(b.base(), symbolName);
      case NativeType.ArrayOf a -> (a.isConst() ? "const " : "") + declaration(a.element(), symbolName + "[" + count() + "]");
      case NativeType.StructValue v -> v.struct().cName() + " " + symbolName;
      case NativeType.StructArray a -> (a.isConst() ? "const " : "") + a.struct().cName() + " " + symbolName + "[" + count() + "]";
      case NativeType.Inline i -> throw new IllegalStateException("no global of type " + type.spelling());
    };
  }

  private static String declaration(BaseType base, String declarator) {
    return switch (base) {
      case STRING -> "char *" + declarator;
      case FUNCTION -> "void (*" + declarator + ")()";
      default -> base.cName() + (base.cName().endsWith("*") ? "" : " ") + declarator;
    };
  }

  /** The elements of an inline array; 1 for any other variable. */
  public long count() {
    return switch (type) {
      case NativeType.ArrayOf a -> ((Length.Fixed) a.length()).count();
      case NativeType.StructArray a -> ((Length.Fixed) a.length()).count();
      default -> 1;
    };
  }

  /** Bytes of storage: the size of the type, or of all N elements of an inline array. */
  public long byteSize() {
    return switch (type) {
      case NativeType.Basic b -> b.base().size();
      case NativeType.ArrayOf a -> a.element().size() * count();
      case NativeType.StructValue v -> struct.size();
      case NativeType.StructArray a -> struct.size() * count();
      case NativeType.Inline i -> throw new IllegalStateException("no global of type " + type.spelling());
    };
  }
}
