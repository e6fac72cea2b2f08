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
 * @param type the variable's C type: a scalar, {@code string}, or an inline array {@code T[N]}
 * @param javaType the getter's result or the setter's parameter
 * @param parameterName the setter's parameter; null for the other accesses
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

  /** The C declaration, for javadoc: {@code int32_t counter}, {@code const uint8_t bytes[14]}. */
  public String cDeclaration() {
    return switch (type) {
      case NativeType.Basic b -> declaration(b.base(), symbolName);
      case NativeType.ArrayOf a ->
          (a.isConst() ? "const " : "") + declaration(a.element(), symbolName + "[" + ((Length.Fixed) a.length()).count() + "]");
      default -> throw new IllegalStateException("no global of type " + type.spelling());
    };
  }

  private static String declaration(BaseType base, String declarator) {
    return switch (base) {
      case STRING -> "char *" + declarator;
      case FUNCTION -> "void (*" + declarator + ")()";
      default -> base.cName() + (base.cName().endsWith("*") ? "" : " ") + declarator;
    };
  }

  /** Bytes of storage: the size of the type, or of all N elements of an inline array. */
  public long byteSize() {
    return switch (type) {
      case NativeType.Basic b -> b.base().size();
      case NativeType.ArrayOf a -> a.element().size() * ((Length.Fixed) a.length()).count();
      default -> throw new IllegalStateException("no global of type " + type.spelling());
    };
  }
}
