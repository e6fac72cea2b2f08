package io.ffibind.strict;

import io.ffibind.Field;
import io.ffibind.Struct;
import io.ffibind.Union;
import java.lang.foreign.MemorySegment;

/**
 * Struct and union records of every shape, nested in an interface so that their companions are
 * {@code Ffibind_Shapes_<Record>}; {@link Person} is top level.
 */
public interface Shapes {
  /** By value, both ways. */
  @Struct(name = "strict_point", size = 16, align = 8)
  record Point(double x, double y) {}

  /** Two structs inline. */
  @Struct(name = "strict_line", size = 32)
  record Line(Point from, Point to) {}

  /** A union of a number, a double, bytes and a raw pointer. */
  @Union(name = "strict_value", size = 8)
  record Value(long i, double d, @Field("u8[8]") byte[] bytes, MemorySegment raw) {}

  /** A tagged union: a struct holding a union. */
  @Struct(name = "strict_tagged", size = 16)
  record Tagged(int tag, Value value) {}

  /** Packed: by pointer only. */
  @Struct(name = "strict_packed", packed = true, size = 7, align = 1)
  record Packed(byte c, int i, short s) {}

  /** A struct holding a packed one: unaligned fields through the companion. */
  @Struct(name = "strict_holder")
  record Holder(@Field("strict_packed[2]") Packed[] packed, @Field(name = "byte") byte keyword) {}

  /** A flexible array member: by pointer only. */
  @Struct(name = "strict_flex", size = 4)
  record Flex(@Field("u32") long n, @Field("i16[n]") short[] data) {}

  /** Unsigned fields in wider carriers, and every scalar. */
  @Struct(name = "strict_scalars")
  record Scalars(
      boolean b,
      @Field("char") byte c,
      @Field("u8") int u8,
      @Field("u16") char u16,
      @Field("u32") long u32,
      @Field("usize") long size,
      @Field("isize") long ssize,
      @Field("long") long clong,
      @Field("ulong") long culong,
      float f,
      short s) {}
}
