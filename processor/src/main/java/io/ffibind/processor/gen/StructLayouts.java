package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.model.StructModel.FieldModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Layouts in struct companions: the {@code LAYOUT} constant, built from the offsets the processor
 * computed (explicit padding, as jextract writes it), and the value layouts fields are read and
 * written with ({@code _UNALIGNED} ones in packed structs).
 */
final class StructLayouts {
  private StructLayouts() {}

  /** The value layout a scalar field is accessed with. */
  static CodeBlock access(BaseType base, boolean packed) {
    if (!packed || base.size() == 1) {
      return Layouts.scalar(base);
    }
    return switch (base) {
      case I16, U16 -> value("JAVA_SHORT_UNALIGNED");
      case I32, U32 -> value("JAVA_INT_UNALIGNED");
      case I64, U64 -> value("JAVA_LONG_UNALIGNED");
      case F32 -> value("JAVA_FLOAT_UNALIGNED");
      case F64 -> value("JAVA_DOUBLE_UNALIGNED");
      case USIZE, ISIZE -> CodeBlock.of("$T.C_SIZE_T_UNALIGNED", Names.C_LAYOUTS);
      case LONG, ULONG -> CodeBlock.of("$T.C_LONG_UNALIGNED", Names.C_LAYOUTS);
      default -> pointer(true);
    };
  }

  /** The layout of a pointer field. */
  static CodeBlock pointer(boolean packed) {
    return packed ? value("ADDRESS_UNALIGNED") : Layouts.pointer();
  }

  /** The layout of one element of a primitive Java array copied into or out of a struct. */
  static CodeBlock element(JavaType component, boolean packed) {
    if (!packed) {
      return Layouts.element(component);
    }
    return switch (component.kind()) {
      case BYTE -> value("JAVA_BYTE");
      case SHORT -> value("JAVA_SHORT_UNALIGNED");
      case CHAR -> value("JAVA_CHAR_UNALIGNED");
      case INT -> value("JAVA_INT_UNALIGNED");
      case LONG -> value("JAVA_LONG_UNALIGNED");
      case FLOAT -> value("JAVA_FLOAT_UNALIGNED");
      case DOUBLE -> value("JAVA_DOUBLE_UNALIGNED");
      default -> pointer(true);
    };
  }

  /** {@code MemoryLayout.structLayout(...)} (or {@code unionLayout}) with padding, named as in C. */
  static CodeBlock of(StructModel m) {
    List<CodeBlock> members = new ArrayList<>();
    long end = 0;
    for (FieldModel f : m.fields()) {
      if (!m.union() && f.offset() > end) {
        members.add(padding(f.offset() - end));
      }
      members.add(CodeBlock.of("$L.withName($S)", member(f.type(), m.packed()), f.cName()));
      end = m.union() ? Math.max(end, f.size()) : f.offset() + f.size();
    }
    if (end < m.size()) {
      members.add(m.union() ? padding(m.size()) : padding(m.size() - end));
    }
    return CodeBlock.of(
        "$T.$L(\n$>$L$<)\n.withName($S)",
        Names.MEMORY_LAYOUT, m.union() ? "unionLayout" : "structLayout", CodeBlock.join(members, ",\n"), m.name());
  }

  private static CodeBlock member(NativeType type, boolean packed) {
    return switch (type) {
      case NativeType.Basic b -> access(b.base(), packed);
      case NativeType.StructValue v -> nested(v, packed, 1);
      case NativeType.Inline i -> {
        long count = i.length() instanceof Length.Fixed f ? f.count() : 0;
        if (i.element() instanceof NativeType.StructValue v) {
          yield packed
              ? nested(v, true, count)
              : CodeBlock.of("$T.sequenceLayout($L, $T.LAYOUT)", Names.MEMORY_LAYOUT, count, Names.companion(v.struct()));
        }
        yield CodeBlock.of("$T.sequenceLayout($L, $L)", Names.MEMORY_LAYOUT, count, member(i.element(), packed));
      }
      default -> pointer(packed);
    };
  }

  /**
   * A struct inside this one. In a packed struct it may sit at any offset, which Panama's group
   * layouts cannot express, so it is shown as its bytes.
   */
  private static CodeBlock nested(NativeType.StructValue v, boolean packed, long count) {
    if (packed) {
      return CodeBlock.of(
          "$T.sequenceLayout($L * $T.SIZE, $T.JAVA_BYTE)",
          Names.MEMORY_LAYOUT, count, Names.companion(v.struct()), Names.VALUE_LAYOUT);
    }
    return CodeBlock.of("$T.LAYOUT", Names.companion(v.struct()));
  }

  private static CodeBlock padding(long bytes) {
    return CodeBlock.of("$T.paddingLayout($L)", Names.MEMORY_LAYOUT, bytes);
  }

  private static CodeBlock value(String constant) {
    return CodeBlock.of("$T.$L", Names.VALUE_LAYOUT, constant);
  }
}
