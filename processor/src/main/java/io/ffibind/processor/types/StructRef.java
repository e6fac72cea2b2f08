package io.ffibind.processor.types;

/**
 * A struct or union a type string names, resolved to the user's record: enough for checks and
 * generated code to refer to it ({@code Ffibind_<Record>} holds its layout and conversions).
 *
 * @param name the name type strings use ({@code @Struct(name)}, or the record's simple name)
 * @param record the {@code @Struct}/{@code @Union} record
 */
public record StructRef(String name, JavaType.ClassRef record, boolean union) {
  /** {@code struct Point} or {@code union Value}, for generated javadoc and messages. */
  public String cName() {
    return (union ? "union " : "struct ") + name;
  }

  /** The record as a Java type. */
  public JavaType javaType() {
    return JavaType.declared(JavaType.Kind.STRUCT, record);
  }
}
