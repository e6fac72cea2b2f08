package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Global} with a struct or union type: what compiles and what it generates, a setter for a
 * struct that points to other memory without an allocator (FFI076), the types a struct variable
 * cannot have (FFI071), const arrays of structs (FFI074), Java types (FFI070) and struct names
 * (FFI010, FFI032).
 */
class GlobalStructDiagnosticsTest {
  private static final String RECORDS =
      """
        @Struct record Point(int x, int y) {}
        @Union record Num(long i, double d) {}
        @Struct record Person(String name, int age, @Field("Person*") Person parent) {}
        @Struct record Raw(@Field("pointer") MemorySegment name, int age) {}
        @Struct record Flex(int n, @Field("i16[n]") short[] data) {}
      """;

  private static JavaFileObject lib(String methods) {
    return source(
        "Lib",
        "import java.lang.foreign.MemorySegment;\nimport java.lang.foreign.SegmentAllocator;\n\n"
            + "@NativeLibrary(\"\")\ninterface Lib {\n" + RECORDS + methods + "}\n");
  }

  @Test
  void structGlobalsCompileCleanly() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "Point") Point origin();
              @Global(name = "origin", type = "Point") void origin(Point value);
              @Global(name = "origin", type = "struct Point") MemorySegment originStorage();
              @Global(type = "Num") Num number();
              @Global(name = "number", type = "union Num") void number(Num value);
              @Global(type = "Point[4]") Point[] corners();
              @Global(name = "corners", type = "Point[4]") void corners(Point[] value);
              @Global(name = "corners", type = "Point[4]") MemorySegment cornersStorage();
              @Global(type = "const Point[2]") Point[] fixed();
              @Global(type = "Person") Person owner();
              @Global(name = "owner", type = "Person") void owner(Person value, SegmentAllocator arena);
              @Global(type = "Person[2]") void pair(Person[] value, SegmentAllocator arena);
              @Global(type = "Raw") void raw(Raw value);
              @Global(type = "Point", optional = true) Point maybe();
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    var generated = assertThat(c).generatedSourceFile("test.Ffibind_Lib").contentsAsUtf8String();
    generated.contains("$binding.global(\"origin\", Ffibind_Lib_Point.SIZE)");
    generated.contains("$binding.global(\"corners\", Ffibind_Lib_Point.SIZE * 4L)");
    generated.contains("$binding.optionalGlobal(\"maybe\", Ffibind_Lib_Point.SIZE)");
    generated.contains("return Ffibind_Lib_Point.read(origin$global);");
    generated.contains("return Ffibind_Lib_Point.readArray(corners$global, 4L);");
    generated.contains(
        "Globals.writeStruct(Ffibind_Lib_Point.$CODEC, origin$global, value, \"argument 'value' of Lib.origin\");");
    generated.contains(
        "Globals.writeStructs(Ffibind_Lib_Point.$CODEC, corners$global, value, \"argument 'value' of Lib.corners\");");
    generated.contains(
        "Globals.writeStruct(Ffibind_Lib_Person.$CODEC, owner$global, value, arena, \"argument 'value' of Lib.owner\");");
    generated.contains("Reads C global {@code struct Point origin}.");
    generated.contains("Reads C global {@code const struct Point fixed[2]}.");
    generated.contains("The storage of C global {@code struct Point corners[4]}: 32 bytes at its address.");
  }

  @Test
  void aStructThatPointsToMemoryIsWrittenWithAnAllocator() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "Person")
              void owner(Person value);

              @Global(name = "owners", type = "Person[2]")
              void owners(Person[] value, MemorySegment where);
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI076] Lib.owner writes global 'owner' of type \"Person\", whose fields point to memory outside the"
                + " struct (name, parent): that memory must stay valid for as long as C may read the global, so the"
                + " setter takes the allocator it comes from: declare 'void owner(Lib.Person value, SegmentAllocator"
                + " allocator)' and pass an arena that lives as long as the value stays in the global")
        .inFile(f)
        .onLineContaining("void owner(Person value);");
    assertThat(c)
        .hadErrorContaining("[FFI076] Lib.owners writes global 'owners' of type \"Person[2]\", whose fields point")
        .inFile(f)
        .onLineContaining("void owners(Person[] value, MemorySegment where);");
  }

  @Test
  void anAllocatorForAStructThatPointsToNothingIsOneParameterTooMany() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "Point")
              void origin(Point value, SegmentAllocator arena);
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI069] @Global method Lib.origin takes 2 parameters: read a global with a method that takes no"
                + " parameter and returns its value, write it with a void method of one parameter")
        .inFile(f)
        .onLineContaining("void origin(Point value, SegmentAllocator arena);");
  }

  @Test
  void typesAStructVariableCannotHave() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "Flex") MemorySegment a();
              @Global(type = "Point*") Point b();
              @Global(type = "Point[]") Point[] c();
              @Global(type = "Point[0]") Point[] d();
              @Global(type = "Flex[2]") MemorySegment e();
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(5);
    assertThat(c)
        .hadErrorContaining(
            "[FFI071] type \"Flex\" of global Lib.a: struct Flex ends in a flexible array member ('data'), so"
                + " ffibind cannot know how large the variable is; bind its storage with a type of fixed size such"
                + " as \"u8[N]\"")
        .inFile(f)
        .onLineContaining("\"Flex\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI071] type \"Point*\" of global Lib.b: an out-parameter type (with *) is only for parameters;"
                + " declare a pointer variable as \"pointer\"")
        .inFile(f)
        .onLineContaining("\"Point*\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI071] type \"Point[]\" of global Lib.c: an inline array needs a constant length, such as"
                + " \"Point[16]\"; declare a pointer variable as \"pointer\"")
        .inFile(f)
        .onLineContaining("\"Point[]\"");
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"Point[0]\" of global Lib.d: an inline array has 1 to")
        .inFile(f)
        .onLineContaining("\"Point[0]\"");
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"Flex[2]\" of global Lib.e: struct Flex ends in a flexible array member")
        .inFile(f)
        .onLineContaining("\"Flex[2]\"");
  }

  @Test
  void writingAConstArrayOfStructs() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "const Point[2]")
              void fixed(Point[] value);
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI074] Lib.fixed writes global 'fixed', declared \"const Point[2]\": C keeps const data in"
                + " read-only memory")
        .inFile(f)
        .onLineContaining("@Global(type = \"const Point[2]\")");
  }

  @Test
  void javaTypesOfStructGlobals() {
    JavaFileObject f =
        lib(
            """
              @Global(type = "Point") Point[] a();
              @Global(type = "Point") void b(MemorySegment value);
              @Global(type = "Point[2]") Point c();
              @Global(type = "Point[2]") void d(Point value);
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(4);
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] the result of Lib.a is Lib.Point[], which cannot carry C global type \"Point\"; accepted:"
                + " Lib.Point, MemorySegment (its storage)")
        .inFile(f)
        .onLineContaining("Point[] a();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] parameter 'value' of Lib.b is MemorySegment, which cannot carry C global type \"Point\";"
                + " accepted: Lib.Point")
        .inFile(f)
        .onLineContaining("void b(MemorySegment value);");
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] the result of Lib.c is Lib.Point, which cannot carry C global type \"Point[2]\"; accepted:"
                + " Lib.Point[], MemorySegment (its storage)")
        .inFile(f)
        .onLineContaining("Point c();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] parameter 'value' of Lib.d is Lib.Point, which cannot carry C global type \"Point[2]\";"
                + " accepted: Lib.Point[]")
        .inFile(f)
        .onLineContaining("void d(Point value);");
  }

  @Test
  void structNamesInGlobalTypes() {
    JavaFileObject f =
        lib(
            """
              @Struct(name = "Point") record Other(int x, int y) {}

              @Global(type = "Pont") Point a();
              @Global(type = "Point") Point b();
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI010] type of Lib.a: unknown type \"Pont\": did you mean \"Point\"?")
        .inFile(f)
        .onLineContaining("\"Pont\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI032] type of Lib.b: struct name \"Point\" is claimed by test.Lib.Other and test.Lib.Point: give"
                + " each a distinct name with @Struct(name = \"...\")")
        .inFile(f)
        .onLineContaining("@Global(type = \"Point\") Point b();");
  }

  @Test
  void aBrokenStructIsReportedAtItsRecordOnly() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Struct(size = 12) record Point(int x, int y) {}

              @Global(type = "Point") Point origin();

              @Global(type = "Point") void origin(Point value, java.lang.foreign.SegmentAllocator arena);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI037] struct Point states size = 12").inFile(f).onLineContaining("size = 12");
  }
}
