package io.ffibind.processor.types;

import java.util.List;

/**
 * A Java parameter or result type as far as ffibind cares: the primitives, the few library types it
 * maps, the user's own {@code @Struct}/{@code @Union} records and {@code @Callback} interfaces, arrays
 * of them, and anything else as {@link Kind#OTHER} with its name for messages.
 *
 * @param declared the user's class, for {@link Kind#STRUCT} and {@link Kind#CALLBACK}; else null
 */
public record JavaType(Kind kind, JavaType component, String displayName, ClassRef declared) {
  /** A class of the user's, named so that generated code can refer to it. */
  public record ClassRef(String packageName, List<String> simpleNames) {
    public ClassRef {
      simpleNames = List.copyOf(simpleNames);
    }

    /** {@code pkg.Outer.Inner}, as source names it. */
    public String qualifiedName() {
      String nested = String.join(".", simpleNames);
      return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    /** The innermost simple name. */
    public String simpleName() {
      return simpleNames.get(simpleNames.size() - 1);
    }
  }

  /** The Java types ffibind distinguishes. */
  public enum Kind {
    VOID("void"),
    BOOLEAN("boolean"),
    BYTE("byte"),
    SHORT("short"),
    CHAR("char"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    STRING("String"),
    MEMORY_SEGMENT("MemorySegment"),
    BYTE_BUFFER("ByteBuffer"),
    LIST_OF_STRING("List<String>"),
    /** {@code java.lang.foreign.SegmentAllocator}: where a struct global's setter puts what the struct points to. */
    SEGMENT_ALLOCATOR("SegmentAllocator"),
    /** A record annotated {@code @Struct} or {@code @Union}. */
    STRUCT("record"),
    /** An interface annotated {@code @Callback}. */
    CALLBACK("callback"),
    /** {@code CompletableFuture<T>}, the result of a nonblocking call; {@code component} is T unboxed. */
    FUTURE("CompletableFuture"),
    ARRAY("[]"),
    OTHER("?");

    private final String display;

    Kind(String display) {
      this.display = display;
    }

    public boolean isPrimitive() {
      return ordinal() >= BOOLEAN.ordinal() && ordinal() <= DOUBLE.ordinal();
    }
  }

  public static JavaType of(Kind kind) {
    return new JavaType(kind, null, kind.display, null);
  }

  public static JavaType arrayOf(JavaType component) {
    return new JavaType(Kind.ARRAY, component, component.displayName + "[]", null);
  }

  /** {@code CompletableFuture<T>} for T given unboxed ({@code int} for {@code Integer}, void for Void). */
  public static JavaType future(JavaType component) {
    return new JavaType(Kind.FUTURE, component, "CompletableFuture<" + boxedName(component) + ">", null);
  }

  /** How a type argument spells this type: the wrapper class of a primitive. */
  public static String boxedName(JavaType type) {
    return switch (type.kind()) {
      case VOID -> "Void";
      case BOOLEAN -> "Boolean";
      case BYTE -> "Byte";
      case SHORT -> "Short";
      case CHAR -> "Character";
      case INT -> "Integer";
      case LONG -> "Long";
      case FLOAT -> "Float";
      case DOUBLE -> "Double";
      default -> type.displayName();
    };
  }

  public static JavaType other(String displayName) {
    return new JavaType(Kind.OTHER, null, displayName, null);
  }

  /** A {@code @Struct}/{@code @Union} record or a {@code @Callback} interface of the user's. */
  public static JavaType declared(Kind kind, ClassRef type) {
    return new JavaType(kind, null, type.simpleNames().stream().reduce((a, b) -> a + "." + b).orElseThrow(), type);
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
