package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Struct}/{@code @Union} records: what they are declared on, their field type strings,
 * lengths, stated sizes and alignments, structs containing themselves, flexible array members,
 * unions, and how {@code @Symbol} type strings use them.
 */
class StructDiagnosticsTest {

  @Test
  void structOnAClassIsRejected() {
    JavaFileObject f =
        source(
            "Point",
            """
            @Struct
            final class Point {
              int x;
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI030] @Struct goes on a record, but Point is a class: declare it as 'record Point(...)' with one"
                + " component per C field")
        .inFile(f)
        .onLineContaining("@Struct");
  }

  @Test
  void unionOnAnInterfaceIsRejected() {
    JavaFileObject f = source("Value", "@Union\ninterface Value {}\n");
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining("[FFI030] @Union goes on a record, but Value is an interface")
        .inFile(f)
        .onLineContaining("@Union");
  }

  @Test
  void unknownFieldTypeSuggestsTheClosest() {
    JavaFileObject f =
        source(
            "Point",
            """
            @Struct
            record Point(
                @Field("i23") int x,
                int y) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI031] field 'x' of Point: unknown type \"i23\": did you mean \"i32\"?")
        .inFile(f)
        .onLineContaining("\"i23\"");
  }

  @Test
  void aLibraryUsingABrokenStructShowsOnlyTheStructsError() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct record P(
                  @Field("i23") int x) {}

              @Symbol(parameters = "P", result = "P*")
              P f(P p);

              @Symbol(parameters = "i32", result = "i32")
              int abs(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI031] field 'x' of Lib.P: unknown type \"i23\"")
        .inFile(f)
        .onLineContaining("\"i23\"");
  }

  @Test
  void unknownStructNameInAFieldSuggestsTheRecord() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            interface Shapes {
              @Struct record Point(double x, double y) {}

              @Struct record Line(
                  @Field("Pont") Point from,
                  Point to) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI031] field 'from' of Shapes.Line: unknown type \"Pont\": did you mean \"Point\"?")
        .inFile(f)
        .onLineContaining("\"Pont\"");
  }

  @Test
  void anArrayComponentNeedsItsLength() {
    JavaFileObject f =
        source(
            "Samples",
            """
            @Struct
            record Samples(
                int[] values) {}
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI031] field 'values' of Samples: int[] has no C type of its own: an array needs @Field with its"
                + " length: \"i32[4]\" for an array inside the struct, or \"i32[count]*\" for a pointer to as many"
                + " elements as field count holds")
        .inFile(f)
        .onLineContaining("int[] values");
  }

  @Test
  void twoRecordsClaimingOneNameAreAmbiguous() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct(name = "Point") record P1(int x, int y) {}

              @Struct(name = "Point") record P2(int x, int y) {}

              @Symbol(parameters = {
                  "Point"},
                  result = "f64")
              double len(P1 p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI032] parameter 1 of Lib.len: struct name \"Point\" is claimed by test.Lib.P1 and test.Lib.P2: give"
                + " each a distinct name with @Struct(name = \"...\")")
        .inFile(f)
        .onLineContaining("\"Point\"}");
  }

  @Test
  void ambiguousNameInAField() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            interface Shapes {
              @Struct(name = "vec") record V2(float x, float y) {}

              @Union(name = "vec") record V3(float x, float y, float z) {}

              @Struct record Line(
                  @Field("vec") V2 from) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI032] field 'from' of Shapes.Line: struct name \"vec\" is claimed by test.Shapes.V2 and"
                + " test.Shapes.V3")
        .inFile(f)
        .onLineContaining("@Field(\"vec\")");
  }

  @Test
  void unknownStructNameInASymbolSuggestsTheRecord() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct record Point(double x, double y) {}

              @Symbol(parameters = "Piont*", result = "f64")
              double len(Point p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 1 of Lib.len: unknown type \"Piont\": did you mean \"Point\"?")
        .inFile(f)
        .onLineContaining("\"Piont*\"");
  }

  @Test
  void aStructContainingItselfByValue() {
    JavaFileObject f =
        source(
            "Node",
            """
            @Struct
            record Node(int value,
                Node next) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI033] struct Node contains itself by value (Node.next → Node): C cannot give it a size; make one of"
                + " these fields a pointer (\"Node*\")")
        .inFile(f)
        .onLineContaining("Node next");
  }

  @Test
  void aStructContainingItselfThroughAnother() {
    JavaFileObject f =
        source(
            "Pair",
            """
            interface Pair {
              @Struct record A(int x,
                  @Field("B") B b) {}

              @Struct record B(
                  A a) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining("[FFI033] struct A contains itself by value (A.b → B.a → A)")
        .inFile(f)
        .onLineContaining("@Field(\"B\")");
    assertThat(c)
        .hadErrorContaining("[FFI033] struct B contains itself by value (B.a → A.b → B)")
        .inFile(f)
        .onLineContaining("A a)");
  }

  @Test
  void aPointerToItselfIsFine() {
    JavaFileObject f =
        source(
            "Node",
            """
            @Struct
            record Node(int value, @Field("Node*") Node next, @Field("Node[n]*") Node[] kids, int n) {}
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void anInlineArrayWithoutASize() {
    JavaFileObject f =
        source(
            "Samples",
            """
            @Struct
            record Samples(int n,
                @Field("i32[]") int[] values) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI034] field 'values' of Samples is \"i32[]\", an array inside the struct without a size: write a"
                + " count such as \"i32[4]\", or \"i32[count]*\" for a pointer to elements")
        .inFile(f)
        .onLineContaining("\"i32[]\"");
  }

  @Test
  void aLengthFieldThatDoesNotExist() {
    JavaFileObject f =
        source(
            "Samples",
            """
            @Struct
            record Samples(
                @Field("f64[cout]*") double[] values,
                @Field("usize") long count) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI035] \"f64[cout]*\" in field 'values' of Samples takes its length from field 'cout', which does"
                + " not exist: did you mean 'count'?")
        .inFile(f)
        .onLineContaining("\"f64[cout]*\"");
  }

  @Test
  void aLengthFieldThatIsNotAnInteger() {
    JavaFileObject f =
        source(
            "Samples",
            """
            @Struct
            record Samples(
                @Field("f64[count]*") double[] values,
                double count) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI036] \"f64[count]*\" in field 'values' of Samples takes its length from field 'count', which is"
                + " \"f64\" (double): a length must be an integer field")
        .inFile(f)
        .onLineContaining("\"f64[count]*\"");
  }

  @Test
  void aStatedSizeThatDiffersShowsTheLayout() {
    JavaFileObject f =
        source(
            "Pair",
            """
            @Struct(
                size = 5)
            record Pair(byte c, int i) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI037] struct Pair states size = 5, but its C layout is 8 bytes: offsets c at 0 (1 byte), i at 4"
                + " (4 bytes); size 8, align 4 (LP64 C rules, padding included)")
        .inFile(f)
        .onLineContaining("size = 5");
  }

  @Test
  void aStatedAlignmentThatDiffers() {
    JavaFileObject f =
        source(
            "Pair",
            """
            @Struct(size = 16,
                align = 4)
            record Pair(byte c, double d) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI038] struct Pair states align = 4, but its C layout is aligned to 8: offsets c at 0 (1 byte), d at"
                + " 8 (8 bytes); size 16, align 8")
        .inFile(f)
        .onLineContaining("align = 4");
  }

  @Test
  void stateSizeAndAlignmentThatMatch() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            interface Shapes {
              @Struct(size = 16, align = 8) record CD(byte c, double d) {}
              @Struct(size = 24, align = 8) record Nested(byte a, CD cd) {}
              @Struct(size = 9, align = 1, packed = true) record Packed(byte c, double d) {}
              @Union(size = 8, align = 4) record U(@Field("char[5]") byte[] c, int i) {}
              @Struct(size = 16, align = 8) record Flex(long n, byte c, @Field("u8[n]") byte[] data) {}
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void aJavaTypeThatCannotCarryTheFieldType() {
    JavaFileObject f =
        source(
            "Pair",
            """
            @Struct
            record Pair(
                @Field("f64") int x,
                @Field("u32") short y) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI039] field 'x' of Pair is int, which cannot carry C type \"f64\"; accepted: double")
        .inFile(f)
        .onLineContaining("\"f64\"");
    assertThat(c)
        .hadErrorContaining("[FFI039] field 'y' of Pair is short, which cannot carry C type \"u32\"; accepted: int, long")
        .inFile(f)
        .onLineContaining("\"u32\"");
  }

  @Test
  void aRecordPointerTakesTheRecordOrASegment() {
    JavaFileObject f =
        source(
            "Node",
            """
            @Struct
            record Node(
                @Field("Node*") String next) {}
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI039] field 'next' of Node is String, which cannot carry C type \"Node*\"; accepted: Node,"
                + " MemorySegment")
        .inFile(f)
        .onLineContaining("\"Node*\"");
  }

  @Test
  void aStructByValueCannotGoThroughVarargs() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            interface Lib {
              @Struct record Point(double x, double y) {}

              @Symbol(parameters = {"string", "...",
                  "Point"}, result = "i32")
              int printf(String format, Point p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI040] parameter 2 of Lib.printf: a struct passed by value cannot go through C's \"...\" in ffibind;"
                + " pass a pointer (\"Point*\")")
        .inFile(f)
        .onLineContaining("\"Point\"}");
  }

  @Test
  void aFlexibleArrayMemberCannotBeCopiedByValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct record Msg(int n, @Field("u8[n]") byte[] data) {}

              @Struct record Envelope(int id,
                  Msg msg) {}

              @Symbol(parameters = {
                  "Msg"})
              void send(Msg m);

              @Symbol(parameters = "Msg*")
              void sendPointer(Msg m);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI041] parameter 1 of Lib.send: struct Msg ends in a flexible array member ('data'), so C cannot"
                + " copy it by value or make arrays of it; use a pointer to one (\"Msg*\")")
        .inFile(f)
        .onLineContaining("\"Msg\"}");
    assertThat(c)
        .hadErrorContaining("[FFI041] field 'msg' of Lib.Envelope: struct Msg ends in a flexible array member")
        .inFile(f)
        .onLineContaining("Msg msg");
  }

  @Test
  void noArraysOfStructsWithAFlexibleArrayMember() {
    JavaFileObject f =
        source(
            "Node",
            """
            @Struct
            record Node(int n,
                @Field("Node[n]*") Node[] kids,
                @Field("i16[n]") short[] data) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI041] field 'kids' of Node: struct Node ends in a flexible array member ('data')")
        .inFile(f)
        .onLineContaining("\"Node[n]*\"");
  }

  @Test
  void aFlexibleArrayMemberMustBeLast() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            interface Shapes {
              @Struct record Msg(int n,
                  @Field("u8[n]") byte[] data, int crc) {}

              @Union record U(int n,
                  @Field("u8[n]") byte[] data) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI042] field 'data' of Shapes.Msg is a flexible array member (\"u8[n]\"): only the last field of a"
                + " struct can be one, and a union has none")
        .inFile(f)
        .onLineContaining("byte[] data, int crc");
    assertThat(c).hadErrorContaining("[FFI042] field 'data' of Shapes.U is a flexible array member");
  }

  @Test
  void aUnionNeverFollowsPointers() {
    JavaFileObject f =
        source(
            "Value",
            """
            @Union
            record Value(long i,
                String s) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI043] member 's' of union Value is \"string\" read as String: a union does not say which member C"
                + " wrote, so ffibind never follows a member's pointer; declare it \"pointer\" (MemorySegment)")
        .inFile(f)
        .onLineContaining("String s");
  }

  @Test
  void anEmptyRecord() {
    JavaFileObject f = source("Empty", "@Struct\nrecord Empty() {}\n");
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI044] struct Empty has no components, and C has no empty structs: declare its fields as record"
                + " components")
        .inFile(f)
        .onLineContaining("@Struct");
  }

  @Test
  void badAttributes() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            interface Shapes {
              @Struct(name = "i32") record A(int x) {}
              @Struct(name = "my point") record B(int x) {}
              @Struct(size = 0) record C(int x) {}
              @Struct(align = 3) record D(int x) {}
              @Struct @Union record E(int x) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining("[FFI045] @Struct on A: name = \"i32\" is already a type (\"i32\"): choose another name")
        .inFile(f)
        .onLineContaining("\"i32\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI045] @Struct on B: name = \"my point\" is not a name type strings can use: write a C identifier"
                + " such as \"point\"")
        .inFile(f)
        .onLineContaining("my point");
    assertThat(c)
        .hadErrorContaining("[FFI045] @Struct on C: size = 0 is not a possible size; write C's value, or leave it out")
        .inFile(f)
        .onLineContaining("size = 0");
    assertThat(c)
        .hadErrorContaining(
            "[FFI045] @Struct on D: align = 3 is not a possible alignment (a power of two); write C's value, or"
                + " leave it out")
        .inFile(f)
        .onLineContaining("align = 3");
    assertThat(c)
        .hadErrorContaining("[FFI045] @Union on E: a record is a struct or a union, not both; remove one annotation")
        .inFile(f)
        .onLineContaining("@Union record E");
  }

  @Test
  void recordsGeneratedCodeCannotUse() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            class Shapes {
              @Struct private record Hidden(int x) {}

              @Struct record Box<T>(int x) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI046] Hidden cannot be used by generated code: it is private; make it package-private or public")
        .inFile(f)
        .onLineContaining("Hidden");
    assertThat(c)
        .hadErrorContaining(
            "[FFI046] Box cannot be used by generated code: it has type parameters, and a C struct has one layout;"
                + " remove <T>")
        .inFile(f)
        .onLineContaining("Box<T>");
  }

  @Test
  void fieldOutsideAStruct() {
    JavaFileObject f =
        source(
            "Plain",
            """
            record Plain(
                @Field("i32") int x) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI047] @Field on component 'x' of Plain, which is not a @Struct or @Union record: annotate Plain with"
                + " @Struct")
        .inFile(f)
        .onLineContaining("@Field");
  }

  @Test
  void aPackedStructCannotBePassedByValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct(packed = true) record Packed(byte c, int i) {}

              @Symbol(parameters = "Packed*", result =
                  "Packed")
              Packed copy(Packed p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI048] result of Lib.copy: struct Packed is packed or holds a packed struct, and Panama passes only"
                + " naturally aligned structs by value; use a pointer (\"Packed*\")")
        .inFile(f)
        .onLineContaining("\"Packed\")");
  }

  @Test
  void aStructHoldingAPackedOneCannotBePassedByValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct(packed = true) record Packed(byte c, int i) {}

              @Struct record Outer(int id, Packed p) {}

              @Symbol(parameters = "Outer")
              void take(Outer o);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI048] parameter 1 of Lib.take: struct Outer is packed or holds a packed struct")
        .inFile(f)
        .onLineContaining("\"Outer\"");
  }

  @Test
  void structTypesInSymbolsTakeTheirJavaTypes() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("m")
            interface Lib {
              @Struct record Point(double x, double y) {}

              @Symbol(parameters = {"Point", "Point*", "const Point*", "Point[]", "Point[n]", "i32"},
                  result = "Point")
              Point all(Point a, Point[] b, Point c, Point[] d, MemorySegment e, int n);

              @Symbol(parameters = {"Point", "Point*"}, result = "Point*")
              MemorySegment segments(MemorySegment a, MemorySegment b);

              @Symbol(parameters = "i32", result = "Point[n]")
              Point[] many(int n);

              @Symbol(parameters = "Point*", result = "Point*")
              Point pointer(Point p);

              @Symbol(parameters = "const struct Point *", result = "struct Point")
              Point keyword(Point p);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void aLengthParameterThatIsAStruct() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct record Point(double x, double y) {}

              @Symbol(parameters = {"Point[n]", "Point*"})
              void f(Point[] ps, Point n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI022] \"Point[n]\" in Lib.f takes its length from parameter 'n', which is \"Point*\" (Lib.Point): a"
                + " length must be an integer parameter")
        .inFile(f)
        .onLineContaining("\"Point[n]\"");
  }

  @Test
  void wrongJavaTypesForStructTypes() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Struct record Point(double x, double y) {}

              @Symbol(parameters = "Point[]", result = "f64")
              double sum(Point p);

              @Symbol(parameters = "i32", result = "Point[]")
              Point[] many(int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'p' of Lib.sum is Lib.Point, which cannot carry C type \"Point[]\"; accepted:"
                + " Lib.Point[], MemorySegment")
        .inFile(f)
        .onLineContaining("Point p");
    assertThat(c)
        .hadErrorContaining("[FFI020] result \"Point[]\" of Lib.many has no length")
        .inFile(f)
        .onLineContaining("\"Point[]\")");
  }
}
