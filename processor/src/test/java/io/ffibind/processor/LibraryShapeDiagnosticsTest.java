package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the annotations may go: {@code @NativeLibrary} on an interface the generated class can
 * implement (FFI001 to FFI003), {@code @Symbol} on its abstract methods (FFI005, FFI006), and the
 * methods of one library against each other (FFI015 to FFI017).
 */
class LibraryShapeDiagnosticsTest {

  @ParameterizedTest
  @CsvSource({
    "class Lib {},                          a class",
    "enum Lib { A },                        an enum",
    "@interface Lib {},                     an annotation",
    "record Lib(int x) {},                  a record",
  })
  void nativeLibraryOnAnythingButAnInterface(String declaration, String kind) {
    JavaFileObject f = source("Lib", "@NativeLibrary(\"m\")\n" + declaration + "\n");
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI001] @NativeLibrary goes on an interface, but Lib is " + kind
                + ": declare it as 'interface Lib'")
        .inFile(f)
        .onLineContaining("@NativeLibrary(\"m\")");
  }

  @Test
  void symbolInANativeLibraryClassOnlyReportsTheClass() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            abstract class Lib {
              @Symbol(parameters = {"f64"}, result = "f64")
              abstract double sin(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI001] @NativeLibrary goes on an interface, but Lib is a class")
        .inFile(f)
        .onLineContaining("@NativeLibrary(\"m\")");
  }

  @Test
  void privateNestedInterface() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              @NativeLibrary("m")
              private interface Lib {
                @Symbol(parameters = {"f64"}, result = "f64")
                double sin(double x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI002] Lib cannot be implemented by generated code: it is private; make it"
                + " package-private or public")
        .inFile(f)
        .onLineContaining("private interface Lib");
  }

  @Test
  void interfaceNestedInAPrivateClass() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              private static class Hidden {
                @NativeLibrary("m")
                interface Lib {
                  @Symbol(parameters = {"f64"}, result = "f64")
                  double sin(double x);
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI002] Lib cannot be implemented by generated code: it is nested in private Hidden;"
                + " make it package-private or public")
        .inFile(f)
        .onLineContaining("interface Lib");
  }

  @Test
  void localInterface() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              void run() {
                @NativeLibrary("m")
                interface Lib {
                  @Symbol(parameters = {"f64"}, result = "f64")
                  double sin(double x);
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI002] Lib cannot be implemented by generated code: it is declared inside a method;"
                + " move it to the top level or into a class")
        .inFile(f)
        .onLineContaining("interface Lib");
  }

  @Test
  void interfaceInsideALocalClass() {
    JavaFileObject f =
        source(
            "Outer",
            """
            import io.ffibind.NativeLibrary;

            class Outer {
              static Runnable task = () -> {
                class Local {
                  @io.ffibind.NativeLibrary("m")
                  interface Lib {}
                }
              };
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI002] Lib cannot be implemented by generated code: it is declared inside a method")
        .inFile(f)
        .onLineContaining("interface Lib");
  }

  @Test
  void localClass() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              void run() {
                @NativeLibrary("m")
                record Lib() {}
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI001] @NativeLibrary goes on an interface, but Lib is a record")
        .inFile(f)
        .onLineContaining("@NativeLibrary(\"m\")");
  }

  @Test
  void otherAnnotationNamedNativeLibraryInAMethodIsIgnored() {
    JavaFileObject other =
        source(
            "NativeLibrary",
            """
            @interface NativeLibrary { String value(); }
            """);
    JavaFileObject f =
        com.google.testing.compile.JavaFileObjects.forSourceString(
            "test.Outer",
            """
            package test;

            class Outer {
              void run() {
                @NativeLibrary("m")
                interface Lib {}
              }
            }
            """);
    assertThat(compile(other, f)).succeededWithoutWarnings();
  }

  @Test
  void sealedInterface() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            sealed interface Lib permits Impl {
              @Symbol(parameters = {"f64"}, result = "f64")
              double sin(double x);
            }

            final class Impl implements Lib {
              public double sin(double x) {
                return Math.sin(x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI002] Lib cannot be implemented by generated code: it is sealed; remove 'sealed'"
                + " and 'permits'")
        .inFile(f)
        .onLineContaining("sealed interface Lib");
  }

  @Test
  void genericInterface() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib<T, U> {
              @Symbol(parameters = {"f64"}, result = "f64")
              double sin(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI003] @NativeLibrary interface Lib has type parameters: C functions are not generic;"
                + " remove <T, U>")
        .inFile(f)
        .onLineContaining("interface Lib<T, U>");
  }

  @Test
  void symbolInAPlainInterface() {
    JavaFileObject f =
        source(
            "Api",
            """
            interface Api {
              @Symbol(parameters = {"f64"}, result = "f64")
              double sin(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI005] @Symbol on Api.sin, which is not in a @NativeLibrary interface: annotate Api"
                + " with @NativeLibrary(\"name\")")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void symbolInAClass() {
    JavaFileObject f =
        source(
            "Impl",
            """
            class Impl {
              @Symbol(parameters = {"f64"}, result = "f64")
              native double sin(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI005] @Symbol on Impl.sin, which is not in a @NativeLibrary interface")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void symbolOnDefaultStaticAndPrivateMethods() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"f64"}, result = "f64")
              default double sin(double x) {
                return 0;
              }

              @Symbol(name = "cos", parameters = {"f64"}, result = "f64")
              static double cos(double x) {
                return 1;
              }

              @Symbol(name = "tan", parameters = {"f64"}, result = "f64")
              private double tan(double x) {
                return 0;
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining(
            "[FFI006] @Symbol on default method Lib.sin: only abstract methods are bound; remove the"
                + " body or the annotation")
        .inFile(f)
        .onLineContaining("@Symbol(parameters = {\"f64\"}, result = \"f64\")");
    assertThat(c)
        .hadErrorContaining("[FFI006] @Symbol on static method Lib.cos")
        .inFile(f)
        .onLineContaining("name = \"cos\"");
    assertThat(c)
        .hadErrorContaining("[FFI006] @Symbol on private method Lib.tan")
        .inFile(f)
        .onLineContaining("name = \"tan\"");
  }

  @Test
  void sameSymbolWithTwoSignatures() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string"}, result = "i32")
              int puts(String s);

              @Symbol(name = "puts", parameters = {"pointer"}, result = "i64")
              long putsRaw(MemorySegment s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI015] Lib.putsRaw binds C symbol 'puts' as (pointer) -> i64, but Lib.puts binds it as"
                + " (string) -> i32: one C function has one signature")
        .inFile(f)
        .onLineContaining("name = \"puts\"");
  }

  @Test
  void sameSymbolWithTheSameSignatureTwiceIsFine() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string"}, result = "i32")
              int puts(String s);

              @Symbol(name = "puts", parameters = {"str"}, result = "int32")
              int putsRaw(MemorySegment s);

              // Every pointer-like type is one pointer to the ABI: lending bytes is the same call.
              @Symbol(name = "puts", parameters = {"const u8[]"}, result = "i32")
              int putsBytes(byte[] s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
  }

  @Test
  void sameSymbolWithTwoSignaturesInheritedFromTwoLibraries() {
    JavaFileObject f =
        source(
            "Libs",
            """
            class Libs {
              @NativeLibrary("m")
              interface A {
                @Symbol(name = "f", parameters = {"f64"}, result = "f64")
                double a(double x);
              }

              @NativeLibrary("m")
              interface B {
                @Symbol(name = "f", parameters = {"f32"}, result = "f32")
                float b(float x);
              }

              @NativeLibrary("m")
              interface Both extends A, B {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI015] B.b binds C symbol 'f' as (f32) -> f32, but A.a binds it as (f64) -> f64")
        .inFile(f)
        .onLineContaining("interface Both");
  }

  @Test
  void sameJavaSignatureInheritedFromTwoLibraries() {
    JavaFileObject f =
        source(
            "Libs",
            """
            class Libs {
              @NativeLibrary("m")
              interface A {
                @Symbol(name = "fa", parameters = {"i32"}, result = "i32")
                int f(int x);
              }

              @NativeLibrary("m")
              interface B {
                @Symbol(name = "fb", parameters = {"i32"}, result = "i32")
                int f(int x);
              }

              @NativeLibrary("m")
              interface Both extends A, B {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI016] A.f and B.f have the same name and parameter types: rename one (and set"
                + " @Symbol(name) to keep the C name)")
        .inFile(f)
        .onLineContaining("interface Both");
  }

  @Test
  void errorInAnInheritedLibraryIsReportedOnce() {
    JavaFileObject f =
        source(
            "Libs",
            """
            class Libs {
              @NativeLibrary("m")
              interface Base {
                @Symbol(
                    parameters = {
                      "f46"
                    },
                    result = "f64")
                double sin(double x);
              }

              @NativeLibrary("m")
              interface Derived extends Base {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 1 of Base.sin: unknown type \"f46\"")
        .inFile(f)
        .onLineContaining("\"f46\"");
  }

  @Test
  void sameMethodTwiceIsJavacsError() {
    // javac rejects the duplicate before annotation processing runs: ours never shows.
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = {"i32"}, result = "i32")
              int abs(int x);

              @Symbol(name = "labs", parameters = {"i32"}, result = "i64")
              long abs(int y);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("method abs(int) is already defined in interface test.Lib")
        .inFile(f)
        .onLineContaining("long abs(int y);");
  }

  @Test
  void closeWithSymbolInAnAutoCloseableLibrary() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("ssl")
            interface Lib extends AutoCloseable {
              @Symbol
              void close();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI017] Lib extends AutoCloseable, so close() unloads the library and cannot bind a C"
                + " function: name the method differently and set @Symbol(name = \"close\")")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void closeWithoutSymbolIsTheLibrarysOwn() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("ssl")
            interface Lib extends AutoCloseable {
              @Symbol(name = "close", parameters = {"i32"}, result = "i32")
              int closeFd(int fd);

              @Override
              void close();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
  }

  @Test
  void methodsNamedLikeGeneratedClassHelpersCompile() {
    // The generated class's own members carry a '$', so no C function name can clash with them.
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("sock")
            interface Lib {
              @Symbol(name = "sock_is_closed", result = "bool")
              boolean isClosed();

              @Symbol(name = "sock_resolved", result = "i32")
              int resolved();

              @Symbol(name = "sock_symbol", parameters = "string", result = "pointer")
              java.lang.foreign.MemorySegment symbol(String name);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
  }
}
