package io.ffibind.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.model.StructModel.FieldModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.function.Function;

/**
 * How one field of a struct is read from memory and written to it, as generated code: the
 * expressions the companion's whole-record {@code $read}/{@code $write} and its field accessors are
 * made of. Offsets, the record value and the memory come from the caller, so the same code serves
 * both.
 */
final class FieldCode {
  /** What a field is, as far as converting it goes. */
  enum Shape {
    /** A number or bool in the struct. */
    SCALAR,
    /** Any pointer seen as a {@code MemorySegment}. */
    RAW_POINTER,
    /** A {@code char *} seen as a {@code String}. */
    STRING,
    /** A struct inside the struct. */
    STRUCT,
    /** An array inside the struct, or a flexible array member. */
    INLINE_ARRAY,
    /** A pointer to one struct, followed. */
    STRUCT_POINTER,
    /** A pointer to elements, copied into or out of a Java array. */
    ARRAY_POINTER,
    /** A function pointer seen as a {@code @Callback} object. */
    CALLBACK
  }

  private final StructModel struct;
  private final FieldModel f;
  private final Shape shape;

  FieldCode(StructModel struct, FieldModel field) {
    this.struct = struct;
    this.f = field;
    this.shape = shape(field);
  }

  private static Shape shape(FieldModel f) {
    if (f.javaType().is(Kind.MEMORY_SEGMENT)) {
      return Shape.RAW_POINTER;
    }
    if (f.javaType().is(Kind.CALLBACK)) {
      return Shape.CALLBACK;
    }
    return switch (f.type()) {
      case NativeType.Basic b when b.base() == BaseType.STRING -> Shape.STRING;
      case NativeType.Basic b -> Shape.SCALAR;
      case NativeType.StructValue v -> Shape.STRUCT;
      case NativeType.Inline i -> Shape.INLINE_ARRAY;
      case NativeType.StructArray a when a.star() -> Shape.STRUCT_POINTER;
      case NativeType.StructArray a -> Shape.ARRAY_POINTER;
      case NativeType.ArrayOf a -> Shape.ARRAY_POINTER;
    };
  }

  Shape shape() {
    return shape;
  }

  FieldModel field() {
    return f;
  }

  /** Whether the field follows pointers to records, which needs a {@code Chain}. */
  boolean followsRecords() {
    return (shape == Shape.STRUCT_POINTER || shape == Shape.ARRAY_POINTER) && f.type() instanceof NativeType.StructArray;
  }

  /** Whether reading may fail (a length, a cycle, a nested struct that may). */
  boolean readMayFail() {
    return shape != Shape.SCALAR && shape != Shape.RAW_POINTER && shape != Shape.STRING && shape != Shape.CALLBACK;
  }

