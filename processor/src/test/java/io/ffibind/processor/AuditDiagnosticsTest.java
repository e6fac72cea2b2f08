package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Black-box audit of the compile-time checks issues 6 and 7 list, written as a new user makes the
 * mistakes: each is an error with its id, on the line of the mistake, and never a processor crash.
 */
class AuditDiagnosticsTest {

  private static void assertError(String body, String id, String fragment, String line) {
    JavaFileObject f = source("Lib", body);
    Compilation c = compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[" + id + "]").inFile(f).onLineContaining(line);
    assertThat(c).hadErrorContaining(fragment).inFile(f).onLineContaining(line);
  }

  private static final String HEAD = "@NativeLibrary(\"m\")\ninterface Lib {\n";

  @Test
  void structContainingItselfThroughAnother() {
    assertError(HEAD + """
          @Struct record A(int x, B b) {}
          @Struct record B(double y, A a) {}
        }
        """, "FFI033", "A", "record A");
  }

  @Test
  void misspelledStructNameInASymbol() {
    assertError(HEAD + """
          @Struct record Point(double x, double y) {}
          @Symbol(parameters = "Piont*", result = "f64")
          double len(java.lang.foreign.MemorySegment p);
        }
        """, "FFI010", "unknown type \"Piont\": did you mean \"Point\"?", "\"Piont*\"");
  }

  @Test
  void twoRecordsClaimingOneName() {
    assertError(HEAD + """
          @Struct(name = "pt") record P1(double x) {}
          @Struct(name = "pt") record P2(float x) {}
          @Symbol(parameters = "pt*")
          void f(java.lang.foreign.MemorySegment p);
        }
        """, "FFI032", "pt", "\"pt*\"");
  }

  @Test
  void structByValueInTheVariadicPart() {
    assertError(HEAD + """
          @Struct record Point(double x, double y) {}
          @Symbol(parameters = {"string", "...", "Point"}, result = "i32")
          int printf(String format, Point p);
        }
        """, "FFI040", "Point", "\"...\", \"Point\"");
  }

  @Test
  void lengthFieldThatIsNotAnInteger() {
    assertError(HEAD + """
          @Struct record Values(@Field("f64[label]*") double[] values, String label) {}
        }
        """, "FFI036", "must be an integer field", "f64[label]*");
  }

  @Test
  void inlineArrayWithoutASize() {
    assertError(HEAD + """
          @Struct record Values(@Field("i32[]") int[] values) {}
        }
        """, "FFI034", "values", "i32[]");
  }

  @Test
  void statedAlignmentThatDiffers() {
    assertError(HEAD + """
          @Struct(align = 4) record Pair(int a, long b) {}
        }
        """, "FFI038", "aligned to 8: offsets a at 0 (4 bytes), b at 8 (8 bytes)", "align = 4");
  }

  @Test
  void componentThatCannotCarryItsField() {
    assertError(HEAD + """
          @Struct record Pair(@Field("f64") int a) {}
        }
        """, "FFI039", "'a'", "\"f64\"");
  }

  @Test
  void flexibleArrayMemberByValue() {
    assertError(HEAD + """
          @Struct record Flex(int n, @Field("i16[n]") short[] data) {}
          @Symbol(parameters = "Flex")
          void f(Flex f);
        }
        """, "FFI041", "Flex", "parameters = \"Flex\"");
  }

  @Test
  void callbackOnAClass() {
    assertError(HEAD + """
          @Callback(parameters = "i32", result = "i32")
          abstract class Op { abstract int apply(int v); }
        }
        """, "FFI050", "Op", "@Callback");
  }

  @Test
  void callbackWithTwoAbstractMethods() {
    assertError(HEAD + """
          @Callback(parameters = "i32", result = "i32")
          interface Op { int apply(int v); int other(int v); }
        }
        """, "FFI051", "2 abstract methods", "@Callback");
  }

  @Test
  void callbackWhoseArityDiffers() {
    assertError(HEAD + """
          @Callback(parameters = {"i32", "i32"}, result = "i32")
          interface Op {
            int apply(int v);
          }
        }
        """, "FFI054", "declares 2 C parameters", "@Callback");
  }

  @Test
  void callbackReturningAString() {
    assertError(HEAD + """
          @Callback(parameters = "i32", result = "string")
          interface Op { String apply(int v); }
        }
        """, "FFI056", "string", "result = \"string\"");
  }

  @Test
  void functionParameterOfAnotherJavaType() {
    assertError(HEAD + """
          @Symbol(parameters = "function")
          void f(Runnable r);
        }
        """, "FFI013", "Runnable", "void f(Runnable r)");
  }

  @Test
  void structNamesResolveThroughThePackage() {
    JavaFileObject shapes = source("Shapes", """
        final class Shapes {
          @Struct record Vec(double x, double y) {}
        }
        """);
    JavaFileObject top = source("Size", "@Struct record Size(double w, double h) {}\n");
    JavaFileObject lib = source("Lib", """
        @NativeLibrary("m")
        interface Lib {
          @Symbol(parameters = {"Vec*", "const Size[n]", "i32"}, result = "f64")
          double f(java.lang.foreign.MemorySegment v, java.lang.foreign.MemorySegment sizes, int n);

          @Callback(parameters = "const Vec*", result = "f64")
          interface Len { double apply(java.lang.foreign.MemorySegment v); }
        }
        """);
    assertThat(compile(shapes, top, lib)).succeededWithoutWarnings();
  }
}
