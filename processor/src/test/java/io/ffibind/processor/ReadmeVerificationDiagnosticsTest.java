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
 * The README's "Checking against the real library" example, word for word, against libgeometry.so
 * (fixtures-c/src/readme/geometry.c built with -g): the failing declaration with its message, then the
 * passing one.
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
}