  /** Whether writing may fail (a range, a NUL in a string, a null or short array, ...). */
  boolean writeMayFail() {
    return switch (shape) {
      case RAW_POINTER -> false;
      case SCALAR -> rangeChecked();
      default -> true;
    };
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * The field's Java value read from memory.
   *
   * @param s the segment holding the struct
   * @param offset the field's offset in {@code s}, as an expression
   * @param chain the pointers followed so far (for structs inside)
   * @param rooted a chain rooted at this struct (for pointers to records)
   * @param offsetOf the offset expression of another field of this struct (lengths)
   */
  CodeBlock read(String s, CodeBlock offset, CodeBlock chain, CodeBlock rooted, Function<FieldModel, CodeBlock> offsetOf) {
    String name = f.name();
    return switch (shape) {
      case SCALAR -> Conversions.widen(baseOf(f), f.javaType().kind(), raw(s, f, offset));
      case RAW_POINTER -> CodeBlock.of("$N.get($L, $L)", s, StructLayouts.pointer(struct.packed()), offset);
      case STRING -> CodeBlock.of("$T.readString($N.get($L, $L))", Names.STRUCT_FIELDS, s, StructLayouts.pointer(struct.packed()), offset);
      case STRUCT -> CodeBlock.of("$T.$$read($N, $L, $L, $S)", companion(), s, offset, chain, name);
      case INLINE_ARRAY -> readInline(s, offset, chain, offsetOf);
      case STRUCT_POINTER -> CodeBlock.of(
          "$T.readPointer($T.$$CODEC, $N.get($L, $L), $L, $S)",
          Names.STRUCTS, companion(), s, StructLayouts.pointer(struct.packed()), offset, rooted, name);
      case ARRAY_POINTER -> readArray(s, offset, rooted, offsetOf);
      case CALLBACK -> CallbackWriter.fromField(
          f.javaType().declared(), CodeBlock.of("$N.get($L, $L)", s, StructLayouts.pointer(struct.packed()), offset));
    };
  }

  private CodeBlock readInline(String s, CodeBlock offset, CodeBlock chain, Function<FieldModel, CodeBlock> offsetOf) {
    NativeType.Inline inline = (NativeType.Inline) f.type();
    CodeBlock count = countInMemory(s, offsetOf);
    String name = f.name();
    if (inline.element() instanceof NativeType.StructValue v) {
      return CodeBlock.of("$T.readInline($T.$$CODEC, $N, $L, $L, $L, $S)",
          Names.STRUCTS, Names.companion(v.struct()), s, offset, count, chain, name);
    }
    JavaType component = f.javaType().component();
    return switch (component.kind()) {
      case BOOLEAN -> CodeBlock.of("$T.readInlineBooleans($N, $L, $L, $S)", Names.STRUCT_FIELDS, s, offset, count, name);
      case STRING -> CodeBlock.of("$T.readInlineStrings($N, $L, $L, $S)", Names.STRUCT_FIELDS, s, offset, count, name);
      case MEMORY_SEGMENT -> CodeBlock.of("$T.readInlinePointers($N, $L, $L, $S)", Names.STRUCT_FIELDS, s, offset, count, name);
      default -> CodeBlock.of("($T) $T.readInline($N, $L, $L, $L, $S)", Names.typeName(f.javaType()), Names.STRUCT_FIELDS,
          s, offset, StructLayouts.element(component, struct.packed()), count, name);
    };
  }

  private CodeBlock readArray(String s, CodeBlock offset, CodeBlock rooted, Function<FieldModel, CodeBlock> offsetOf) {
    CodeBlock count = countInMemory(s, offsetOf);
    CodeBlock pointer = CodeBlock.of("$N.get($L, $L)", s, StructLayouts.pointer(struct.packed()), offset);
    String name = f.name();
    if (f.type() instanceof NativeType.StructArray a) {
      return CodeBlock.of("$T.readArray($T.$$CODEC, $L, $L, $L, $S)",
          Names.STRUCTS, Names.companion(a.struct()), pointer, count, rooted, name);
    }
    JavaType component = f.javaType().component();
    return switch (component.kind()) {
      case STRING -> CodeBlock.of("$T.readStrings($L, $L, $S)", Names.STRUCT_FIELDS, pointer, count, name);
      case MEMORY_SEGMENT -> CodeBlock.of("$T.readPointers($L, $L, $S)", Names.STRUCT_FIELDS, pointer, count, name);
      default -> CodeBlock.of("$T.$L($L, $T.count($L, $S))",
          Names.MARSHAL, ResultEmitter.arrayReader(component.kind()), pointer, Names.STRUCT_FIELDS, count, name);
    };
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Statements writing {@code value} into the field.
   *
   * @param count the element count of an array field, as a {@code long} expression (from the record
   *     or from memory, as the caller knows it); ignored for other fields
   */
  CodeBlock write(
      String s, CodeBlock offset, CodeBlock value, CodeBlock count, String allocator, CodeBlock chain, CodeBlock rooted) {
    String name = f.name();
    CodeBlock pointerLayout = StructLayouts.pointer(struct.packed());
    return switch (shape) {
      case SCALAR -> statement("$N.set($L, $L, $L)", s, access(), offset, narrow(value));
      case RAW_POINTER -> statement("$N.set($L, $L, $T.pointer($L))", s, pointerLayout, offset, Names.STRUCT_FIELDS, value);
      case STRING -> statement("$N.set($L, $L, $T.string($N, $L, $S))",
          s, pointerLayout, offset, Names.STRUCT_FIELDS, allocator, value, name);
      case STRUCT -> statement("$T.$$write($N, $L, $L, $N, $L, $S)", companion(), s, offset, value, allocator, chain, name);
      case INLINE_ARRAY -> writeInline(s, offset, value, count, allocator, chain);
      case STRUCT_POINTER -> statement("$N.set($L, $L, $T.writePointer($T.$$CODEC, $N, $L, $L, $S))",
          s, pointerLayout, offset, Names.STRUCTS, companion(), allocator, value, rooted, name);
      case ARRAY_POINTER -> statement("$N.set($L, $L, $L)", s, pointerLayout, offset, writeArray(value, count, allocator, rooted));
      case CALLBACK -> statement("$N.set($L, $L, $L)", s, pointerLayout, offset,
          CallbackWriter.toField(f.javaType().declared(), value, allocator, name));
    };
  }

  private CodeBlock writeInline(String s, CodeBlock offset, CodeBlock value, CodeBlock count, String allocator, CodeBlock chain) {
    NativeType.Inline inline = (NativeType.Inline) f.type();
    boolean exact = inline.length() instanceof Length.Fixed;
    String source = lengthSource(inline.length());
    String name = f.name();
    if (inline.element() instanceof NativeType.StructValue v) {
      return statement("$T.writeInline($T.$$CODEC, $N, $L, $L, $L, $L, $N, $L, $S, $S)",
          Names.STRUCTS, Names.companion(v.struct()), s, offset, value, count, exact, allocator, chain, name, source);
    }
    JavaType component = f.javaType().component();
    return switch (component.kind()) {
      case BOOLEAN -> statement("$T.writeInlineBooleans($N, $L, $L, $L, $L, $S, $S)",
          Names.STRUCT_FIELDS, s, offset, value, count, exact, name, source);
      case STRING -> statement("$T.writeInlineStrings($N, $L, $L, $L, $L, $N, $S, $S)",
          Names.STRUCT_FIELDS, s, offset, value, count, exact, allocator, name, source);
      case MEMORY_SEGMENT -> statement("$T.writeInlinePointers($N, $L, $L, $L, $L, $S, $S)",
          Names.STRUCT_FIELDS, s, offset, value, count, exact, name, source);
      default -> statement("$T.writeInline($N, $L, $L, $L == null ? 0 : $L.length, $L, $L, $L, $S, $S)",
          Names.STRUCT_FIELDS, s, offset, value, value, value, StructLayouts.element(component, struct.packed()), count,
          exact, name, source);
    };
  }

  private CodeBlock writeArray(CodeBlock value, CodeBlock count, String allocator, CodeBlock rooted) {
    String source = lengthSource(lengthOf(f.type()));
    String name = f.name();
    if (f.type() instanceof NativeType.StructArray a) {
      return CodeBlock.of("$T.writeArray($T.$$CODEC, $N, $L, $L, $L, $S, $S)",
          Names.STRUCTS, Names.companion(a.struct()), allocator, value, count, rooted, name, source);
    }
    JavaType component = f.javaType().component();
    return switch (component.kind()) {
      case STRING -> CodeBlock.of("$T.writeStrings($N, $L, $L, $S, $S)", Names.STRUCT_FIELDS, allocator, value, count, name, source);
      case MEMORY_SEGMENT -> CodeBlock.of("$T.writePointers($N, $L, $L, $S, $S)", Names.STRUCT_FIELDS, allocator, value, count, name, source);
      default -> CodeBlock.of("$T.writeArray($N, $L, $L == null ? 0 : $L.length, $L, $L, $S, $S)",
          Names.STRUCT_FIELDS, allocator, value, value, value, Layouts.element(component), count, name, source);
    };
  }

  // ---- lengths ---------------------------------------------------------------------------------

  /** The field's element count as stored in memory (arrays), as a {@code long} expression. */
  CodeBlock countInMemory(String s, Function<FieldModel, CodeBlock> offsetOf) {
    return switch (lengthOf(f.type())) {
      case Length.Fixed fixed -> CodeBlock.of("$LL", fixed.count());
      case Length.FromParameter from -> {
        FieldModel lengthField = lengthField(from);
        BaseType base = baseOf(lengthField);
        yield Lengths.asLong(base, JavaMapping.carrier(base), raw(s, lengthField, offsetOf.apply(lengthField)));
      }
      case Length.Unknown u -> CodeBlock.of("0L");
    };
  }

  /** The field's element count as the record holds it, as a {@code long} expression. */
  CodeBlock countInRecord(String record) {
    return switch (lengthOf(f.type())) {
      case Length.Fixed fixed -> CodeBlock.of("$LL", fixed.count());
      case Length.FromParameter from -> {
        FieldModel lengthField = lengthField(from);
        yield Lengths.asLong(
            baseOf(lengthField), lengthField.javaType().kind(), CodeBlock.of("$N.$N()", record, lengthField.name()));
      }
      case Length.Unknown u -> CodeBlock.of("0L");
    };
  }

  /** Whether the field has an element count (arrays, flexible array members). */
  boolean counted() {
    return shape == Shape.INLINE_ARRAY || shape == Shape.ARRAY_POINTER;
  }

  /** The length field a flexible array member or array pointer takes its count from. */
  FieldModel lengthField(Length.FromParameter from) {
    return struct.fields().stream().filter(o -> o.name().equals(from.name())).findFirst()
        .or(() -> struct.fields().stream().filter(o -> o.cName().equals(from.name())).findFirst())
        .orElseThrow();
  }

  private static Length lengthOf(NativeType type) {
    return switch (type) {
      case NativeType.ArrayOf a -> a.length();
      case NativeType.StructArray a -> a.length();
      case NativeType.Inline i -> i.length();
      default -> Length.UNKNOWN;
    };
  }

  private String lengthSource(Length length) {
    return switch (length) {
      case Length.FromParameter from -> "field " + lengthField(from).name();
      case Length.Fixed fixed -> f.type() instanceof NativeType.Inline ? "the C array's length" : "the declared length";
      case Length.Unknown u -> "the length";
    };
  }

  // ---- scalars ---------------------------------------------------------------------------------

  /** The value layout the scalar is accessed with. */
  CodeBlock access() {
    return StructLayouts.access(baseOf(f), struct.packed());
  }

  private CodeBlock raw(String s, FieldModel field, CodeBlock offset) {
    return CodeBlock.of("$N.get($L, $L)", s, StructLayouts.access(baseOf(field), struct.packed()), offset);
  }

  private static BaseType baseOf(FieldModel field) {
    return ((NativeType.Basic) field.type()).base();
  }

  /** Whether writing the scalar checks its range (an unsigned value in a wider Java type). */
  boolean rangeChecked() {
    if (shape != Shape.SCALAR) {
      return false;
    }
    BaseType base = baseOf(f);
    Kind java = f.javaType().kind();
    return java != JavaMapping.carrier(base) && !(base == BaseType.U16 && java == Kind.CHAR);
  }

  private CodeBlock narrow(CodeBlock value) {
    return Conversions.narrowUnsigned(baseOf(f), f.javaType().kind(), value, Names.STRUCT_FIELDS, f.name());
  }

  /**
   * Whether a union member writes anything but zero bytes (zero bits, false, null, NULL, an array or
   * record of zeros): only such members are written, so that the others leave the one set alone.
   */
  CodeBlock isSet(CodeBlock value) {
    JavaType java = f.javaType();
    return switch (java.kind()) {
      case BOOLEAN -> value;
      case FLOAT -> CodeBlock.of("$T.floatToRawIntBits($L) != 0", Float.class, value);
      case DOUBLE -> CodeBlock.of("$T.doubleToRawLongBits($L) != 0", Double.class, value);
      case BYTE, SHORT, CHAR, INT, LONG -> CodeBlock.of("$L != 0", value);
      case MEMORY_SEGMENT -> CodeBlock.of("$T.isSet($L)", Names.STRUCT_FIELDS, value);
      case STRUCT -> CodeBlock.of("$T.isSet($T.$$CODEC, $L)", Names.STRUCTS, companion(), value);
      case ARRAY -> switch (java.component().kind()) {
        case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE -> CodeBlock.of("$T.isSet($L)", Names.STRUCT_FIELDS, value);
        case STRUCT -> CodeBlock.of("$T.isSet($T.$$CODEC, $L)", Names.STRUCTS, inlineCompanion(), value);
        default -> CodeBlock.of("$L != null", value);
      };
      default -> CodeBlock.of("$L != null", value);
    };
  }

  private ClassName inlineCompanion() {
    if (f.type() instanceof NativeType.Inline i && i.element() instanceof NativeType.StructValue v) {
      return Names.companion(v.struct());
    }
    return companion();
  }

  private ClassName companion() {
    StructRef ref = switch (f.type()) {
      case NativeType.StructValue v -> v.struct();
      case NativeType.StructArray a -> a.struct();
      default -> throw new IllegalStateException(f + " is not a struct");
    };
    return Names.companion(ref);
  }


  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }
}
