package io.ffibind.processor.types;

import io.ffibind.processor.types.JavaType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of which Java types stand for which C types. Signed numbers take their Java
 * primitive; unsigned ones also take a wider primitive that holds every value (zero-extended on the
 * way out, range-checked on the way in); memory takes arrays, buffers and segments.
 */
public final class JavaMapping {
  /** Where a type appears; results and parameters accept different Java types for memory. */
  public enum Role {
    PARAMETER,
    RESULT,
    /**
     * What a Java callback returns to C: a value only, since Java memory lent for a call would be gone
     * by the time C reads it. (A callback's parameters are what C gives Java, as a {@link #RESULT}.)
     */
    CALLBACK_RESULT,
    /**
     * What C passes a Java callback: a function's {@link #RESULT} types, and for a struct by value
     * also the {@code MemorySegment} Panama holds it in during the invocation.
     */
    CALLBACK_PARAMETER,
    /** A component of a {@code @Struct}/{@code @Union} record. */
    FIELD
  }

  /** Stands for every {@code @Callback} interface in the accepted lists of {@code "function"}. */
  public static final JavaType ANY_CALLBACK =
      new JavaType(Kind.CALLBACK, null, "a @Callback interface", null);

  private static final List<Kind> BUFFER_ARRAYS =
      List.of(Kind.BYTE, Kind.SHORT, Kind.CHAR, Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE);

  private JavaMapping() {}

  /** Every Java type accepted for {@code type} in {@code role}, the preferred one first. */
  public static List<JavaType> accepted(NativeType type, Role role) {
    if (role == Role.CALLBACK_PARAMETER) {
      if (type instanceof NativeType.Basic b && b.base() == BaseType.BUFFER && !(b.length() instanceof Length.Unknown)) {
        // buffer[n]: C's n bytes, or a copy of them as for u8[n]
        return List.of(JavaType.of(Kind.MEMORY_SEGMENT), JavaType.arrayOf(JavaType.of(Kind.BYTE)));
      }
      return type instanceof NativeType.StructValue ? accepted(type, Role.PARAMETER) : accepted(type, Role.RESULT);
    }
    return switch (type) {
      case NativeType.Basic b when role == Role.FIELD && b.base() == BaseType.FUNCTION ->
          List.of(JavaType.of(Kind.MEMORY_SEGMENT), ANY_CALLBACK); // a callback field calls C, or lends Java
      case NativeType.Basic b when role == Role.FIELD && !b.base().isInteger() && b.base() != BaseType.STRING ->
          List.of(JavaType.of(carrier(b.base()))); // memory is not lent to a field
      case NativeType.Basic b -> basic(b.base(), role);
      case NativeType.ArrayOf a when a.element() == BaseType.FUNCTION && a.star() && role == Role.PARAMETER ->
          // function*: C stores a function pointer, which comes back as a Java object of the interface
          List.of(JavaType.arrayOf(ANY_CALLBACK), JavaType.arrayOf(JavaType.of(Kind.MEMORY_SEGMENT)), JavaType.of(Kind.MEMORY_SEGMENT));
      case NativeType.ArrayOf a when role == Role.FIELD && a.star() -> List.of(JavaType.of(Kind.MEMORY_SEGMENT));
      case NativeType.ArrayOf a -> array(a.element(), role == Role.FIELD ? Role.RESULT : role);
      case NativeType.StructValue v when role == Role.PARAMETER ->
          List.of(v.struct().javaType(), JavaType.of(Kind.MEMORY_SEGMENT));
      case NativeType.StructValue v -> List.of(v.struct().javaType());
      case NativeType.StructArray a -> structArray(a, role);
      case NativeType.Inline i -> List.of(inlineArray(i.element()));
    };
  }

  /** Whether {@code java} may stand for {@code type} in {@code role}. */
  public static boolean accepts(NativeType type, Role role, JavaType java) {
    List<JavaType> accepted = accepted(type, role);
    return accepted.contains(java)
        || java.is(Kind.CALLBACK) && accepted.contains(ANY_CALLBACK)
        || java.is(Kind.ARRAY) && java.component().is(Kind.CALLBACK) && accepted.contains(JavaType.arrayOf(ANY_CALLBACK));
  }

  /**
   * {@code Point*}: the record (copied in; followed when read), or in a parameter a {@code Point[]}
   * whose element 0 C may change; arrays: {@code Point[]}. A segment always works.
   */
  private static List<JavaType> structArray(NativeType.StructArray a, Role role) {
    JavaType record = a.struct().javaType();
    List<JavaType> out = new ArrayList<>();
    if (a.star()) {
      out.add(record);
    }
    if (!a.star() || role == Role.PARAMETER) {
      out.add(JavaType.arrayOf(record));
    }
    out.add(JavaType.of(Kind.MEMORY_SEGMENT));
    return List.copyOf(out);
  }

