package io.ffibind.processor.dwarf;

import java.util.function.LongFunction;

/**
 * A reference to a type DIE, resolved when asked: a struct that points to itself, or two that point
 * to each other, are then no trouble. {@link #VOID} stands for an absent {@code DW_AT_type}.
 */
public final class TypeRef {
  public static final TypeRef VOID = new TypeRef(null, -1);

  private final LongFunction<CType> resolver;
  private final long offset;

  TypeRef(LongFunction<CType> resolver, long offset) {
    this.resolver = resolver;
    this.offset = offset;
  }

  /** A type known without DWARF, for tests and for types built by hand. */
  public static TypeRef of(CType type) {
    return new TypeRef(o -> type, 0);
  }

  public CType get() {
    return resolver == null ? new CType.Void() : resolver.apply(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TypeRef r && r.offset == offset && r.resolver == resolver;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(offset);
  }

  @Override
  public String toString() {
    return resolver == null ? "void" : "<type at 0x" + Long.toHexString(offset) + ">";
  }
}
