package io.ffibind.processor.gen;

import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.model.StructModel.FieldModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.gen.NativeImageMetadata.Structs;
import java.util.ArrayList;
import java.util.List;

/**
 * The layouts of generated descriptors in GraalVM Native Image's syntax for foreign metadata
 * ({@code struct(...)}, {@code union(...)}, {@code sequence(n, L)}, {@code padding(n)}, {@code
 * align(n, L)}, and the canonical names the builder resolves through {@code
 * Linker.nativeLinker().canonicalLayouts()}). Each method mirrors the one that writes the layout into
 * generated code ({@link Layouts#of}, {@link StructLayouts#of}), member for member and padding for
 * padding, so that the builder rebuilds exactly the descriptor the generated class links.
 */
final class ForeignLayouts {
  private ForeignLayouts() {}

  /** A value passed to or returned from C; mirrors {@link Layouts#of}. */
  static String of(NativeType type, Structs structs) {
    return switch (type) {
      case NativeType.Basic b -> scalar(b.base());
      case NativeType.StructValue v -> struct(structs.model(v.struct()), structs);
      default -> "void*";
    };
  }

  /** Mirrors {@link Layouts#scalar}: JNI names for Java's fixed-size layouts, C's for the platform's. */
  static String scalar(BaseType base) {
    return switch (base) {
      case BOOL -> "jboolean";
      case CHAR, I8, U8 -> "jbyte";
      case I16, U16 -> "jshort";
      case I32, U32 -> "jint";
      case I64, U64 -> "jlong";
      case F32 -> "jfloat";
      case F64 -> "jdouble";
      case USIZE, ISIZE -> "size_t";
      case LONG, ULONG -> "long";
      case POINTER, FUNCTION, STRING, BUFFER -> "void*";
      case VOID -> throw new IllegalArgumentException("void has no layout");
    };
  }

  /** Mirrors {@link StructLayouts#of}: the members with explicit padding, then trailing padding. */
  static String struct(StructModel m, Structs structs) {
    List<String> members = new ArrayList<>();
    long end = 0;
    for (FieldModel f : m.fields()) {
      if (!m.union() && f.offset() > end) {
        members.add(padding(f.offset() - end));
      }
      members.add(member(f.type(), m.packed(), structs));
      end = m.union() ? Math.max(end, f.size()) : f.offset() + f.size();
    }
    if (end < m.size()) {
      members.add(m.union() ? padding(m.size()) : padding(m.size() - end));
    }
    return (m.union() ? "union(" : "struct(") + String.join(", ", members) + ")";
  }

  private static String member(NativeType type, boolean packed, Structs structs) {
    return switch (type) {
      case NativeType.Basic b -> access(b.base(), packed);
      case NativeType.StructValue v -> nested(v, packed, 1, structs);
      case NativeType.Inline i -> {
        long count = i.length() instanceof Length.Fixed f ? f.count() : 0;
        if (i.element() instanceof NativeType.StructValue v) {
          yield packed ? nested(v, true, count, structs) : sequence(count, struct(structs.model(v.struct()), structs));
        }
        yield sequence(count, member(i.element(), packed, structs));
      }
      default -> pointer(packed);
    };
  }

  /** Mirrors {@link StructLayouts#access}: {@code _UNALIGNED} layouts are aligned to 1. */
  private static String access(BaseType base, boolean packed) {
    if (!packed || base.size() == 1) {
      return scalar(base);
    }
    return "align(1, " + scalar(base) + ")";
  }

  private static String pointer(boolean packed) {
    return packed ? "align(1, void*)" : "void*";
  }

  /** Mirrors {@code StructLayouts.nested}: in a packed struct, an inner struct is its bytes. */
  private static String nested(NativeType.StructValue v, boolean packed, long count, Structs structs) {
    StructModel inner = structs.model(v.struct());
    return packed ? sequence(count * inner.size(), "jbyte") : struct(inner, structs);
  }

  private static String sequence(long count, String element) {
    return "sequence(" + count + ", " + element + ")";
  }

  private static String padding(long bytes) {
    return "padding(" + bytes + ")";
  }
}
