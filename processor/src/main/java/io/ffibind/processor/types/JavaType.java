package io.ffibind.processor.types;

/**
 * A Java parameter or result type as far as ffibind cares: the primitives, the few library types it
 * maps, arrays of them, and anything else as {@link Kind#OTHER} with its name for messages.
 */
public record JavaType(Kind kind, JavaType component, String displayName) {
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
    return new JavaType(kind, null, kind.display);
  }

  public static JavaType arrayOf(JavaType component) {
    return new JavaType(Kind.ARRAY, component, component.displayName + "[]");
  }

  public static JavaType other(String displayName) {
    return new JavaType(Kind.OTHER, null, displayName);
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
