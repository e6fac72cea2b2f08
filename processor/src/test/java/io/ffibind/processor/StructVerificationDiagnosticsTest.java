package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static io.ffibind.processor.Verifications.compile;
import static io.ffibind.processor.Verifications.fixtures;
import static io.ffibind.processor.Verifications.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code @Struct}/{@code @Union} records a library uses, against the structs of the same name in its
 * DWARF (FFI089): structs.c's shapes in {@code libffibind_fixtures.so} declared rightly compile
 * without a word; a wrong one fails at its annotation, naming each differing field with both offsets.
 */
@EnabledOnOs(OS.LINUX)
class StructVerificationDiagnosticsTest {

  private static Compilation compileAgainstFixtures(JavaFileObject... sources) {
    return compile(fixtures().toString(), sources);
  }

  @Test
  void rightLayoutsCompileWithoutAWord() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("ffibind_fixtures")
            interface Shapes {
              @Struct(name = "st_c_s_i") record CSI(byte c, short s, int i) {}
              @Struct(name = "st_i64_d") record I64D(long a, double b) {}
              @Struct(name = "st_big32") record Big32(long a, long b, long c, long d) {}
              @Struct(name = "st_bools") record Bools(boolean a, int i, boolean b) {}
              @Struct(name = "st_point") record Point(double x, double y) {}
              @Struct(name = "st_size") record Size(double w, double h) {}
              @Struct(name = "st_rect") record Rect(Point origin, Size size) {}
              @Struct(name = "st_arr") record Arr(byte c, @Field("i32[3]") int[] a, short s) {}
              @Union(name = "st_union_if") record UnionIF(int i, float f) {}
              @Union(name = "st_tagged_u") record TaggedU(int i, double d, @Field("char[12]") byte[] s) {}
              @Struct(name = "st_tagged") record Tagged(int tag, TaggedU u) {}
              @Struct(name = "st_packed", packed = true) record Packed(byte c, int i, short s) {}
              @Struct(name = "st_flex") record Flex(int n, @Field("i16[n]") short[] data) {}
              @Struct(name = "st_node") record Node(int value, @Field("st_node*") Node next) {}
              @Struct(name = "st_char16") record Char16(@Field("char[16]") byte[] name, int id) {}
              @Struct(name = "st_ptr_arr") record PtrArr(@Field("string[3]") String[] names, int n) {}
              @Struct(name = "st_u") record U(@Field("u8") byte a, @Field("u16") short b, @Field("u32") int c, @Field("u64") long d) {}
              @Struct(name = "st_alias_in") record AliasIn(int v) {}
              @Struct(name = "st_alias") record Alias(AliasIn in, @Field("st_alias_in*") AliasIn p) {}

