package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Field;
import io.ffibind.Global;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import io.ffibind.Union;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Struct and union globals (globals.c): read through the record's companion, written whole by a
 * setter (with an allocator when the struct points to other memory), their storage sized to the
 * struct, and C sees every write.
 */
@Isolated("writes globals of the shared fixtures library")
class GlobalStructsTest {
  /** {@code struct gl_sample { int8_t tag; double value; uint16_t count; int32_t data[3]; }}: 32 bytes. */
  @Struct(name = "gl_sample", size = 32)
  record Sample(byte tag, double value, @Field("u16") int count, @Field("i32[3]") int[] data) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Sample s && s.tag == tag && Double.compare(s.value, value) == 0 && s.count == count
          && Arrays.equals(s.data, data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data) + tag;
    }
  }

  /** {@code union gl_number { int64_t i; double d; uint8_t bytes[8]; }}. */
  @Union(name = "gl_number", size = 8)
  record GlNumber(long i, double d, @Field("u8[8]") byte[] bytes) {}

  @Struct(name = "gl_point", size = 8)
  record GlPoint(int x, int y) {}

  /** {@code struct gl_person { const char *name; int32_t age; const double *scores; size_t count; }}. */
  @Struct(name = "gl_person", size = 32)
  record GlPerson(String name, int age, @Field("f64[count]*") double[] scores, @Field("usize") long count) {}

  @NativeLibrary("ffibind_fixtures")
  interface StructGlobals extends AutoCloseable {
    @Global(name = "gl_sample_value", type = "gl_sample")
    Sample sample();

    @Global(name = "gl_sample_value", type = "gl_sample")
    void sample(Sample value);

    @Global(name = "gl_sample_value", type = "gl_sample")
    MemorySegment sampleStorage();

    @Symbol(name = "gl_sample_tag", result = "i64")
    long tagSeenByC();

    @Symbol(name = "gl_sample_value_get", result = "f64")
    double valueSeenByC();

    @Symbol(name = "gl_sample_count", result = "i64")
    long countSeenByC();

    @Symbol(name = "gl_sample_data_sum", result = "i64")
    long dataSumSeenByC();

    @Global(name = "gl_number_value", type = "gl_number")
    GlNumber number();

    @Global(name = "gl_number_value", type = "gl_number")
    void number(GlNumber value);

    @Global(name = "gl_number_value", type = "gl_number")
    MemorySegment numberStorage();

    @Symbol(name = "gl_number_as_i64", result = "i64")
    long numberAsI64SeenByC();

    @Symbol(name = "gl_number_as_f64", result = "f64")
    double numberAsF64SeenByC();

    @Global(name = "gl_polygon", type = "gl_point[4]")
    GlPoint[] polygon();

    @Global(name = "gl_polygon", type = "gl_point[4]")
    void polygon(GlPoint[] corners);

    @Global(name = "gl_polygon", type = "gl_point[4]")
    MemorySegment polygonStorage();

    @Symbol(name = "gl_polygon_area2", result = "i64")
    long polygonArea2SeenByC();

    @Global(name = "gl_owner", type = "gl_person")
    GlPerson owner();

    @Global(name = "gl_owner", type = "gl_person")
    void owner(GlPerson value, SegmentAllocator allocator);

    @Global(name = "gl_owner", type = "gl_person")
    MemorySegment ownerStorage();

    @Symbol(name = "gl_owner_name_length", result = "i64")
    long ownerNameLengthSeenByC();

    @Symbol(name = "gl_owner_age", result = "i32")
    int ownerAgeSeenByC();

    @Symbol(name = "gl_owner_score_sum", result = "f64")
    double ownerScoreSumSeenByC();

    @Override
    void close();
  }

  private static final Sample INITIAL = new Sample((byte) -5, 2.5, 65535, new int[] {1, -2, Integer.MIN_VALUE});

  @Test
  void aStructGlobalIsReadWrittenReadBackAndSeenByC() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      assertEquals(INITIAL, g.sample());
      Sample edge = new Sample(Byte.MAX_VALUE, -0.0, 0, new int[] {Integer.MAX_VALUE, 0, -1});
      g.sample(edge);
      try {
        assertEquals(edge, g.sample());
        assertEquals(Byte.MAX_VALUE, g.tagSeenByC());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(g.valueSeenByC()));
        assertEquals(0, g.countSeenByC());
        assertEquals((long) Integer.MAX_VALUE - 1, g.dataSumSeenByC());
      } finally {
        g.sample(INITIAL);
      }
      assertEquals(65535, g.countSeenByC(), "u16 65535 written from an int");
    }
  }

  @Test
  void theStorageIsTheStructItselfSizedByTheCompanion() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      MemorySegment storage = g.sampleStorage();
      assertEquals(Ffibind_GlobalStructsTest_Sample.SIZE, storage.byteSize());
      assertEquals(32, storage.byteSize());
      Ffibind_GlobalStructsTest_Sample.value(storage, 9.75); // a field written in place
      try {
        assertEquals(9.75, g.valueSeenByC());
        assertEquals(9.75, g.sample().value());
      } finally {
        g.sample(INITIAL);
      }
      assertThrows(IndexOutOfBoundsException.class, () -> storage.get(ValueLayout.JAVA_BYTE, 32));
    }
  }

  @Test
  void aBadRecordLeavesTheGlobalAsItWas() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      IllegalArgumentException nullRecord = assertThrows(IllegalArgumentException.class, () -> g.sample(null));
      assertTrue(nullRecord.getMessage().contains("argument 'value' of StructGlobals.sample is null"), nullRecord.getMessage());
      // The tag and value convert before the inline array turns out one element short.
      IllegalArgumentException shortArray = assertThrows(
          IllegalArgumentException.class, () -> g.sample(new Sample((byte) 1, 1.0, 1, new int[2])));
      assertTrue(shortArray.getMessage().contains("argument 'value' of StructGlobals.sample, field data"),
          shortArray.getMessage());
      IllegalArgumentException tooLarge = assertThrows(
          IllegalArgumentException.class, () -> g.sample(new Sample((byte) 1, 1.0, 65536, new int[3])));
      assertTrue(tooLarge.getMessage().contains("field count"), tooLarge.getMessage());
      assertEquals(INITIAL, g.sample(), "no field changed");
      assertEquals(-5, g.tagSeenByC());
    }
  }

  @Test
  void aUnionGlobalGivesEveryMemberAndCReadsTheOneJavaWrote() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      GlNumber initial = g.number();
      assertEquals(42, initial.i());
      assertEquals(Double.longBitsToDouble(42), initial.d());
      assertEquals(42, initial.bytes()[0]);
      assertEquals(8, g.numberStorage().byteSize());
      try {
        g.number(new GlNumber(0, -1.5, null));
        assertEquals(-1.5, g.numberAsF64SeenByC());
        assertEquals(Double.doubleToRawLongBits(-1.5), g.number().i());
        g.number(new GlNumber(Long.MIN_VALUE, 0, null));
        assertEquals(Long.MIN_VALUE, g.numberAsI64SeenByC());
        assertEquals((byte) 0x80, g.number().bytes()[7], "little-endian: the sign bit is in the last byte");
      } finally {
        g.number(new GlNumber(42, 0, null));
      }
      assertEquals(42, g.numberAsI64SeenByC());
    }
  }

  @Test
  void anInlineArrayOfStructsIsReadAsAJavaArray() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      GlPoint[] rectangle = {new GlPoint(0, 0), new GlPoint(4, 0), new GlPoint(4, 3), new GlPoint(0, 3)};
      assertArrayEquals(rectangle, g.polygon());
      assertEquals(24, g.polygonArea2SeenByC());
      assertEquals(4 * Ffibind_GlobalStructsTest_GlPoint.SIZE, g.polygonStorage().byteSize());
      try {
        GlPoint[] square = {
          new GlPoint(Integer.MIN_VALUE, 0), new GlPoint(-10, 0), new GlPoint(-10, 10), new GlPoint(Integer.MIN_VALUE, 10)
        };
        g.polygon(square);
        assertArrayEquals(square, g.polygon());
        assertEquals(-2 * (Integer.MIN_VALUE + 10L) * 10, g.polygonArea2SeenByC());
        IllegalArgumentException tooShort =
            assertThrows(IllegalArgumentException.class, () -> g.polygon(Arrays.copyOf(rectangle, 3)));
        assertTrue(tooShort.getMessage().contains("has 3 elements but the C global holds exactly 4"), tooShort.getMessage());
        GlPoint[] withNull = rectangle.clone();
        withNull[2] = null;
        IllegalArgumentException nullElement = assertThrows(IllegalArgumentException.class, () -> g.polygon(withNull));
        assertTrue(nullElement.getMessage().contains("null at index 2"), nullElement.getMessage());
        assertArrayEquals(square, g.polygon(), "rejected writes change nothing");
      } finally {
        g.polygon(rectangle);
      }
      assertEquals(24, g.polygonArea2SeenByC());
    }
  }

  @Test
  void aStructThatPointsToMemoryIsWrittenWithAnAllocatorThatKeepsItAlive() {
    try (StructGlobals g = Native.load(StructGlobals.class)) {
      MemorySegment original = Arena.ofAuto().allocate(32).copyFrom(g.ownerStorage());
      GlPerson ada = g.owner();
      assertEquals("Ada", ada.name());
      assertEquals(36, ada.age());
      assertArrayEquals(new double[] {1.5, 2.5}, ada.scores());
      try (Arena arena = Arena.ofConfined()) {
        g.owner(new GlPerson("Grace Hopper", 85, new double[] {1, 2, 3.25}, 3), arena);
        assertEquals(12, g.ownerNameLengthSeenByC());
        assertEquals(85, g.ownerAgeSeenByC());
        assertEquals(6.25, g.ownerScoreSumSeenByC());
        GlPerson grace = g.owner();
        assertEquals("Grace Hopper", grace.name());
        assertArrayEquals(new double[] {1, 2, 3.25}, grace.scores());
        g.owner(new GlPerson(null, 0, null, 0), arena);
        assertNull(g.owner().name());
        assertEquals(-1, g.ownerNameLengthSeenByC());
        IllegalArgumentException nul = assertThrows(
            IllegalArgumentException.class, () -> g.owner(new GlPerson("a\0b", 1, null, 0), arena));
        assertTrue(nul.getMessage().contains("argument 'value' of StructGlobals.owner, field name"), nul.getMessage());
        IllegalArgumentException noAllocator = assertThrows(
            IllegalArgumentException.class, () -> g.owner(new GlPerson("x", 1, null, 0), null));
        assertTrue(noAllocator.getMessage().contains("the allocator is null"), noAllocator.getMessage());
        assertEquals(-1, g.ownerNameLengthSeenByC(), "rejected writes change nothing");
      } finally {
        g.ownerStorage().copyFrom(original); // the arena is gone: C must not keep pointers into it
      }
      assertEquals("Ada", g.owner().name());
      assertEquals(4.0, g.ownerScoreSumSeenByC());
    }
  }
}
