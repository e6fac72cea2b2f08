package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Array and buffer lengths: results that need one (FFI020) and {@code [param]} references (FFI021, FFI022). */
class LengthDiagnosticsTest {

  @Test
  void arrayResultWithoutLengthIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"i32"},
                  result =
                      "i32[]")
              int[] range(int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI020] result \"i32[]\" of Lib.range has no length, so the generated code cannot know"
                + " how much to copy: write \"i32[n]\" with a constant or a parameter name, or return"
                + " MemorySegment")
        .inFile(f)
        .onLineContaining("\"i32[]\"");
  }

  @Test
  void arrayResultWithoutLengthIsFineAsASegment() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"i32"}, result = "i32[]")
              MemorySegment range(int n);

              @Symbol(name = "range", parameters = {"i32"}, result = "i32[n]")
              int[] rangeCopy(int n);

              @Symbol(name = "range4", result = "string[4]")
              String[] four();
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void missingLengthParameterSuggestsTheClosestName() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "u8[lenght]",
                    "usize"
                  })
              void write(byte[] data, long length);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI021] \"u8[lenght]\" in Lib.write names parameter 'lenght', which does not exist:"
                + " did you mean 'length'?")
        .inFile(f)
        .onLineContaining("\"u8[lenght]\"");
  }

  @Test
  void missingLengthParameterWithNoCloseNameListsTheParameters() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "f64[count]",
                    "usize"
                  })
              void sum(double[] values, long n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI021] \"f64[count]\" in Lib.sum names parameter 'count', which does not exist:"
                + " parameters are values, n")
        .inFile(f)
        .onLineContaining("\"f64[count]\"");
  }

  @Test
  void resultLengthFromAParameterOfANoArgumentMethod() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  result =
                      "i32[n]")
              int[] f();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI021] \"i32[n]\" in Lib.f names parameter 'n', which does not exist")
        .inFile(f)
        .onLineContaining("\"i32[n]\"");
  }

  @Test
  void bufferLengthParameterMustExist() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            interface Lib {
              @Symbol(
                  parameters = {
                    "buffer[size]",
                    "usize"
                  })
              void zero(byte[] b, long sz);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI021] \"buffer[size]\" in Lib.zero names parameter 'size', which does not exist:"
                + " did you mean 'sz'?")
        .inFile(f)
        .onLineContaining("\"buffer[size]\"");
  }

  @Test
  void lengthParameterMustBeAnInteger() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "f64[scale]",
                    "f64"
                  })
              void f(double[] values, double scale);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI022] \"f64[scale]\" in Lib.f takes its length from parameter 'scale', which is"
                + " \"f64\" (double): a length must be an integer parameter")
        .inFile(f)
        .onLineContaining("\"f64[scale]\"");
  }

  @Test
  void lengthParameterMustBeAnIntegerInC() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"pointer"},
                  result =
                      "u8[p]")
              byte[] f(MemorySegment p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI022] \"u8[p]\" in Lib.f takes its length from parameter 'p', which is \"pointer\""
                + " (MemorySegment): a length must be an integer parameter")
        .inFile(f)
        .onLineContaining("\"u8[p]\"");
  }

  @Test
  void lengthFromAParameterWithoutTypeStringOnlyReportsTheArity() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"u8[n]", "u32"}, result = "i32[count]")
              int[] f(byte[] data, int n, int count);
            }
            """);
    Compilation c = compile(f);
    // count has no type string: the arity error says so; a length error would only be noise.
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI012] Lib.f declares 2 C parameters");
  }

  @Test
  void lengthsFromDeclaredIntegerParametersCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"u8[n]", "u32", "i16"}, result = "i32[count]")
              int[] f(byte[] data, long n, short count);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }
}
