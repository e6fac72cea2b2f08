package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Verifications.compile;
import static io.ffibind.processor.Verifications.fixtures;
import static io.ffibind.processor.Verifications.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The README's "Checking against the real library" examples, word for word, against libgeometry.so
 * (fixtures-c/src/readme/geometry.c built with -g): the failing declarations with their messages, then
 * the passing ones.
 */
@EnabledOnOs(OS.LINUX)
class ReadmeVerificationDiagnosticsTest {
  private static JavaFileObject geometry(String body) {
    return JavaFileObjects.forSourceString(
        "Geometry", "import io.ffibind.NativeLibrary;\nimport io.ffibind.Symbol;\n\n" + body);
  }

  @Test
  void failingExample() {
    JavaFileObject f =
        geometry(
            """
            @NativeLibrary("geometry")
            public interface Geometry {
              @Symbol(parameters = {"i32", "i32"}, result = "i32")
              int add_i64(int a, int b);
            }
            """);
    Compilation c = compile(fixtures().toString(), f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Geometry.add_i64: declared (i32, i32) -> i32, but libgeometry.so defines int64_t add_i64(int64_t"
                + " a, int64_t b): parameter 1 (a) is int64_t, an 8-byte signed integer, but \"i32\" is a 4-byte signed"
                + " integer: write \"i64\"; parameter 2 (b) is int64_t, an 8-byte signed integer, but \"i32\" is a"
                + " 4-byte signed integer: write \"i64\"; the result is int64_t, an 8-byte signed integer, but \"i32\""
                + " is a 4-byte signed integer: write \"i64\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void passingExample() {
    JavaFileObject f =
        geometry(
            """
            @NativeLibrary("geometry")
            public interface Geometry {
              @Symbol(parameters = {"i64", "i64"}, result = "i64")
              long add_i64(long a, long b);

              @Symbol(parameters = {"f64", "f32"}, result = "f64")
              double scale(double x, float factor);
            }
            """);
    Compilation c = compile(fixtures().toString(), f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), notes(c));
  }

  private static JavaFileObject drawing(String body) {
    return JavaFileObjects.forSourceString(
        "Drawing",
        "import io.ffibind.*;\nimport java.lang.foreign.MemorySegment;\nimport java.lang.foreign.SegmentAllocator;\n\n"
            + body);
  }

  @Test
  void failingGlobalsAndStructs() {
    JavaFileObject f =
        drawing(
            """
            @NativeLibrary("geometry")
            public interface Drawing {
              @Struct(name = "point") record Point(float x, float y) {} // C's are doubles
              @Struct(name = "label") record Label(String text, int size) {}

              @Global(type = "point") Point origin();
              @Global(type = "label[4]") Label[] corners(); // C's corners are points
              @Global(type = "i32") void version(int value); // const int32_t version
            }
            """);
    Compilation c = compile(fixtures().toString(), f);
    assertThat(c).hadErrorCount(4);
    assertThat(c)
        .hadErrorContaining(
            "[FFI089] struct point (record Drawing.Point) does not match C's point (a typedef of an unnamed struct)"
                + " in the debug information of libgeometry.so: field 'x' is 4 bytes, but C's is 8; field 'y' is at"
                + " offset 4, but C's is at 8; field 'y' is 4 bytes, but C's is 8; the size is 8 bytes, but C's is 16")
        .inFile(f)
        .onLineContaining("@Struct(name = \"point\")");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Drawing.origin: declared global \"point\", but libgeometry.so defines point origin: it is point,"
                + " 16 bytes, but \"point\" is struct point, 8 bytes")
        .inFile(f)
        .onLineContaining("Point origin();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Drawing.corners: declared global \"label[4]\", but libgeometry.so defines point corners[4]: its"
                + " elements are point, whose layout is not struct label's: field 'size' (C's 'y') is 4 bytes, but"
                + " C's is 8")
        .inFile(f)
        .onLineContaining("Label[] corners();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI090] Drawing.version writes C global 'version', which "
                + fixtures().toAbsolutePath().normalize().resolve("libgeometry.so")
                + " keeps in read-only memory (section .rodata): C declares it const, and writing it crashes the"
                + " process; remove the setter")
        .inFile(f)
        .onLineContaining("void version(int value);");
  }

  @Test
  void passingGlobalsAndStructs() {
    JavaFileObject f =
        drawing(
            """
            @NativeLibrary("geometry")
            public interface Drawing {
              @Struct(name = "point") record Point(double x, double y) {}
              @Struct(name = "label") record Label(String text, int size) {}

              @Global(type = "point") Point origin();                           // a copy of the struct
              @Global(name = "origin", type = "point") void origin(Point value); // written whole
              @Global(name = "origin", type = "point") MemorySegment originStorage(); // 16 bytes at &origin

              @Global(type = "point[4]") Point[] corners();
              @Global(name = "corners", type = "point[4]") void corners(Point[] value); // exactly 4 points

              @Global(type = "label") Label title();
              // a label points to its text: the setter takes the allocator the text is copied into
              @Global(name = "title", type = "label") void title(Label value, SegmentAllocator allocator);

              @Global(type = "i32") int version(); // const in C: read only
            }
            """);
    Compilation c = compile(fixtures().toString(), f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), notes(c));
  }
}
