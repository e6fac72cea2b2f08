package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @NativeLibrary} interfaces a real user might write in odd places (issue 10's audit): every
 * one ends with generated code that compiles under {@code -Xlint:all -Werror}, or with a diagnostic
 * naming the element, never a stack trace and never FFI999.
 */
class OddLibraryDiagnosticsTest {
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new FfibindProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  @Test
  void librariesNestedInRecordsEnumsClassesAndInnerClassesCompile() {
    JavaFileObject f =
        source(
            "Holder",
            """
            public record Holder(int x) {
              @NativeLibrary("c")
              public interface InRecord {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);
              }

              public enum Mode {
                A;

                @NativeLibrary("c")
                interface InEnum {
                  @Symbol(parameters = "i32", result = "i32")
                  int abs(int x);
                }
              }

              static class Plain {
                @NativeLibrary("c")
                protected interface InClass {
                  @Symbol(parameters = "i32", result = "i32")
                  int abs(int x);
                }

                class Inner {
                  @NativeLibrary("c")
                  interface InInner {
                    @Symbol(parameters = "i32", result = "i32")
                    int abs(int x);
                  }
                }
              }

              interface Outer {
                @NativeLibrary("c")
                interface InInterface {
                  @Symbol(parameters = "i32", result = "i32")
                  int abs(int x);
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Holder_InRecord");
    assertThat(c).generatedSourceFile("test.Ffibind_Holder_Mode_InEnum");
    assertThat(c).generatedSourceFile("test.Ffibind_Holder_Plain_InClass");
    assertThat(c).generatedSourceFile("test.Ffibind_Holder_Plain_Inner_InInner");
    assertThat(c).generatedSourceFile("test.Ffibind_Holder_Outer_InInterface");
  }

  @Test
  void privateNestingIsFfi002() {
    JavaFileObject f =
        source(
            "Holder",
            """
            public class Holder {
              @NativeLibrary("c")
              private interface Hidden {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);
              }

              private static class Secret {
                @NativeLibrary("c")
                public interface Lib {
                  @Symbol(parameters = "i32", result = "i32")
                  int abs(int x);
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI002] Hidden cannot be implemented by generated code: ").inFile(f)
        .onLineContaining("private interface Hidden");
    assertThat(c).hadErrorContaining("[FFI002] Lib cannot be implemented by generated code: ").inFile(f)
        .onLineContaining("public interface Lib");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void genericLibraryIsFfi003() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib<T> {
              @Symbol(parameters = "i32", result = "i32")
              int abs(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining(
            "[FFI003] @NativeLibrary interface Lib has type parameters: C functions are not generic; remove <T>").inFile(f).onLineContaining("public interface Lib<T>");
    assertThat(c).hadErrorCount(1);
  }

  /** A diamond the library resolves by redeclaring the method, beside default and static methods. */
  @Test
  void aDiamondTheLibraryOverridesCompiles() {
    JavaFileObject f =
        source(
            "Libs",
            """
            public interface Libs {
              @NativeLibrary("c")
              interface Left {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);

                @Symbol(result = "i32")
                int getpid();
              }

              @NativeLibrary("c")
              interface Right {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);
              }

              interface Plain {
                default int twice(int x) {
                  return 2 * x;
                }

                static int one() {
                  return 1;
                }
              }

              @NativeLibrary("c")
              interface Both extends Left, Right, Plain, AutoCloseable {
                @Override
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);

                @Symbol(name = "abs", parameters = "i32", result = "i32")
                int abs2(int x);

                default int absTwice(int x) {
                  return abs(abs(x));
                }

                static Both open() {
                  return Native.load(Both.class);
                }

                @Override
                void close();
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Libs_Both");
  }

  /**
   * One method inherited from two libraries is FFI016 on the library that inherits both (only it can
   * redeclare the method); a {@code @Symbol} in a plain super-interface is FFI005.
   */
  @Test
  void anUnresolvedDiamondAndASymbolInAPlainSuperInterfaceAreReported() {
    JavaFileObject f =
        source(
            "Libs",
            """
            public interface Libs {
              @NativeLibrary("c")
              interface Left {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);
              }

              @NativeLibrary("c")
              interface Right {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);
              }

              interface Plain {
                @Symbol(parameters = "i64", result = "i64")
                long labs(long x);
              }

              @NativeLibrary("c")
              interface Both extends Left, Right, Plain {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI016] Left.abs and Right.abs have the same name and parameter types: rename one (and set"
                + " @Symbol(name) to keep the C name)")
        .inFile(f)
        .onLineContaining("interface Both extends Left, Right, Plain");
    assertThat(c)
        .hadErrorContaining(
            "[FFI005] @Symbol on Plain.labs, which is not in a @NativeLibrary interface: annotate Plain with"
                + " @NativeLibrary(\"name\")")
        .inFile(f)
        .onLine(19);
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void overloadsBindingOneOrSeveralSymbols() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("c")
            public interface Lib {
              @Symbol(parameters = "i32", result = "i32")
              int abs(int x);

              @Symbol(name = "labs", parameters = "i64", result = "i64")
              long abs(long x);

              @Symbol(name = "strlen", parameters = "string", result = "usize")
              long len(String s);

              @Symbol(name = "strlen", parameters = "pointer", result = "usize")
              long len(MemorySegment s);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void methodsNamedLikeGeneratedOrObjectMembersCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(result = "i32")
              int load();

              @Symbol(result = "i32")
              int close();

              @Symbol(name = "describe", result = "string")
              String toString();

              @Symbol(name = "hash", result = "i32")
              int hashCode();

              @Symbol(result = "i32", optional = true)
              int isPresent();

              @Symbol(result = "i32", errno = true)
              int errno();

              @Symbol(result = "i32")
              int lookup();

              @Symbol(result = "i32")
              int library();

              @Symbol(result = "i32")
              int arena();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void equalsCannotBeBoundToC() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(name = "same", parameters = "pointer", result = "bool")
              boolean equals(Object o);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'o' of Lib.equals is java.lang.Object, which cannot carry C type \"pointer\";"
                + " accepted: MemorySegment,")
        .inFile(f)
        .onLineContaining("boolean equals(Object o);");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void cNamesThatAreJavaKeywordsCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(name = "default", result = "i32")
              int defaultValue();

              @Symbol(name = "class", parameters = "i32", result = "i32", optional = true)
              int klass(int x);

              @Global(name = "int", type = "i32")
              int intValue();

              @Global(name = "this", type = "i32")
              void setThis(int v);

              @Symbol(name = "_", result = "i32")
              int underscore();
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void anEmptyLibraryCompiles() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib extends AutoCloseable {
              @Override
              void close();
            }
            """);
    JavaFileObject g =
        source(
            "Empty",
            """
            @NativeLibrary("c")
            interface Empty {}
            """);
    assertThat(compile(f, g)).succeededWithoutWarnings();
  }

  @Test
  void unicodeIdentifiersCompile() {
    JavaFileObject f =
        source(
            "Bibliothèque",
            """
            @NativeLibrary("c")
            public interface Bibliothèque {
              @Struct
              record Größe(int breite, int höhe) {}

              @Callback(parameters = "i32", result = "i32")
              interface Rückruf {
                int rufe(int zahl);
              }

              @Symbol(name = "abs", parameters = "i32", result = "i32")
              int betrag(int zahl);

              @Symbol(name = "größe", parameters = {"Größe", "function"}, result = "Größe")
              Größe größe(Größe g, Rückruf r);

              @Global(name = "zähler", type = "i32")
              int zähler();
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void aLibraryInTheUnnamedPackageCompiles() {
    JavaFileObject f =
        JavaFileObjects.forSourceString(
            "Lib",
            """
            import io.ffibind.*;

            @NativeLibrary("c")
            public interface Lib {
              @Struct
              record Point(int x, int y) {}

              @Symbol(parameters = {"Point", "Point*"}, result = "Point")
              Point move(Point p, Point[] out);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("Ffibind_Lib");
  }

  /** {@code functions} methods named f0, f1, ..., each binding its own C function. */
  private static String library(String name, int functions, String extra) {
    StringBuilder body = new StringBuilder("@NativeLibrary(\"c\")\npublic interface " + name + " {\n");
    for (int i = 0; i < functions; i++) {
      body.append("  @Symbol(parameters = {\"i32\", \"string\"}, result = \"i64\")\n")
          .append("  long f").append(i).append("(int x, String s);\n");
    }
    return body.append(extra).append("}\n").toString();
  }

  /**
   * The binding record has a component per address: past 253 (255 constructor slots, less
   * {@code this} and the loaded library) its constructor did not compile ("too many parameters"),
   * past about 2000 its static initializer neither ("code too large"). The limit counts functions,
   * distinct {@code @FreeResult} functions and distinct C variables.
   */
  @Test
  void aLibraryHoldsAtMost253Addresses() {
    String extra =
        """
          @FreeResult
          @Symbol(parameters = "string", result = "string")
          String dup(String s);

          @Global(type = "i32")
          int counter();

          @Global(type = "i32")
          void counter(int v);
        """;
    // 251 functions, free and counter: 253 addresses.
    assertThat(compile(source("Full", library("Full", 250, extra)))).succeededWithoutWarnings();

    JavaFileObject over = source("Over", library("Over", 251, extra));
    Compilation c = compile(over);
    assertThat(c)
        .hadErrorContaining(
            "[FFI029] Over binds 254 C functions, variables and @FreeResult functions, more than the 253 one"
                + " generated binding can hold (a JVM limit on a record's components): split it into several"
                + " @NativeLibrary interfaces")
        .inFile(over)
        .onLineContaining("public interface Over");
    assertThat(c).hadErrorCount(1);
  }

  /** Performance sanity: 3000 methods are checked (and rejected, FFI029) in one round. */
  @Test
  void thousandsOfMethodsAreCheckedAndReported() {
    JavaFileObject big = source("Big", library("Big", 3000, ""));
    Compilation c = compile(big);
    assertThat(c).hadErrorContaining("[FFI029] Big binds 3000 C functions").inFile(big).onLineContaining("public interface Big");
    assertThat(c).hadErrorCount(1);
  }

  /**
   * A sub-interface that gives a bound method a default body no longer binds it; one that makes a
   * default method abstract again binds it with its own {@code @Symbol}.
   */
  @Test
  void defaultBodiesOverridingBindingsAndBindingsOverridingDefaultsCompile() {
    JavaFileObject f =
        source(
            "Libs",
            """
            import java.util.List;

            public interface Libs {
              @NativeLibrary("c")
              interface Base {
                @Symbol(parameters = "i32", result = "i32")
                int abs(int x);

                @Symbol(result = "i32")
                int getpid();
              }

              interface Helpers {
                default int twice(int x) {
                  return 2 * x;
                }

                default <T> List<T> listOf(T t) {
                  return List.of(t);
                }
              }

              @NativeLibrary("c")
              interface Sub extends Base, Helpers {
                @Override
                default int abs(int x) {
                  return x < 0 ? -x : x;
                }

                @Override
                @Symbol(name = "abs", parameters = "i32", result = "i32")
                int twice(int x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Libs_Sub").contentsAsUtf8String().doesNotContain("int abs(");
  }
}
