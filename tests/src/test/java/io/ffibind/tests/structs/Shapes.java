package io.ffibind.tests.structs;

import io.ffibind.Field;
import io.ffibind.Struct;
import io.ffibind.Union;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The C shapes of {@code fixtures-c/src/main/c/structs.c} as records; each component is named as
 * the C field, so that {@link StructLayoutTest} can compare every offset with C's {@code offsetof}.
 */
interface Shapes {
  @Struct(name = "st_c_i", size = 8, align = 4)
  record CI(byte c, int i) {}

  @Struct(name = "st_i_c")
  record IC(int i, byte c) {}

  @Struct(name = "st_c_d")
  record CD(byte c, double d) {}

  @Struct(name = "st_c_s_i", size = 8)
  record CSI(byte c, short s, int i) {}

  @Struct(name = "st_s_c_ll")
  record SCLL(short s, byte c, long ll) {}

  @Struct(name = "st_f_d_c")
  record FDC(float f, double d, byte c) {}

  @Struct(name = "st_ll_c")
  record LLC(long ll, byte c) {}

  @Struct(name = "st_ccc", size = 3, align = 1)
  record CCC(@Field("char") byte a, @Field("char") byte b, @Field("char") byte c) {}

  @Struct(name = "st_ff")
  record FF(float x, float y) {}

  @Struct(name = "st_dd")
  record DD(double x, double y) {}

  @Struct(name = "st_i_f")
  record IF(int i, float f) {}

  @Struct(name = "st_i64_d")
  record I64D(long a, double b) {}

  @Struct(name = "st_fff", size = 12)
  record FFF(float a, float b, float c) {}

  @Struct(name = "st_big24", size = 24)
  record Big24(double a, double b, double c) {}

  @Struct(name = "st_big32", size = 32)
  record Big32(long a, long b, long c, long d) {}

  @Struct(name = "st_mixed")
  record Mixed(byte c, long l, short s, float f, byte c2, double d) {}

  @Struct(name = "st_bools", size = 12)
  record Bools(boolean a, int i, boolean b) {}

  @Struct(name = "st_ptrs")
  record Ptrs(byte c, MemorySegment p, byte c2, String s) {}

  @Struct(name = "st_nested", size = 32, align = 8)
  record Nested(byte c, CD inner, byte c2) {}

  @Struct(name = "st_point", size = 16, align = 8)
  record Point(double x, double y) {}

  @Struct(name = "st_size")
  record Size(double w, double h) {}

  @Struct(name = "st_rect", size = 32)
  record Rect(Point origin, Size size) {}

  @Struct(name = "st_arr", size = 20, align = 4)
  record Arr(byte c, @Field("i32[3]") int[] a, short s) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Arr x && c == x.c && Arrays.equals(a, x.a) && s == x.s;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(a) * 31 + c + s;
    }

    @Override
    public String toString() {
      return "Arr[c=" + c + ", a=" + Arrays.toString(a) + ", s=" + s + "]";
    }
  }

  @Struct(name = "st_arr_d")
  record ArrD(@Field("f64[2]") double[] d, byte tag) {}

  @Struct(name = "st_arr_struct", size = 28)
  record ArrStruct(@Field("st_c_i[3]") CI[] items, byte c) {}

  @Struct(name = "st_packed", packed = true, size = 7, align = 1)
  record Packed(byte c, int i, short s) {}

  @Struct(name = "st_packed_nested", packed = true, size = 21)
  record PackedNested(byte c, CD inner, int i) {}

  @Union(name = "st_union_if", size = 4, align = 4)
  record UnionIF(int i, float f) {}

  @Union(name = "st_union_mixed", size = 8, align = 8)
  record UnionMixed(@Field("char[5]") byte[] c, int i, double d) {}

  @Union(name = "st_union_arr", size = 12)
  record UnionArr(@Field("char[9]") byte[] c, int i) {}

  @Union(name = "st_tagged_u", size = 16)
  record TaggedU(int i, double d, @Field("char[12]") byte[] s) {}

  @Struct(name = "st_tagged", size = 24, align = 8)
  record Tagged(int tag, TaggedU u) {}

  @Struct(name = "st_deep_inner")
  record DeepInner(byte c, double d) {}

  @Struct(name = "st_deep_mid")
  record DeepMid(byte b, DeepInner x) {}

  @Struct(name = "st_deep", size = 32)
  record Deep(byte a, DeepMid y) {}

  @Struct(name = "st_flex", size = 4)
  record Flex(int n, @Field("i16[n]") short[] data) {}

  @Struct(name = "st_flex_pad", size = 16)
  record FlexPad(long a, byte c, @Field("char[a]") byte[] data) {}

  @Struct(name = "st_long_sz", size = 32)
  record LongSz(byte c, @Field("long") long l, @Field("usize") long z, @Field("ulong") long ul) {}

  @Struct(name = "st_u", size = 16)
  record U(@Field("u8") int a, @Field("u16") int b, @Field("u32") long c, @Field("u64") long d) {}

  @Struct(name = "st_char16", size = 20)
  record Char16(@Field("char[16]") byte[] name, int id) {}

  @Struct(name = "st_ptr_arr", size = 32)
  record PtrArr(@Field("string[3]") String[] names, int n) {}

  @Struct(name = "st_bool_arr", size = 8, align = 2)
  record BoolArr(@Field("bool[5]") boolean[] flags, short s) {}

  @Struct(name = "st_node", size = 16)
  record Node(int value, @Field("st_node*") Node next) {}
}
