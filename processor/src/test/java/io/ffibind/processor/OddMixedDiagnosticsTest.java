package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static io.ffibind.processor.OddLibraryDiagnosticsTest.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * More declarations a real user might write (issue 10's audit): sealed, deprecated, inheriting from
 * {@code java.util.function} or {@code java.lang}, redeclaring {@code Object}'s methods, with
 * {@code throws} clauses.
 */
class OddMixedDiagnosticsTest {
  @Test
  void aSealedLibraryIsFfi002() {
    JavaFileObject f = source("Lib", """
        @NativeLibrary("c")
        public sealed interface Lib permits Lib.Impl {
          @Symbol(parameters = "i32", result = "i32")
          int abs(int x);

          final class Impl implements Lib {
            public int abs(int x) { return x; }
          }
        }
        """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI002] Lib cannot be implemented by generated code: it is sealed; remove 'sealed' and 'permits'")
        .inFile(f)
        .onLineContaining("public sealed interface Lib");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void objectMethodsRedeclaredInLibrariesAndCallbacksCompile() {
    assertThat(compile(source("Lib", """
        @NativeLibrary("c")
        public interface Lib {
          @Callback(parameters = "i32", result = "i32")
          interface Op {
            int apply(int x);

            @Override
            boolean equals(Object o);

            @Override
            String toString();
          }

          @Symbol(parameters = {"i32", "function"}, result = "i32")
          int abs(int x, Op op);

          @Override
          String toString();

          @Override
          int hashCode();
        }
        """))).succeededWithoutWarnings();
  }

  /** Generated code used deprecated declarations without suppressing the warnings (-Werror failed). */
  @Test
  void deprecatedLibrariesStructsAndCallbacksCompileWithoutWarnings() {
    assertThat(compile(source("Lib", """
        @Deprecated
        @NativeLibrary("c")
        public interface Lib {
          @Deprecated
          @Struct
          record Point(int x, int y) {}

          @Deprecated
          @Callback(parameters = "Point", result = "Point")
          interface Op {
            Point apply(Point p);
          }

          @Deprecated
          @Symbol(parameters = {"Point", "function"}, result = "Point")
          Point move(Point p, Op op);

          @Deprecated(forRemoval = true)
          @Global(type = "Point")
          Point origin();

          @Deprecated(forRemoval = true)
          @Union
          record Either(int i, float f) {}

          @Symbol(parameters = "Either", result = "Either")
          Either swap(Either e);
        }
        """))).succeededWithoutWarnings();
  }

  @Test
  void aCallbackExtendingACallbackCompiles() {
    assertThat(compile(source("Lib", """
        @NativeLibrary("c")
        public interface Lib {
          @Callback(parameters = "i32", result = "i32")
          interface Op {
            int apply(int x);
          }

          @Callback(parameters = "i32", result = "i32")
          interface Named extends Op {
            default String name() { return "named"; }
          }

          @Symbol(parameters = {"function", "function"}, result = "i32")
          int run(Op a, Named b);
        }
        """))).succeededWithoutWarnings();
  }

  @Test
  void throwsClausesCompile() {
    assertThat(compile(source("Lib", """
        import java.io.IOException;

        @NativeLibrary("c")
        public interface Lib {
          @Symbol(parameters = {"string"}, result = "i32")
          int puts(final String s) throws IOException;

          @Symbol(parameters = "i32", result = "i32")
          int abs(int x) throws IOException, RuntimeException;

          @Symbol(name = "abs", parameters = "i32", result = "i32")
          int abs2(final int x) throws Exception;

          @Callback(parameters = "i32", result = "i32")
          interface Op {
            int apply(int x) throws Exception;
          }

          @Symbol(parameters = "function", result = "i32")
          int run(Op op);
        }
        """))).succeededWithoutWarnings();
  }

  /** Both were generated as Ffibind_Lib: FFI028 named one type twice, beside a Filer warning. */
  @Test
  void aCallbackThatIsAlsoALibraryIsFfi059() {
    JavaFileObject f = source("Lib", """
        @NativeLibrary("c")
        @Callback(parameters = "i32", result = "i32")
        public interface Lib {
          @Symbol(parameters = "i32", result = "i32")
          int abs(int x);
        }
        """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI059] Lib is both a @NativeLibrary and a @Callback, but ffibind implements a library and your code"
                + " implements a callback: declare the callback as an interface of its own")
        .inFile(f)
        .onLineContaining("@Callback(parameters = \"i32\", result = \"i32\")");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void recordsNamedLikeTypeStringsAndGenericMemberInterfacesCompile() {
    Compilation c = compile(source("Lib", """
        @NativeLibrary("c")
        public interface Lib {
          @Struct
          record i32(int x) {}

          @Struct
          record string(int x) {}

          interface Base<T> {
            T get();
          }

          @Symbol(parameters = "i32", result = "i32")
          int abs(int x);
        }
        """));
    assertThat(c).succeededWithoutWarnings();
  }

  /**
   * Libraries extending {@code java.util.function} interfaces and binding their method compile; an
   * unbound method inherited from a class file (Comparable.compareTo) was FFI004 with no position.
   */
  @Test
  void librariesExtendingJdkInterfaces() {
    JavaFileObject f = source("Lib", """
        import java.util.function.IntSupplier;
        import java.util.function.Supplier;

        public interface Lib {
          @NativeLibrary("c")
          interface A extends IntSupplier {
            @Override
            @Symbol(name = "getpid", result = "i32")
            int getAsInt();
          }

          @NativeLibrary("c")
          interface B extends Supplier<String> {
            @Override
            @Symbol(name = "name", result = "string")
            String get();
          }

          @NativeLibrary("c")
          interface C extends Comparable<C> {}
        }
        """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI004] abstract method Comparable.compareTo has no @Symbol: annotate it with @Symbol(parameters ="
                + " {...}, result = \"...\") or give it a default body")
        .inFile(f)
        .onLineContaining("interface C extends Comparable<C>");
    assertThat(c).hadErrorCount(1);
  }
}
