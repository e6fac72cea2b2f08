package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One method against its own {@code @Symbol}: arity, Java types against C types, results, charsets,
 * {@code @FreeResult}, type parameters, and that every mistake of a method or an interface is
 * reported in the same compile.
 */
class SignatureDiagnosticsTest {

  @Test
  void fewerTypeStringsThanJavaParameters() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "f64"
                  },
                  result = "f64")
              double pow(double base, double exponent);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI012] Lib.pow declares 1 C parameter in @Symbol(parameters) but has 2 Java parameters:"
                + " give one type string per Java parameter")
        .inFile(f)
        .onLineContaining("parameters = {");
  }

  @Test
  void moreTypeStringsThanJavaParameters() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"f64", "f64"}, result = "f64")
              double sqrt(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI012] Lib.sqrt declares 2 C parameters in @Symbol(parameters) but has 1 Java parameter:")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void omittedParametersMeanNone() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(result = "f64")
              double sqrt(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI012] Lib.sqrt declares 0 C parameters in @Symbol(parameters) but has 1 Java parameter:")
        .inFile(f)
        .onLineContaining("@Symbol(result = \"f64\")");
  }

  @Test
  void wrongJavaParameterTypeListsTheAcceptedTypes() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"u16", "i32"}, result = "i32")
              int f(
                  boolean flag,
                  int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'flag' of Lib.f is boolean, which cannot carry C type \"u16\";"
                + " accepted: short, char, int, long")
        .inFile(f)
        .onLineContaining("boolean flag");
  }

  @Test
  void bufferParameterListsEveryAcceptedType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"buffer", "usize"})
              void fill(
                  String data,
                  long n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'data' of Lib.fill is String, which cannot carry C type \"buffer\";"
                + " accepted: byte[], short[], char[], int[], long[], float[], double[],"
                + " MemorySegment, ByteBuffer")
        .inFile(f)
        .onLineContaining("String data");
  }

  @Test
  void wideningIsNotImplicitForSignedTypes() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"i32"}, result = "i64")
              long f(
                  long x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'x' of Lib.f is long, which cannot carry C type \"i32\"; accepted: int")
        .inFile(f)
        .onLineContaining("long x");
  }

  @Test
  void wrongResultTypeIsReportedOnTheResultString() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"f64"},
                  result =
                      "f64")
              float cos(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI014] Lib.cos returns float, which cannot carry C result \"f64\"; accepted: double")
        .inFile(f)
        .onLineContaining("\"f64\")");
  }

  @Test
  void omittedResultMeansVoid() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"i32"})
              int f(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI014] Lib.f returns int, which cannot carry C result \"void\"; accepted: void")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void bufferResultIsOnlyAMemorySegment() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"usize"},
                  result =
                      "buffer[16]")
              byte[] alloc(long n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI014] Lib.alloc returns byte[], which cannot carry C result \"buffer[16]\";"
                + " accepted: MemorySegment")
        .inFile(f)
        .onLineContaining("\"buffer[16]\"");
  }

  @Test
  void freeResultOnANumberIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @FreeResult
              @Symbol(parameters = {"i32"}, result = "i32")
              int abs(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI023] @FreeResult on Lib.abs, whose result \"i32\" is not memory C allocated:")
        .inFile(f)
        .onLineContaining("@FreeResult");
  }

  @Test
  void freeResultOnAStringReturnedAsSegmentIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @FreeResult("g_free")
              @Symbol(parameters = {"string"}, result = "string")
              MemorySegment strdup(String s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI023] @FreeResult on Lib.strdup, whose result \"string\" is returned as MemorySegment,"
                + " which is never copied:")
        .inFile(f)
        .onLineContaining("@FreeResult(\"g_free\")");
  }

  @Test
  void freeResultWithoutAFunctionNameIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @FreeResult("")
              @Symbol(parameters = {"string"}, result = "string")
              String strdup(String s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI026] @FreeResult on Lib.strdup names \"\", which is not a C function name")
        .inFile(f)
        .onLineContaining("@FreeResult(\"\")");
  }

  @Test
  void parameterNamesStartingWithDollarAreReserved() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string", "string"}, result = "i32")
              int strcmp(String s,
                  String $s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI008] parameter '$s' of Lib.strcmp starts with '$', which ffibind reserves for generated"
                + " code: rename it")
        .inFile(f)
        .onLineContaining("String $s");
  }

  @Test
  void constResultIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"i32"},
                  result =
                      "const i32[4]")
              int[] f(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI024] result \"const i32[4]\" of Lib.f is const: const only applies to memory C reads"
                + " from parameters; drop it")
        .inFile(f)
        .onLineContaining("\"const i32[4]\"");
  }

  @Test
  void constBufferResultIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("m")
            interface Lib {
              @Symbol(result = "const buffer")
              MemorySegment f();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI024] result \"const buffer\" of Lib.f is const:")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void outParameterAsResultIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"i32"},
                  result =
                      "i32*")
              int[] f(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI025] result \"i32*\" of Lib.f: an out-parameter type (with *) can only be a parameter;"
                + " return \"pointer\" instead")
        .inFile(f)
        .onLineContaining("\"i32*\"");
  }

  @Test
  void unsupportedSymbolCharsetIsReportedOnItsValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            interface Lib {
              @Symbol(
                  parameters = {"string"},
                  result = "i32",
                  charset =
                      "EBCDIC")
              int puts(String s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI018] unsupported charset \"EBCDIC\" on Lib.puts: use one of UTF-8, UTF-16LE,"
                + " UTF-16BE, UTF-32LE, UTF-32BE, ISO-8859-1, US-ASCII")
        .inFile(f)
        .onLineContaining("\"EBCDIC\"");
  }

  @Test
  void unsupportedLibraryCharsetIsReportedOnceOnItsValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary(
                value = "c",
                charset =
                    "KOI8-R")
            interface Lib {
              @Symbol(parameters = {"string"}, result = "i32")
              int puts(String s);

              @Symbol(parameters = {"string"}, result = "usize")
              long strlen(String s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI018] unsupported charset \"KOI8-R\" on Lib: use one of UTF-8,")
        .inFile(f)
        .onLineContaining("\"KOI8-R\"");
  }

  @Test
  void charsetAliasesAreAccepted() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary(value = "c", charset = "latin1")
            interface Lib {
              @Symbol(parameters = {"string"}, result = "i32")
              int puts(String s);

              @Symbol(parameters = {"string"}, result = "usize", charset = "utf_16le")
              long wcslen(String s);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void abstractMethodWithoutSymbolIsReportedOnTheMethod() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"f64"}, result = "f64")
              double sin(double x);

              double cos(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI004] abstract method Lib.cos has no @Symbol: annotate it with @Symbol(parameters ="
                + " {...}, result = \"...\") or give it a default body")
        .inFile(f)
        .onLineContaining("double cos(double x);");
  }

  @Test
  void genericMethodIsReportedOnItsTypeParameter() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"f64"}, result = "f64")
              <T extends Number>
              double sin(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI007] method Lib.sin has type parameters: a C function has one signature; remove <T>")
        .inFile(f)
        .onLineContaining("<T extends Number>");
  }

  @Test
  void twoIndependentErrorsInOneMethodAreBothReported() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "f64",
                    "i23"
                  },
                  result = "f64")
              int f(
                  double x,
                  int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 2 of Lib.f: unknown type \"i23\"")
        .inFile(f)
        .onLineContaining("\"i23\"");
    assertThat(c)
        .hadErrorContaining("[FFI014] Lib.f returns int, which cannot carry C result \"f64\"")
        .inFile(f)
        .onLineContaining("result = \"f64\"");
  }

  @Test
  void typeAndLengthErrorsOfOneMethodAreBothReported() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32[count]",
                    "usize"
                  })
              void f(
                  long[] values,
                  long n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI013] parameter 'values' of Lib.f is long[], which cannot carry C type \"i32[count]\"")
        .inFile(f)
        .onLineContaining("long[] values");
    assertThat(c)
        .hadErrorContaining("[FFI021] \"i32[count]\" in Lib.f names parameter 'count', which does not exist")
        .inFile(f)
        .onLineContaining("\"i32[count]\"");
  }

  @Test
  void everyBadMethodOfAnInterfaceIsReportedInOneCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"f64"}, result = "f64")
              double sin(
                  float x);

              @Symbol(parameters = {"f64"}, result = "f64")
              double cos(double x);

              @Symbol(
                  parameters = {
                    "f46"
                  },
                  result = "f64")
              double tan(double x);

              double atan(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[FFI013] parameter 'x' of Lib.sin").inFile(f).onLineContaining("float x");
    assertThat(c).hadErrorContaining("[FFI010] parameter 1 of Lib.tan").inFile(f).onLineContaining("\"f46\"");
    assertThat(c).hadErrorContaining("[FFI004] abstract method Lib.atan").inFile(f).onLineContaining("atan");
  }
}