              @Symbol(parameters = "st_c_s_i", result = "i64") long st_c_s_i_sum(CSI v);
              @Symbol(parameters = "st_i64_d", result = "f64") double st_i64_d_sum(I64D v);
              @Symbol(parameters = "st_big32", result = "i64") long st_big32_weighted(Big32 v);
              @Symbol(parameters = "st_bools", result = "st_bools") Bools st_bools_flip(Bools v);
              @Symbol(parameters = "st_rect", result = "f64") double st_rect_area(Rect r);
              @Symbol(parameters = "st_arr", result = "i64") long st_arr_sum(Arr v);
              @Symbol(parameters = "st_union_if", result = "i32") int st_union_if_bits(UnionIF u);
              @Symbol(parameters = "st_tagged", result = "f64") double st_tagged_value(Tagged t);
              @Symbol(parameters = "const st_packed*", result = "i64") long st_packed_sum(Packed p);
              @Symbol(parameters = "const st_flex*", result = "i64") long st_flex_sum(Flex f);
              @Symbol(parameters = "const st_node*", result = "i64") long st_list_sum(Node n);
              @Symbol(parameters = "const st_char16*", result = "i64") long st_char16_check(Char16 c);
              @Symbol(parameters = "const st_ptr_arr*", result = "i64") long st_ptr_arr_total(PtrArr p);
              @Symbol(parameters = "st_u", result = "i64") long st_u_sum(U u);
              @Symbol(result = "st_alias*") Alias st_alias_self();
            }
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), notes(c));
  }

  @Test
  void aWrongLayoutFailsAtItsRecordNamingEachField() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            @NativeLibrary("ffibind_fixtures")
            interface Shapes {
              // packed = true forgotten: C's fields are at 0, 1 and 5
              @Struct(name = "st_packed")
              record Packed(byte c, int i, short s) {}

              @Struct(name = "st_point") record Point(double x, double y) {}

              // float where C has double: held inline by st_rect, so checked through it
              @Struct(name = "st_size")
              record Size(float w, float h) {}

              @Struct(name = "st_rect") record Rect(Point origin, Size size) {}

              @Symbol(parameters = "const st_packed*", result = "i64") long st_packed_sum(Packed p);
              @Symbol(parameters = {"const st_rect[n]", "i32"}, result = "f64") double st_rects_total_area(Rect[] rs, int n);
            }
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct st_packed (record Shapes.Packed) does not match C's st_packed (a typedef of an unnamed"
                + " struct) in the debug information of libffibind_fixtures.so: field 'i' is at offset 4, but C's is"
                + " at 1; field 's' is at offset 8, but C's is at 5; the size is 12 bytes, but C's is 7")
        .inFile(f)
        .onLineContaining("@Struct(name = \"st_packed\")");
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct st_size (record Shapes.Size) does not match C's st_size (a typedef of an unnamed"
                + " struct) in the debug information of libffibind_fixtures.so: field 'w' is 4 bytes, but C's is 8;"
                + " field 'h' is at offset 4, but C's is at 8; field 'h' is 4 bytes, but C's is 8; the size is 8"
                + " bytes, but C's is 16")
        .inFile(f)
        .onLineContaining("@Struct(name = \"st_size\")");
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct st_rect (record Shapes.Rect) does not match C's st_rect (a typedef of an unnamed"
                + " struct) in the debug information of libffibind_fixtures.so: field 'size' is 8 bytes, but C's is"
                + " 16; the size is 24 bytes, but C's is 32")
        .inFile(f)
        .onLineContaining("@Struct(name = \"st_rect\")");
  }

  @Test
  void bitFieldsAndAUnionDeclaredAsAStruct() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("ffibind_verify_dwarf5")
            interface Lib {
              @Struct(name = "vf_record")
              record Rec(@Field("u8") byte tag, long value, @Field("char[12]") byte[] name, int bits) {}

              @Struct(name = "vf_number")
              record Num(long i, double d) {}

              @Symbol(parameters = "const vf_record*", result = "i64") long vf_record_value(Rec r);
              @Symbol(parameters = "vf_number", result = "f64") double vf_number_as_double(Num n);
            }
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct vf_record (record Lib.Rec) does not match C's vf_record (a typedef of an unnamed"
                + " struct) in the debug information of libffibind_verify_dwarf5.so: 4 fields declared, but C's has"
                + " 5 (tag, value, name, flags, mode); field 'bits' (C's 'flags') is a 3-bit bit-field in C, which a"
                + " field cannot lay out")
        .inFile(f)
        .onLineContaining("@Struct(name = \"vf_record\")");
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct vf_number (record Lib.Num) does not match C's union vf_number in the debug information"
                + " of libffibind_verify_dwarf5.so: C's is a union: annotate the record @Union; 2 fields declared,"
                + " but C's has 3 (i, d, bytes); field 'd' is at offset 8, but C's is at 0; the size is 16 bytes, but"
                + " C's is 8")
        .inFile(f)
        .onLineContaining("@Struct(name = \"vf_number\")");
  }

  @Test
  void aRecordTwoLibrariesUseIsReportedOnce() {
    JavaFileObject records =
        source("Shapes", "interface Shapes {\n  @Struct(name = \"st_point\") record Point(float x, float y) {}\n}\n");
    JavaFileObject one =
        source(
            "One",
            """
            @NativeLibrary("ffibind_fixtures")
            interface One {
              @Symbol(parameters = "const st_point*", result = "f64") double st_point_len2(Shapes.Point p);
            }
            """);
    JavaFileObject two =
        source(
            "Two",
            """
            @NativeLibrary("ffibind_fixtures")
            interface Two {
              @Symbol(parameters = {"st_point*", "f64", "f64"}) void st_point_move(Shapes.Point[] p, double dx, double dy);
            }
            """);
    Compilation c = compileAgainstFixtures(records, one, two);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI089] struct st_point (record Shapes.Point) does not match C's st_point")
        .inFile(records)
        .onLineContaining("@Struct");
  }

  @Test
  void aNameTheDebugInformationDoesNotHaveIsNotCompared() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            @NativeLibrary("ffibind_fixtures")
            interface Shapes {
              @Struct(name = "vector") record Vector(float x, float y, float z) {}

              @Symbol(parameters = "const vector*", result = "f64") double st_point_len2(Vector p);
            }
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aNameTheLibraryUsesInternallyIsNotComparedWhenItsApiNeverNamesIt() {
    // st_rect is in the DWARF, but mem_is_null takes a const void *: the record is the user's own
    // shape that merely shares the name, as a record named "entry" shares one with libc's internals.
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("ffibind_fixtures")
            interface Lib {
              @Struct(name = "st_rect") record Mine(int a, int b) {}

              @Symbol(parameters = "const st_rect*", result = "i32") int mem_is_null(Mine p);
            }
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).succeededWithoutWarnings();
  }
}
