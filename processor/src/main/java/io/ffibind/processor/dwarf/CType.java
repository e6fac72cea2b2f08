package io.ffibind.processor.dwarf;

import java.util.List;

/**
 * A C type as DWARF describes it. Typedefs and qualifiers are kept, so messages can quote types as
 * the library's headers spell them ({@code int64_t}, {@code const Bytef *}); {@link #resolved()}
 * looks through them to what the ABI sees.
 */
public sealed interface CType {
  /** Size in bytes, or -1 when DWARF does not give one (void, a function, an incomplete struct). */
  long size();

  /** The type with typedefs and qualifiers (const, volatile, restrict, _Atomic) removed. */
  default CType resolved() {
    CType t = this;
    for (int i = 0; i < 64; i++) {
      switch (t) {
        case Alias a -> t = a.target();
        default -> {
          return t;
        }
      }
    }
    return new Unknown("a typedef cycle");
  }

  /** {@code void}: no value. */
  record Void() implements CType {
    @Override
    public long size() {
      return -1;
    }
  }

  /** A base type: {@code int}, {@code unsigned char}, {@code double}, {@code _Bool}... */
  record Base(String name, long size, Encoding encoding) implements CType {}

  /** How a base type's bits are read ({@code DW_ATE_*}). */
  enum Encoding {
    SIGNED,
    UNSIGNED,
    SIGNED_CHAR,
    UNSIGNED_CHAR,
    BOOLEAN,
    FLOAT,
    COMPLEX_FLOAT,
    OTHER;

    public boolean isInteger() {
      return this == SIGNED || this == UNSIGNED || this == SIGNED_CHAR || this == UNSIGNED_CHAR;
    }

    public boolean isSigned() {
      return this == SIGNED || this == SIGNED_CHAR;
    }
  }

  /** A pointer (C++ references count as pointers too: the ABI passes an address). */
  record Pointer(TypeRef targetRef, long size) implements CType {
    public CType target() {
      return targetRef.get();
    }
  }

  /** Another name for a type, or the type qualified: what {@link #resolved()} looks through. */
  sealed interface Alias extends CType permits Qualified, Typedef {
    TypeRef targetRef();

    default CType target() {
      return targetRef().get();
    }

    /** The size of the type it stands for. */
    @Override
    default long size() {
      CType t = resolved();
      return t instanceof Alias ? -1 : t.size();
    }
  }

  /** {@code const}, {@code volatile}, {@code restrict} or {@code _Atomic} applied to a type. */
  record Qualified(String qualifier, TypeRef targetRef) implements Alias {}

  /** A typedef, kept by name: {@code int64_t}, {@code size_t}, {@code uLong}. */
  record Typedef(String name, TypeRef targetRef) implements Alias {}

  /**
   * An enumeration; {@code underlyingRef} is its integer type when DWARF gives it ({@code
   * DW_AT_type}), else {@link TypeRef#VOID}.
   */
  record Enum(String name, long size, TypeRef underlyingRef) implements CType {}

  /** A struct or union: its members at their offsets, and its total size. */
  record Aggregate(Kind kind, String name, long size, boolean complete, List<Member> members) implements CType {
    /** Struct or union. */
    public enum Kind {
      STRUCT,
      UNION
    }
  }

  /**
   * A member of a struct or union.
   *
   * @param offset its byte offset in the struct (0 in a union)
   * @param bitSize for a bit-field, its width in bits; 0 otherwise
   * @param bitOffset for a bit-field, its offset in bits from the start of the struct
   */
  record Member(String name, long offset, TypeRef typeRef, long bitSize, long bitOffset) {
    public CType type() {
      return typeRef.get();
    }

    /** Its size in bytes, as its type gives it. */
    public long size() {
      return type().size();
    }

    public boolean isBitField() {
      return bitSize > 0;
    }
  }

  /** An array; each count is -1 when unknown ({@code int a[]}, a flexible array member). */
  record Array(TypeRef elementRef, List<Long> counts) implements CType {
    public CType element() {
      return elementRef.get();
    }

    /** The element size times every count, through nested arrays (a bounded walk: DWARF may be damaged). */
    @Override
    public long size() {
      long product = 1;
      CType t = this;
      for (int depth = 0; depth < 16 && t instanceof Array a; depth++) {
        for (long count : a.counts()) {
          if (count < 0) {
            return -1;
          }
          product *= count;
        }
        t = a.element().resolved();
      }
      long element = t instanceof Array || t instanceof Alias ? -1 : t.size();
      return element < 0 ? -1 : element * product;
    }
  }

  /** A function type, as a function pointer points to. */
  record Function(TypeRef resultRef, List<TypeRef> parameterRefs, boolean variadic, boolean prototyped)
      implements CType {
    @Override
    public long size() {
      return -1;
    }
  }

  /** Something DWARF describes in a way ffibind does not read; {@code why} says what. */
  record Unknown(String why) implements CType {
    @Override
    public long size() {
      return -1;
    }
  }
}
