package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Type strings the parser rejects (FFI010) and {@code void} parameters (FFI011). Each error must
 * point at the offending string itself, so every array element sits on a line of its own.
 */
class TypeStringDiagnosticsTest {

  @Test
  void unknownTypeSuggestsTheClosestName() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32",
                    "i23"
                  },
                  result = "i32")
              int f(int a, int b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 2 of Lib.f: unknown type \"i23\": did you mean \"i32\"?")
        .inFile(f)
        .onLineContaining("\"i23\"");
  }

  @Test
  void unknownResultTypeIsReportedOnTheResultValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {"f64"},
                  result =
                      "f46")
              double f(double a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] result of Lib.f: unknown type \"f46\": did you mean \"f64\"?")
        .inFile(f)
        .onLineContaining("\"f46\"");
  }

  @Test
  void cIntegerNamesAskForASizedName() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "int"
                  },
                  result = "i32")
              int abs(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.abs: unknown type \"int\": use a sized name such as \"i32\"")
        .inFile(f)
        .onLineContaining("\"int\"");
  }

  @Test
  void nameFarFromEveryTypeListsTheKnownTypes() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "quaternion"
                  })
              void f(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: unknown type \"quaternion\": known types are void, bool,")
        .inFile(f)
        .onLineContaining("\"quaternion\"");
  }

  @Test
  void malformedTypeStringExplainsTheGrammar() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32",
                    "i32[[2]"
                  })
              void f(int a, int[] b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 2 of Lib.f: \"i32[[2]\" is not a type string: write a name such as"
                + " \"i32\", optionally followed by [] / [n] / [param]")
        .inFile(f)
        .onLineContaining("\"i32[[2]\"");
  }

  @Test
  void singleValueWithoutBracesIsReportedOnThatValue() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters =
                      "u3",
                  result = "void")
              void f(int a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 1 of Lib.f: unknown type \"u3\": did you mean \"u8\"?")
        .inFile(f)
        .onLineContaining("\"u3\"");
  }

  @Test
  void constOnAScalarIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "const i32"
                  },
                  result = "i32")
              int f(int a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: \"const\" applies to memory C reads through a pointer"
                + " (buffer, arrays): \"const i32\" is a value; drop \"const\"")
        .inFile(f)
        .onLineContaining("\"const i32\"");
  }

  @Test
  void arraysOfBoolAreRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "bool[]",
                    "usize"
                  })
              void f(boolean[] flags, long n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: \"bool[]\": arrays hold numbers, pointers or strings, not bool")
        .inFile(f)
        .onLineContaining("\"bool[]\"");
  }

  @Test
  void outParameterOfABufferIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "buffer*"
                  })
              void f(byte[] b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: \"buffer*\": an out-parameter points to a number, pointer"
                + " or string; use \"pointer\" for other pointers")
        .inFile(f)
        .onLineContaining("\"buffer*\"");
  }

  @Test
  void lengthThatIsNeitherCountNorNameIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32[4x]"
                  })
              void f(int[] a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: \"i32[4x]\": a length is a count such as [16] or the name"
                + " of an integer parameter such as [len]")
        .inFile(f)
        .onLineContaining("\"i32[4x]\"");
  }

  @Test
  void lengthTooLargeForALongIsRejected() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32[99999999999999999999]"
                  })
              void f(int[] a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI010] parameter 1 of Lib.f: \"i32[99999999999999999999]\": a length is a count such as"
                + " [16] or the name of an integer parameter such as [len]")
        .inFile(f)
        .onLineContaining("\"i32[99999999999999999999]\"");
  }

  @Test
  void voidParameterIsReportedOnItsString() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i32",
                    "void"
                  },
                  result = "i32")
              int f(int a, int b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI011] parameter 2 of Lib.f is declared \"void\": void is only a result type;"
                + " remove it from parameters")
        .inFile(f)
        .onLineContaining("\"void\"");
  }

  @Test
  void everyBadStringOfOneMethodIsReported() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(
                  parameters = {
                    "i23",
                    "dobule"
                  },
                  result = "vod")
              void f(int a, double b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 1 of Lib.f: unknown type \"i23\"")
        .inFile(f)
        .onLineContaining("\"i23\"");
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 2 of Lib.f: unknown type \"dobule\": did you mean \"double\"?")
        .inFile(f)
        .onLineContaining("\"dobule\"");
    assertThat(c)
        .hadErrorContaining("[FFI010] result of Lib.f: unknown type \"vod\": did you mean \"void\"?")
        .inFile(f)
        .onLineContaining("\"vod\"");
  }
}
