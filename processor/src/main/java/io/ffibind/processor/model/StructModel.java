package io.ffibind.processor.model;

import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.List;
import java.util.Optional;

/**
 * A checked {@code @Struct}/{@code @Union} record with its C layout, computed by the processor with
 * the LP64 rules: everything the companion {@code Ffibind_<Record>} is generated from, and what
 * verification against a library's debug information compares field by field.
 *
 * @param ref how type strings and generated code refer to it (name, record, struct or union)
 * @param packageName the record's package
 * @param companionName the simple name of the generated companion, {@code Ffibind_Outer_Point}
 * @param size {@code sizeof}: a flexible array member counts for nothing, as in C
 * @param align {@code _Alignof}
 * @param allocates whether writing a record needs memory besides the struct's own: strings, arrays
 *     behind pointers, or structs behind pointers, here or in an inline struct
 * @param packedInside whether a packed struct is held inline, at any depth (Panama cannot pass
 *     such a struct by value either)
 */
public record StructModel(
    StructRef ref,
    String packageName,
    String companionName,
    long size,
    long align,
    boolean packed,
    List<FieldModel> fields,
    boolean allocates,
    boolean packedInside) {

  public StructModel {
    fields = List.copyOf(fields);
  }

  /**
   * One field.
   *
   * @param name the record component
   * @param cName the C field name ({@code @Field(name)}, else the component's name)
   * @param type the C type; {@link NativeType.Inline} for an array inside the struct
   * @param javaType the component's Java type
   * @param offset {@code offsetof}, in bytes
   * @param size its size in bytes (0 for a flexible array member)
   * @param align its alignment inside this struct (1 in a packed struct)
   * @param allocates whether writing it needs memory besides the struct's (see {@link StructModel})
   */
  public record FieldModel(
      String name,
      String cName,
      NativeType type,
      JavaType javaType,
      long offset,
      long size,
      long align,
      boolean allocates) {

    /** Whether this is a flexible array member: an inline array whose length is another field. */
    public boolean flexible() {
      return type instanceof NativeType.Inline i && !(i.length() instanceof Length.Fixed);
    }
  }

  public String name() {
    return ref.name();
  }

  public boolean union() {
    return ref.union();
  }

  /** The field whose component is called {@code name}. */
  public FieldModel field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  /** The flexible array member, which is always the last field, if there is one. */
  public Optional<FieldModel> flexibleArray() {
    return fields.isEmpty() || !fields.get(fields.size() - 1).flexible()
        ? Optional.empty()
        : Optional.of(fields.get(fields.size() - 1));
  }

  /** The C declaration with offsets, for generated javadoc and messages. */
  public String cDeclaration() {
    StringBuilder sb = new StringBuilder(ref.cName()).append(" {");
    for (FieldModel f : fields) {
      sb.append("\n  ").append(declaration(f)).append(";  // offset ").append(f.offset());
    }
    sb.append("\n}").append(packed ? " __attribute__((packed))" : "");
    return sb.append(";  // size ").append(size).append(", align ").append(align).toString();
  }

  private static String declaration(FieldModel f) {
    if (f.type() instanceof NativeType.Inline i) {
      String count = f.flexible() ? "" : String.valueOf(((Length.Fixed) i.length()).count());
      return i.element().cDeclaration() + " " + f.cName() + "[" + count + "]";
    }
    if (f.type() instanceof NativeType.Basic b && b.base() == io.ffibind.processor.types.BaseType.FUNCTION) {
      return "void (*" + f.cName() + ")()"; // a function pointer declares its name inside
    }
    String c = f.type().cDeclaration();
    return c + (c.endsWith("*") ? "" : " ") + f.cName();
  }
}
