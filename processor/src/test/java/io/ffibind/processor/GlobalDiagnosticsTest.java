package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Global}: getters, setters and storage of C variables. The method's shape (FFI069), the
 * Java type against the C type (FFI070), the types a variable may have (FFI071), annotations that
 * only make sense on calls (FFI072), placement (FFI073), const variables (FFI074) and one type per
 * variable (FFI075).
 */
class GlobalDiagnosticsTest {

  @Test
  void twoParameters() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              void counter(int a, int b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI069] @Global method Lib.counter takes 2 parameters: read a global with a method that takes"
                + " no parameter and returns its value, write it with a void method of one parameter")
        .inFile(f)
        .onLineContaining("void counter(int a, int b);");
  }

  @Test
  void aResultAndAParameter() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              int counter(int value);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI069] @Global method Lib.counter returns int and takes a parameter:")
        .inFile(f)
        .onLineContaining("int counter(int value);");
  }

  @Test
  void voidAndNoParameter() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              void counter();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI069] @Global method Lib.counter returns void and takes no parameter:")
        .inFile(f)
        .onLineContaining("void counter();");
  }

  @Test
  void getterOfTheWrongJavaType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              long counter();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] the result of Lib.counter is long, which cannot carry C global type \"i32\"; accepted:"
                + " int, MemorySegment (its storage)")
        .inFile(f)
        .onLineContaining("@Global(type = \"i32\")");
  }

  @Test
  void setterOfTheWrongJavaType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(name = "gl_name", type = "string")
              void name(
                  String value);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] parameter 'value' of Lib.name is String, which cannot carry C global type \"string\";"
                + " accepted: MemorySegment")
        .inFile(f)
        .onLineContaining("String value");
  }

  @Test
  void arraysAreReadAsTheirJavaArray() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "u8[14]")
              int[] bytes();

              @Global(name = "names", type = "string[2]")
              void names(String[] values);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] the result of Lib.bytes is int[], which cannot carry C global type \"u8[14]\";"
                + " accepted: byte[], MemorySegment (its storage)");
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] parameter 'values' of Lib.names is String[], which cannot carry C global type"
                + " \"string[2]\"; accepted: MemorySegment[]");
  }

  @Test
  void typesAVariableCannotHave() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @Global(type = "void") MemorySegment a();
              @Global(type = "buffer") MemorySegment b();
              @Global(type = "i32[]") int[] c();
              @Global(type = "i32*") MemorySegment d();
              @Global(type = "i32[0]") int[] e();
              @Global(type = "i32[n]") int[] f();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(6);
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"void\" of global Lib.a: a variable cannot be void")
        .inFile(f)
        .onLineContaining("MemorySegment a()");
    assertThat(c)
        .hadErrorContaining(
            "[FFI071] type \"buffer\" of global Lib.b: \"buffer\" is a pointer parameter type; declare a"
                + " void * variable as \"pointer\", and an inline array of bytes as \"u8[N]\"")
        .inFile(f)
        .onLineContaining("MemorySegment b()");
    assertThat(c)
        .hadErrorContaining(
            "[FFI071] type \"i32[]\" of global Lib.c: an inline array needs a constant length, such as"
                + " \"i32[16]\"; declare a pointer variable as \"pointer\"")
        .inFile(f)
        .onLineContaining("int[] c()");
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"i32*\" of global Lib.d: an out-parameter type (with *) is only for")
        .inFile(f)
        .onLineContaining("MemorySegment d()");
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"i32[0]\" of global Lib.e: an inline array has 1 to")
        .inFile(f)
        .onLineContaining("int[] e()");
    assertThat(c)
        .hadErrorContaining("[FFI071] type \"i32[n]\" of global Lib.f: an inline array needs a constant length")
        .inFile(f)
        .onLineContaining("int[] f()");
  }

  @Test
  void unknownTypeStringsAreFfi010() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i23")
              int counter();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] type of Lib.counter: unknown type \"i23\": did you mean \"i32\"?")
        .inFile(f)
        .onLineContaining("@Global(type = \"i23\")");
  }

  @Test
  void errnoOnAGlobal() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              @Symbol(
                  errno = true)
              int counter();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI072] @Symbol(errno = true) on Lib.counter, which binds a C global with @Global: errno ="
                + " true captures errno around a function call, and reading or writing a global calls"
                + " nothing; set errno = true on the @Symbol of the function that sets errno")
        .inFile(f)
        .onLineContaining("errno = true");
  }

  @Test
  void otherCallAnnotationsOnAGlobal() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              @Symbol(result = "i32")
              int a();

              @Global(type = "i32")
              @Critical
              int b();

              @Global(type = "string")
              @FreeResult
              String c();

              @Global(type = "i32")
              @Symbol(nonblocking = true)
              int d();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(4);
    assertThat(c)
        .hadErrorContaining(
            "[FFI072] @Symbol on Lib.a, which binds a C global with @Global: a method binds either a"
                + " function (@Symbol) or a global (@Global); remove one")
        .inFile(f)
        .onLineContaining("@Symbol(result = \"i32\")");
    assertThat(c)
        .hadErrorContaining("[FFI072] @Critical on Lib.b, which binds a C global with @Global:")
        .inFile(f)
        .onLineContaining("@Critical");
    assertThat(c)
        .hadErrorContaining("[FFI072] @FreeResult on Lib.c, which binds a C global with @Global:")
        .inFile(f)
        .onLineContaining("@FreeResult");
    assertThat(c)
        .hadErrorContaining("[FFI072] @Symbol(nonblocking = true) on Lib.d, which binds a C global")
        .inFile(f)
        .onLineContaining("nonblocking = true");
  }

  @Test
  void globalOutsideALibrary() {
    JavaFileObject f =
        source(
            "Api",
            """
            interface Api {
              @Global(type = "i32")
              int counter();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI073] @Global on Api.counter: Api is not a @NativeLibrary interface: annotate it with"
                + " @NativeLibrary(\"name\")")
        .inFile(f)
        .onLineContaining("@Global");
  }

  @Test
  void globalOnADefaultMethod() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              default int counter() {
                return 0;
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI073] @Global on Lib.counter: only abstract methods are bound, and this one is default;"
                + " remove the body or the annotation")
        .inFile(f)
        .onLineContaining("@Global");
  }

  @Test
  void writingAConstArray() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(name = "bytes", type = "const u8[14]")
              byte[] bytes();

              @Global(type = "const u8[14]", name = "bytes")
              void bytes(byte[] value);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI074] Lib.bytes writes global 'bytes', declared \"const u8[14]\": C keeps const data in"
                + " read-only memory, so writing it is undefined behaviour (usually a crash); remove the"
                + " setter, or drop const if the C variable is not const")
        .inFile(f)
        .onLineContaining("@Global(type = \"const u8[14]\", name = \"bytes\")");
  }

  @Test
  void oneVariableOneType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(name = "counter", type = "i32")
              int counter();

              @Global(name = "counter", type = "i64")
              void counter(long value);

              @Symbol(name = "counter", result = "i32")
              int call();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining(
            "[FFI075] Lib.counter binds C symbol 'counter' as global \"i64\", but Lib.counter binds it as"
                + " global \"i32\": one C symbol is one thing")
        .inFile(f)
        .onLineContaining("type = \"i64\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI075] Lib.counter binds C symbol 'counter' as global \"i32\", but Lib.call binds it as a"
                + " function")
        .inFile(f)
        .onLineContaining("@Global(name = \"counter\", type = \"i32\")");
  }

  @Test
  void settersTakeNoReservedNames() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Global(type = "i32")
              void counter(int $value);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI008] parameter '$value' of Lib.counter starts with '$'");
  }

  @Test
  void validGlobalsCompileCleanly() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @Global(type = "long") long timezone();
              @Global(name = "daylight", type = "i32") int daylight();
              @Global(name = "tzname", type = "string[2]") String[] tzname();
              @Global(name = "tzname", type = "string[2]") MemorySegment[] tznamePointers();
              @Global(name = "environ", type = "pointer") MemorySegment environ();
              @Global(name = "optarg", type = "string") String optarg();
              @Global(name = "optarg", type = "string") void optarg(MemorySegment value);
              @Global(name = "opterr", type = "i32") void opterr(int value);
              @Global(name = "u", type = "u32") long u();
              @Global(name = "u", type = "u32") void u(long value);
              @Global(name = "u", type = "u32") void u(int value);
              @Global(name = "c", type = "u16[3]") char[] c();
              @Global(name = "c", type = "u16[3]") void c(short[] value);
              @Global(name = "p", type = "pointer[2]") void p(MemorySegment[] value);
              @Global(name = "maybe", type = "f64", optional = true) double maybe();
              @Global(name = "weird.name", type = "i32") int weird();
              @Global(name = "weird_name", type = "i32") int weird2();
              @Global(name = "fn", type = "function") MemorySegment fn();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    var generated = assertThat(c).generatedSourceFile("test.Ffibind_Lib").contentsAsUtf8String();
    generated.contains("MemorySegment timezone$global");
    generated.contains("$binding.global(\"timezone\", 8L)");
    generated.contains("$binding.global(\"tzname\", 16L)");
    generated.contains("$binding.optionalGlobal(\"maybe\", 8L)");
    generated.contains("return timezone$global.get(CLayouts.C_LONG, 0);");
    generated.contains("return Marshal.strings(tzname$global, 2, CHARSET$UTF_8);");
    generated.contains("u$global.set(ValueLayout.JAVA_INT, 0, Args.u32(value, \"argument 'value' of Lib.u\"));");
    generated.contains("MemorySegment weird_name$global, MemorySegment weird_name$2$global");
    generated.contains("$binding.global(\"weird.name\", 4L)");
    generated.contains("Reads C global {@code char *tzname[2]}.");
    generated.contains("The storage of C global {@code void *environ}: 8 bytes at its address.");
    generated.contains("The storage of C global {@code void (*fn)()}: 8 bytes at its address.");
  }

  @Test
  void functionGlobalReadAsACallbackAndWrittenAsAPointer() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import io.ffibind.Callback;
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface IntFn {
                int apply(int v);
              }

              @Global(name = "handler", type = "function") IntFn handler();
              @Global(name = "handler", type = "function") void handler(MemorySegment value);
              @Global(name = "handler", type = "function")
              void handler(
                  IntFn value);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI070] parameter 'value' of Lib.handler is Lib.IntFn, which cannot carry C global type"
                + " \"function\"; accepted: MemorySegment")
        .inFile(f)
        .onLineContaining("IntFn value");
  }

  @Test
  void functionGlobalGetterOfACallbackType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import io.ffibind.Callback;

            @NativeLibrary("")
            interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface IntFn {
                int apply(int v);
              }

              @Global(name = "handler", type = "function") IntFn handler();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib").contentsAsUtf8String()
        .contains("return Ffibind_Lib_IntFn.$fromField(handler$global.get(ValueLayout.ADDRESS, 0));");
  }
}