  /** The Java array that holds a C array inside a struct. */
  private static JavaType inlineArray(NativeType element) {
    return switch (element) {
      case NativeType.StructValue v -> JavaType.arrayOf(v.struct().javaType());
      case NativeType.Basic b when b.base() == BaseType.STRING -> JavaType.arrayOf(JavaType.of(Kind.STRING));
      case NativeType.Basic b -> JavaType.arrayOf(JavaType.of(carrier(b.base())));
      default -> throw new IllegalArgumentException("no inline array of " + element.spelling());
    };
  }

  /**
   * The type string a record component without {@code @Field} has, from its Java type; empty when
   * the Java type stands for no C type on its own (arrays need a declared length).
   */
  public static Optional<NativeType> defaultField(JavaType java) {
    BaseType base =
        switch (java.kind()) {
          case BOOLEAN -> BaseType.BOOL;
          case BYTE -> BaseType.I8;
          case SHORT -> BaseType.I16;
          case CHAR -> BaseType.U16;
          case INT -> BaseType.I32;
          case LONG -> BaseType.I64;
          case FLOAT -> BaseType.F32;
          case DOUBLE -> BaseType.F64;
          case STRING -> BaseType.STRING;
          case MEMORY_SEGMENT -> BaseType.POINTER;
          case CALLBACK -> BaseType.FUNCTION;
          default -> null;
        };
    return Optional.ofNullable(base).map(NativeType.Basic::of);
  }

  /** The Java primitive (or class) whose bits a C scalar of this type has. */
  public static Kind carrier(BaseType base) {
    return switch (base) {
      case VOID -> Kind.VOID;
      case BOOL -> Kind.BOOLEAN;
      case CHAR, I8, U8 -> Kind.BYTE;
      case I16, U16 -> Kind.SHORT;
      case I32, U32 -> Kind.INT;
      case I64, U64, USIZE, ISIZE, LONG, ULONG -> Kind.LONG;
      case F32 -> Kind.FLOAT;
      case F64 -> Kind.DOUBLE;
      case POINTER, FUNCTION, STRING, BUFFER -> Kind.MEMORY_SEGMENT;
    };
  }

  private static List<JavaType> basic(BaseType base, Role role) {
    List<JavaType> out = new ArrayList<>();
    if (role == Role.CALLBACK_RESULT && (base == BaseType.STRING || base == BaseType.BUFFER)) {
      return List.of(); // see Role.CALLBACK_RESULT
    }
    switch (base) {
      case U8 -> add(out, Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG);
      case U16 -> add(out, Kind.SHORT, Kind.CHAR, Kind.INT, Kind.LONG);
      case U32 -> add(out, Kind.INT, Kind.LONG);
      case STRING -> add(out, Kind.STRING, Kind.MEMORY_SEGMENT);
      case BUFFER -> {
        if (role == Role.PARAMETER) {
          BUFFER_ARRAYS.forEach(k -> out.add(JavaType.arrayOf(JavaType.of(k))));
          add(out, Kind.MEMORY_SEGMENT, Kind.BYTE_BUFFER);
        } else {
          add(out, Kind.MEMORY_SEGMENT);
        }
      }
      case FUNCTION -> {
        add(out, Kind.MEMORY_SEGMENT);
        if (role != Role.CALLBACK_RESULT) {
          out.add(ANY_CALLBACK); // a Java callback for the call, or a C function pointer wrapped
        }
      }
      case POINTER -> {
        // As in node:ffi, memory may be lent to a plain pointer parameter; it is passed like a buffer.
        add(out, Kind.MEMORY_SEGMENT);
        if (role == Role.PARAMETER) {
          BUFFER_ARRAYS.forEach(k -> out.add(JavaType.arrayOf(JavaType.of(k))));
          add(out, Kind.BYTE_BUFFER);
        }
      }
      default -> add(out, carrier(base));
    }
    return List.copyOf(out);
  }

  private static List<JavaType> array(BaseType element, Role role) {
    List<JavaType> out = new ArrayList<>();
    if (role == Role.CALLBACK_RESULT) {
      return List.of(); // see Role.CALLBACK_RESULT
    }
    switch (element) {
      case STRING -> {
        out.add(JavaType.arrayOf(JavaType.of(Kind.STRING)));
        if (role == Role.PARAMETER) {
          out.add(JavaType.of(Kind.LIST_OF_STRING));
        }
        // The raw char pointers, for strings C allocated that the caller must free itself.
        out.add(JavaType.arrayOf(JavaType.of(Kind.MEMORY_SEGMENT)));
      }
      case U16 -> {
        out.add(JavaType.arrayOf(JavaType.of(Kind.SHORT)));
        out.add(JavaType.arrayOf(JavaType.of(Kind.CHAR)));
      }
      default -> out.add(JavaType.arrayOf(JavaType.of(carrier(element))));
    }
    out.add(JavaType.of(Kind.MEMORY_SEGMENT));
    return List.copyOf(out);
  }

  private static void add(List<JavaType> out, Kind... kinds) {
    for (Kind k : kinds) {
      out.add(JavaType.of(k));
    }
  }
}
