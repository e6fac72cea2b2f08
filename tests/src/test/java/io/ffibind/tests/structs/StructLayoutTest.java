package io.ffibind.tests.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout the processor computed (the companions' SIZE, ALIGNMENT, offset constants and
 * LAYOUT) against what C's {@code sizeof}, {@code _Alignof} and {@code offsetof} say for the same
 * shapes, compiled by gcc in {@code structs.c}.
 */
class StructLayoutTest {
  @NativeLibrary("ffibind_fixtures")
  interface C {
    /** sizeof ("sizeof"), _Alignof ("alignof") or offsetof (field name); -1 if unknown. */
    @Symbol(name = "st_layout", parameters = {"string", "string"}, result = "i64")
    long layout(String shape, String field);
  }

  private static final C LIB = Native.load(C.class);

  static Stream<Class<?>> companions() {
    return Stream.of(
        Ffibind_Shapes_CI.class, Ffibind_Shapes_IC.class, Ffibind_Shapes_CD.class, Ffibind_Shapes_CSI.class,
        Ffibind_Shapes_SCLL.class, Ffibind_Shapes_FDC.class, Ffibind_Shapes_LLC.class, Ffibind_Shapes_CCC.class,
        Ffibind_Shapes_FF.class, Ffibind_Shapes_DD.class, Ffibind_Shapes_IF.class, Ffibind_Shapes_I64D.class,
        Ffibind_Shapes_FFF.class, Ffibind_Shapes_Big24.class, Ffibind_Shapes_Big32.class,
        Ffibind_Shapes_Mixed.class, Ffibind_Shapes_Bools.class, Ffibind_Shapes_Ptrs.class,
        Ffibind_Shapes_Nested.class, Ffibind_Shapes_Point.class, Ffibind_Shapes_Size.class,
        Ffibind_Shapes_Rect.class, Ffibind_Shapes_Arr.class, Ffibind_Shapes_ArrD.class,
        Ffibind_Shapes_ArrStruct.class, Ffibind_Shapes_Packed.class, Ffibind_Shapes_PackedNested.class,
        Ffibind_Shapes_UnionIF.class, Ffibind_Shapes_UnionMixed.class, Ffibind_Shapes_UnionArr.class,
        Ffibind_Shapes_TaggedU.class, Ffibind_Shapes_Tagged.class, Ffibind_Shapes_DeepInner.class,
        Ffibind_Shapes_DeepMid.class, Ffibind_Shapes_Deep.class, Ffibind_Shapes_Flex.class,
        Ffibind_Shapes_FlexPad.class, Ffibind_Shapes_LongSz.class, Ffibind_Shapes_U.class,
        Ffibind_Shapes_Char16.class, Ffibind_Shapes_PtrArr.class, Ffibind_Shapes_BoolArr.class,
        Ffibind_Shapes_Node.class, Ffibind_Person.class);
  }

  @ParameterizedTest
  @MethodSource("companions")
  void layoutMatchesC(Class<?> companion) throws ReflectiveOperationException {
    GroupLayout layout = (GroupLayout) companion.getField("LAYOUT").get(null);
    String shape = layout.name().orElseThrow();
    long size = companion.getField("SIZE").getLong(null);
    long alignment = companion.getField("ALIGNMENT").getLong(null);
    assertEquals(LIB.layout(shape, "sizeof"), size, shape + " sizeof");
    assertEquals(LIB.layout(shape, "alignof"), alignment, shape + " _Alignof");
    assertEquals(size, layout.byteSize(), shape + " LAYOUT size");
    assertEquals(alignment, layout.byteAlignment(), shape + " LAYOUT alignment");
    List<Long> layoutOffsets = new ArrayList<>();
    for (MemoryLayout member : layout.memberLayouts()) {
      if (member.name().isPresent()) {
        String field = member.name().get();
        long offset = layout.byteOffset(PathElement.groupElement(field));
        assertEquals(LIB.layout(shape, field), offset, shape + "." + field + " offsetof");
        layoutOffsets.add(offset);
      }
    }
    List<Long> constants = new ArrayList<>();
    for (Field f : companion.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("$OFFSET")) {
        constants.add(f.getLong(null));
      }
    }
    assertTrue(!constants.isEmpty(), shape + " has offset constants");
    assertEquals(layoutOffsets.stream().sorted().toList(), constants.stream().sorted().toList(),
        shape + ": one offset constant per field, equal to LAYOUT's");
  }

  @ParameterizedTest
  @MethodSource("companions")
  void layoutIsAcceptedByPanama(Class<?> companion) throws ReflectiveOperationException {
    MemoryLayout layout = (MemoryLayout) companion.getField("LAYOUT").get(null);
    // A sequence of two shows that the size is a multiple of the alignment, as C arrays need.
    assertEquals(2 * layout.byteSize(), MemoryLayout.sequenceLayout(2, layout).byteSize());
  }
}
