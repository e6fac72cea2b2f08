package io.ffibind.processor.types;

/**
 * A parsed type string. Built only by {@link TypeParser}; every other part of the processor works on
 * this model, never on the strings.
 */
public sealed interface NativeType {
  /** The type string as the user should write it, for messages. */
  String spelling();

  /** The C declaration, for generated javadoc. */
  String cDeclaration();

  /**
   * A single value ({@code i32}, {@code pointer}, {@code string}) or a {@code buffer}, which alone may
   * carry {@code const} and a byte length.
   */
  record Basic(BaseType base, boolean isConst, Length length) implements NativeType {
    public static Basic of(BaseType base) {
      return new Basic(base, false, Length.UNKNOWN);
    }

    Basic withConst(boolean value) {
      return new Basic(base, value, length);
    }

    @Override
    public String spelling() {
      return (isConst ? "const " : "") + base.canonical() + lengthSuffix(length, false);
    }

    @Override
    public String cDeclaration() {
      return switch (base) {
        case STRING -> "const char *";
        case BUFFER -> (isConst ? "const " : "") + "void *";
        default -> base.cName();
      };
    }
  }

  /**
   * A pointer to elements: {@code i32[]}, {@code u8[len]}, {@code string[]}, or an out-parameter
   * {@code usize*}, which is an array of exactly one element written with a star.
   */
  record ArrayOf(BaseType element, boolean isConst, Length length, boolean star) implements NativeType {
    @Override
    public String spelling() {
      return (isConst ? "const " : "") + element.canonical() + arraySuffix(length, star);
    }

    @Override
    public String cDeclaration() {
      String elem = element == BaseType.STRING ? "char *" : element.cName();
      return (isConst ? "const " : "") + elem + (elem.endsWith("*") ? "*" : " *");
    }
  }

  /** A struct or union by value: {@code "Point"} (in a struct field: the struct inline). */
  record StructValue(StructRef struct) implements NativeType {
    @Override
    public String spelling() {
      return struct.name();
    }

    @Override
    public String cDeclaration() {
      return struct.cName();
    }
  }

  /**
   * A pointer to structs: {@code "Point*"} (one, written with a star), {@code "Point[]"}, {@code
   * "Point[16]"}, {@code "Point[n]"}; in a struct field {@code "Point[n]*"}.
   */
  record StructArray(StructRef struct, boolean isConst, Length length, boolean star) implements NativeType {
    @Override
    public String spelling() {
      return (isConst ? "const " : "") + struct.name() + arraySuffix(length, star);
    }

    @Override
    public String cDeclaration() {
      return (isConst ? "const " : "") + struct.cName() + " *";
    }
  }

  /**
   * Struct fields only: a C array inside the struct, {@code "i32[4]"} or {@code "Point[2]"}; with a
   * field name as its length ({@code "u8[n]"}), a flexible array member. The element is a {@link
   * Basic} scalar or string, or a {@link StructValue}.
   */
  record Inline(NativeType element, Length length) implements NativeType {
    @Override
    public String spelling() {
      return element.spelling() + switch (length) {
        case Length.Unknown u -> "[]";
        default -> lengthSuffix(length, false);
      };
    }

    @Override
    public String cDeclaration() {
      return element.cDeclaration() + spelling().substring(element.spelling().length());
    }
  }

  /** How an array parameter spells its length: {@code []} when it has none and no star. */
  private static String arraySuffix(Length length, boolean star) {
    return length instanceof Length.Unknown && !star ? "[]" : lengthSuffix(length, star);
  }

  private static String lengthSuffix(Length length, boolean star) {
    if (star) {
      return "*";
    }
    return switch (length) {
      case Length.Unknown u -> "";
      case Length.Fixed f -> "[" + f.count() + "]";
      case Length.FromParameter p -> "[" + p.name() + "]";
    };
  }
}
