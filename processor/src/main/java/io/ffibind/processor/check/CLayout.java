package io.ffibind.processor.check;

import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.List;

/**
 * C's layout rules for the LP64 platforms ffibind supports (x86-64 System V and AArch64, on Linux
 * and macOS): the one place they live.
 *
 * <ul>
 *   <li>every scalar is aligned to its size ({@code bool} and {@code char} 1, {@code int32_t} 4,
 *       {@code int64_t}, {@code double}, {@code long}, {@code size_t} and pointers 8);
 *   <li>a field starts at the next multiple of its alignment; the struct is aligned to its strictest
 *       field, and its size is rounded up to that alignment (trailing padding);
 *   <li>an array inside a struct is its elements back to back, aligned as one element; a nested
 *       struct keeps its own size and alignment;
 *   <li>a flexible array member adds no size: it starts where its alignment puts it after the
 *       previous field, and {@code sizeof} is rounded up as usual;
 *   <li>a union puts every member at offset 0; its size is the largest member's, rounded up to the
 *       strictest alignment;
 *   <li>{@code packed} (GCC/Clang {@code __attribute__((packed))}) aligns every field, and so the
 *       struct, to 1; a nested struct keeps its own internal layout.
 * </ul>
 *
 * <p>Windows x64 (LLP64) would differ only in C {@code long}/{@code unsigned long}, 4 bytes there;
 * ffibind's {@code long} and {@code ulong} need LP64, so the rules above hold wherever it runs.
 */
public final class CLayout {
  private CLayout() {}

  /** Size and alignment of one field's type. */
  public record Extent(long size, long align) {}

  /** The computed layout: one offset per field, the total size and the alignment. */
  public record Computed(List<Long> offsets, List<Long> aligns, long size, long align) {}

  /** Finds the layout of a struct a field holds by value. */
  public interface Structs {
    StructModel layout(NativeType.StructValue struct);
  }

  /** The size and natural alignment of {@code type} as a field. */
  public static Extent of(NativeType type, Structs structs) {
    return switch (type) {
      case NativeType.Basic b -> new Extent(b.base().size(), b.base().size());
      case NativeType.ArrayOf a -> pointer();
      case NativeType.StructArray a -> pointer();
      case NativeType.StructValue v -> {
        StructModel m = structs.layout(v);
        yield new Extent(m.size(), m.align());
      }
      case NativeType.Inline i -> {
        Extent element = of(i.element(), structs);
        long count = i.length() instanceof Length.Fixed f ? f.count() : 0;
        yield new Extent(Math.multiplyExact(element.size(), count), element.align());
      }
    };
  }

  /** Lays out fields of the given extents, in order. */
  public static Computed layout(List<Extent> fields, boolean union, boolean packed) {
    List<Long> offsets = new ArrayList<>();
    List<Long> aligns = new ArrayList<>();
    long end = 0;
    long align = 1;
    for (Extent f : fields) {
      long a = packed ? 1 : f.align();
      long offset = union ? 0 : roundUp(end, a);
      offsets.add(offset);
      aligns.add(a);
      end = union ? Math.max(end, f.size()) : Math.addExact(offset, f.size());
      align = Math.max(align, a);
    }
    return new Computed(List.copyOf(offsets), List.copyOf(aligns), roundUp(end, align), align);
  }

  private static Extent pointer() {
    return new Extent(BaseType.POINTER.size(), BaseType.POINTER.size());
  }

  static long roundUp(long value, long alignment) {
    return (value + alignment - 1) / alignment * alignment;
  }
}
