package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** C's {@code "..."} in a parameter list: where it may stand and what may follow it (FFI027). */
class VariadicDiagnosticsTest {

  @Test
  void floatAfterTheEllipsisMustBeDeclaredAsPromoted() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(
                  parameters = {
                    "buffer", "usize", "string", "...",
                    "f32"
                  },
                  result = "i32")
              int snprintf(byte[] b, long n, String format, float x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI027] variadic parameter 4 of Lib.snprintf: C promotes \"f32\" passed through \"...\" to"
                + " \"f64\"; declare it \"f64\"")
        .inFile(f)
        .onLineContaining("\"f32\"");
  }

  @Test
  void smallIntegersAfterTheEllipsisMustBeDeclaredAsInt() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string", "...", "i32", "u8"}, result = "i32")
              int printf(String format, int a, byte b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI027] variadic parameter 3 of Lib.printf: C promotes \"u8\"")
        .inFile(f)
        .onLineContaining("\"u8\"");
  }

  @Test
  void twoEllipsesAreRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(
                  parameters = {
                    "string", "...", "i32",
                    "..." // again
                  },
                  result = "i32")
              int printf(String format, int a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI027] parameter 4 of Lib.printf: \"...\" appears twice; C functions have one variadic"
                + " part, at the end")
        .inFile(f)
        .onLineContaining("// again");
  }

  @Test
  void ellipsisDoesNotCountAsAJavaParameter() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string", "...", "i32", "f64", "string", "pointer"}, result = "i32")
              int printf(String format, int a, double b, String c, java.lang.foreign.MemorySegment d);

              @Symbol(name = "printf", parameters = {"string", "..."}, result = "i32")
              int puts(String text);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("test.Ffibind_Lib")
        .contentsAsUtf8String()
        .contains("Linker.Option.firstVariadicArg(1)");
  }
}
