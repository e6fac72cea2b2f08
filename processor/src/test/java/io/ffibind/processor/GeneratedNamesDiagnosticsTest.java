package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names in a user's declarations that met names of generated code and broke it: found while the
 * random declarations ({@link RandomDeclarationsTest}) grew to structs and callbacks. Legal Java names
 * either compile (the generated code writes the types they hide fully qualified) or, for the names
 * generated code reserves ({@code $} anywhere, the {@code Ffibind_} prefix), are FFI008, never an
 * error inside a generated file.
 */
class GeneratedNamesDiagnosticsTest {
  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FfibindProcessor()).withOptions("-Xlint:all").compile(sources);
  }

  /** A parameter called {@code Marshal} hid {@code io.ffibind.internal.Marshal} in the method body. */
  @Test
  void parametersNamedLikeTheTypesGeneratedCodeCallsCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("c")
            public interface Lib {
              @Callback(parameters = {"string", "u32", "i32[2]"}, result = "u8")
              interface Visitor {
                short visit(String Marshal, long Integer, int[] CallbackMarshal);
              }

              @Symbol(parameters = {"string", "u32", "pointer", "function", "u8"}, result = "i32")
              int call(String Marshal, long Args, MemorySegment MemorySegment, Visitor Trace, int Byte);

              @Global(type = "u8")
              void Scratch(int Args);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib").contentsAsUtf8String()
        .contains("io.ffibind.internal.Marshal.string($scratch, Marshal,");
    assertThat(c).generatedSourceFile("test.Ffibind_Lib_Visitor").contentsAsUtf8String()
        .contains("io.ffibind.internal.Marshal.readString(Marshal,");
  }

  /** A record {@code Chain} nested in a library hid {@code io.ffibind.internal.Chain} in the binding. */
  @Test
  void memberTypesNamedLikeTheTypesGeneratedCodeCallsCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Struct
              record Chain(int x, String Structs) {}

              @Struct
              record Errno(int Scratch, Chain StructFields) {}

              class Marshal {}

              @Callback(parameters = {"string"}, result = "i32")
              interface Visitor {
                int visit(String s);

                class Marshal {}
              }

              @Symbol(parameters = {"Chain", "string", "Errno*", "function"}, result = "Errno", errno = true)
              Errno call(Chain c, String s, Errno[] out, Visitor v);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  /** A method called {@code toString()} made the binding record declare {@code toString()} twice. */
  @Test
  void aBindingMayBindToString() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(name = "describe", result = "string")
              String toString();

              @Symbol(name = "hash", result = "i32")
              int hashCode();
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  /** A parameter called {@code f$handle} hid the method handle the body calls. */
  @Test
  void parameterNamesContainingDollarAreReserved() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(parameters = {"i32"}, result = "i32")
              int abs(int abs$handle);

              @Callback(parameters = "i32", result = "i32")
              interface Op {
                int apply(int fn$address);
              }

              @Global(type = "i32")
              void counter(int CHARSET$UTF_8);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI008] parameter 'abs$handle' of Lib.abs contains '$', which ffibind reserves for generated code:"
                + " rename it")
        .inFile(f)
        .onLineContaining("int abs(int abs$handle)");
    assertThat(c).hadErrorContaining("[FFI008] parameter 'fn$address' of Lib.Op.apply contains '$'")
        .inFile(f).onLineContaining("int apply(int fn$address)");
    assertThat(c).hadErrorContaining("[FFI008] parameter 'CHARSET$UTF_8' of Lib.counter contains '$'")
        .inFile(f).onLineContaining("void counter(int CHARSET$UTF_8)");
    assertThat(c).hadErrorCount(3);
  }

  /**
   * A method called {@code f$trace} clashed with the trace helper of {@code f}, {@code m$0} with the
   * fields of the first overload of {@code m}, a global getter {@code g$global} with the storage of
   * {@code g}, a callback method {@code fn$trace} with the trace helper of its C function wrapper.
   */
  @Test
  void methodNamesContainingDollarAreReserved() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(parameters = {"i32"}, result = "i32")
              int f(int x);

              @Symbol(name = "g", parameters = {"i32"}, result = "i32")
              int f$trace(int x);

              @Global(type = "i32")
              int g$global();

              @Callback(parameters = "i32", result = "i32")
              interface Op {
                int fn$trace(int x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI008] method 'f$trace' of Lib contains '$', which ffibind reserves for generated code: rename it")
        .inFile(f)
        .onLineContaining("int f$trace(int x)");
    assertThat(c).hadErrorContaining("[FFI008] method 'g$global' of Lib contains '$'")
        .inFile(f).onLineContaining("int g$global()");
    assertThat(c).hadErrorContaining("[FFI008] method 'fn$trace' of Lib.Op contains '$'")
        .inFile(f).onLineContaining("int fn$trace(int x)");
    assertThat(c).hadErrorCount(3);
  }

  /**
   * A component called {@code read$} clashed with the accessor of a component called {@code read} (a
   * companion method's name), {@code origin$slice} with the slice accessor of {@code origin}.
   */
  @Test
  void componentNamesContainingDollarAreReserved() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            public interface Shapes {
              @Struct
              record Inner(int a) {}

              @Struct
              record Outer(int read, int read$, Inner origin,
                  int origin$slice) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI008] component 'read$' of Shapes.Outer contains '$', which ffibind reserves for generated code:"
                + " rename it")
        .inFile(f)
        .onLineContaining("record Outer(int read, int read$");
    assertThat(c).hadErrorContaining("[FFI008] component 'origin$slice' of Shapes.Outer contains '$'")
        .inFile(f).onLineContaining("int origin$slice) {}");
    assertThat(c).hadErrorCount(2);
  }

  /** A parameter called {@code Ffibind_Point} would hide the companion the body calls. */
  @Test
  void parameterNamesLikeGeneratedClassesAreReserved() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Struct
              record Point(double x, double y) {}

              @Symbol(parameters = {"Point"}, result = "f64")
              double length(Point Ffibind_Lib_Point);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI008] parameter 'Ffibind_Lib_Point' of Lib.length starts with 'Ffibind_', as generated classes"
                + " do, which ffibind reserves for generated code: rename it")
        .inFile(f)
        .onLineContaining("double length(Point Ffibind_Lib_Point)");
    assertThat(c).hadErrorCount(1);
  }

  /**
   * Generated names join nesting with {@code _}, so {@code A.B_C} and {@code A_B.C} ask for one class:
   * the Filer's refusal was an internal error (FFI999). Now the second declaration gets FFI028 naming
   * the first, and nothing that uses it is generated (its code would call the other's class).
   */
  @Test
  void twoDeclarationsAskingForOneGeneratedNameAreReported() {
    JavaFileObject a =
        source(
            "A",
            """
            public interface A {
              interface B_C {
                @Struct
                record D(int x) {}

                @Callback(parameters = "i32", result = "i32")
                interface Op {
                  int apply(int x);
                }
              }

              @NativeLibrary("c")
              interface Lib_X {
                @Symbol(result = "i32")
                int f();
              }
            }
            """);
    JavaFileObject ab =
        source(
            "A_B",
            """
            public interface A_B {
              interface C {
                @Struct(name = "other_d")
                record D(int x) {}

                @Callback(parameters = "i32", result = "i32")
                interface Op {
                  int apply(int x);
                }
              }
            }
            """);
    JavaFileObject lib =
        source(
            "A_Lib",
            """
            public interface A_Lib {
              @NativeLibrary("c")
              interface X {
                @Symbol(result = "i32")
                int f();
              }
            }
            """);
    JavaFileObject user =
        source(
            "User",
            """
            @NativeLibrary("c")
            public interface User {
              @Symbol(parameters = {"other_d", "function"}, result = "i32")
              int use(A_B.C.D d, A_B.C.Op op);
            }
            """);
    JavaFileObject taken =
        source(
            "Ffibind_Own",
            """
            public class Ffibind_Own {}
            """);
    JavaFileObject own =
        source(
            "Own",
            """
            @NativeLibrary("c")
            public interface Own {
              @Symbol(result = "i32")
              int f();
            }
            """);
    Compilation c = compile(a, ab, lib, user, taken, own);
    assertThat(c)
        .hadErrorContaining(
            "[FFI028] ffibind generates test.Ffibind_A_B_C_D for test.A_B.C.D, but it is the class generated for"
                + " test.A.B_C.D already (nested names are joined with '_'): rename one of the two declarations")
        .inFile(ab)
        .onLineContaining("record D(int x)");
    assertThat(c)
        .hadErrorContaining("[FFI028] ffibind generates test.Ffibind_A_B_C_Op for test.A_B.C.Op, but it is the class"
            + " generated for test.A.B_C.Op already")
        .inFile(ab)
        .onLineContaining("interface Op");
    assertThat(c)
        .hadErrorContaining("[FFI028] ffibind generates test.Ffibind_A_Lib_X for test.A_Lib.X, but it is the class"
            + " generated for test.A.Lib_X already")
        .inFile(lib)
        .onLineContaining("interface X");
    assertThat(c)
        .hadErrorContaining("[FFI028] ffibind generates test.Ffibind_Own for test.Own, but the compilation has a"
            + " class of that name already")
        .inFile(own)
        .onLineContaining("public interface Own");
    // User, which takes A_B.C.D and A_B.C.Op, is not generated: nothing else fails.
    assertThat(c).hadErrorCount(4);
  }
}
