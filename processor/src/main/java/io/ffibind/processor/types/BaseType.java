package io.ffibind.processor.types;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named C types a type string starts with, spelled as node:ffi spells them (aliases included),
 * plus Deno's {@code usize}/{@code isize} and C's platform-sized {@code long}/{@code ulong}.
 */
public enum BaseType {
  VOID("void", "void", Kind.VOID, 0, "void"),
  BOOL("bool", "bool", Kind.BOOL, 1, "bool"),
  CHAR("char", "char", Kind.SIGNED, 1, "char"),
  I8("i8", "int8_t", Kind.SIGNED, 1, "i8", "int8"),
  U8("u8", "uint8_t", Kind.UNSIGNED, 1, "u8", "uint8"),
  I16("i16", "int16_t", Kind.SIGNED, 2, "i16", "int16"),
  U16("u16", "uint16_t", Kind.UNSIGNED, 2, "u16", "uint16"),
  I32("i32", "int32_t", Kind.SIGNED, 4, "i32", "int32"),
  U32("u32", "uint32_t", Kind.UNSIGNED, 4, "u32", "uint32"),
  I64("i64", "int64_t", Kind.SIGNED, 8, "i64", "int64"),
  U64("u64", "uint64_t", Kind.UNSIGNED, 8, "u64", "uint64"),
  F32("f32", "float", Kind.FLOAT, 4, "f32", "float", "float32"),
  F64("f64", "double", Kind.FLOAT, 8, "f64", "double", "float64"),
  USIZE("usize", "size_t", Kind.UNSIGNED, 8, "usize"),
  ISIZE("isize", "ssize_t", Kind.SIGNED, 8, "isize"),
  LONG("long", "long", Kind.SIGNED, 8, "long"),
  ULONG("ulong", "unsigned long", Kind.UNSIGNED, 8, "ulong"),
  POINTER("pointer", "void *", Kind.POINTER, 8, "pointer", "ptr"),
  FUNCTION("function", "void (*)()", Kind.POINTER, 8, "function"),
  STRING("string", "char *", Kind.STRING, 8, "string", "str"),
  BUFFER("buffer", "void *", Kind.BUFFER, 8, "buffer", "arraybuffer");

  /** What a base type is, which decides where it may appear and which Java types it takes. */
  public enum Kind {
    VOID,
    BOOL,
    SIGNED,
    UNSIGNED,
    FLOAT,
    POINTER,
    STRING,
    BUFFER
  }

  private static final Map<String, BaseType> BY_SPELLING =
      Stream.of(values())
          .flatMap(t -> t.spellings.stream().map(s -> Map.entry(s, t)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final String canonical;
  private final String cName;
  private final Kind kind;
  private final int size;
  private final List<String> spellings;

  BaseType(String canonical, String cName, Kind kind, int size, String... spellings) {
    this.canonical = canonical;
    this.cName = cName;
    this.kind = kind;
    this.size = size;
    this.spellings = List.of(spellings);
  }

  /** The type for a spelling such as {@code "int32"}, if it is one. */
  public static Optional<BaseType> forSpelling(String spelling) {
    return Optional.ofNullable(BY_SPELLING.get(spelling));
  }

  /** Every spelling the parser accepts, for "did you mean" suggestions. */
  public static List<String> allSpellings() {
    return Stream.of(values()).flatMap(t -> t.spellings.stream()).toList();
  }

  /** The preferred spelling, used in messages. */
  public String canonical() {
    return canonical;
  }

  /** How C spells it, for generated javadoc. */
  public String cName() {
    return cName;
  }

  public Kind kind() {
    return kind;
  }

  /** Size in bytes on the LP64 platforms ffibind supports. */
  public int size() {
    return size;
  }

  public boolean isInteger() {
    return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
  }

  /** True for the types a single register holds: numbers, bool and pointers. */
  public boolean isScalar() {
    return kind != Kind.VOID && kind != Kind.STRING && kind != Kind.BUFFER;
  }
}
