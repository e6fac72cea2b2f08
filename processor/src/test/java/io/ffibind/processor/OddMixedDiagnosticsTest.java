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

  /** {@code @Global(name = "1x")} named the storage component 1x$global: JavaPoet threw, FFI999. */
  @Test
  void globalsWhoseCNamesAreNotJavaNamesCompile() {
    JavaFileObject f = source("Lib", """
        @NativeLibrary("c")
        public interface Lib {
          @Global(name = "1x", type = "i32")
          int one();

          @Global(name = "a-b", type = "i32")
          int dash();

          @Global(name = "a_b", type = "i32")
          int underscore();

          @Global(name = "größe", type = "i32")
          int size();

          @Symbol(name = "2f", result = "i32")
          int two();
        }
        """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void callbackMethodsNamedLikeGeneratedMembersCompile() {
    JavaFileObject f = source("Lib", """
        import java.lang.foreign.MemorySegment;

        @NativeLibrary("c")
        public interface Lib {
          @Callback(parameters = "i32", result = "i32")
          interface A {
            int pointer(int x);
          }

          @Callback(parameters = "pointer", result = "i32")
          interface B {
            int wrap(MemorySegment p);
          }

          @Callback(parameters = "i32", result = "i32")
          interface C {
            int toString(int x);
          }

          @Callback(parameters = "i32", result = "i32")
          interface D {
            int close(int x);
          }

          @Callback(parameters = "i32", result = "i32")
          interface E {
            int address(int x);
          }

          @Callback(parameters = "i32", result = "i32")
          interface F {
            int hashCode(int x);
          }

          @Symbol(parameters = {"function", "function", "function", "function", "function", "function"},
              result = "i32")
          int run(A a, B b, C c, D d, E e, F f);
        }
        """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  /**
   * Struct names are scoped by package, not by library: two records of one package claiming
   * {@code "Point"} are FFI032 wherever the name is used, and a Java-qualified name is no type string.
   */
  @Test
  void oneStructNameInTwoLibrariesOfOnePackageIsFfi032() {
    JavaFileObject f = source("Libs", """
        public interface Libs {
          @NativeLibrary("c")
          interface One {
            @Struct
            record Point(int x, int y) {}

            @Callback(parameters = "Point", result = "Point")
            interface Point2 {
              Point apply(Point p);
            }

            @Symbol(parameters = {"Point", "function"}, result = "Point")
            Point f(Point p, Point2 cb);
          }

          @NativeLibrary("c")
          interface Two {
            @Struct(name = "Point")
            record Pt(long x) {}

            @Symbol(parameters = {"Point", "One.Point"}, result = "i32")
            int g(Pt p, One.Point q);
          }
        }
        """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI032] parameter 1 of Two.g: struct name \"Point\" is claimed by test.Libs.One.Point and"
                + " test.Libs.Two.Pt: give each a distinct name with @Struct(name = \"...\")")
        .inFile(f)
        .onLineContaining("@Symbol(parameters = {\"Point\", \"One.Point\"}");
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 2 of Two.g: \"One.Point\" is not a type string")
        .inFile(f)
        .onLineContaining("@Symbol(parameters = {\"Point\", \"One.Point\"}");
    assertThat(c).hadErrorCount(6);
  }

  /**
   * Generated bodies name a parameter's local {@code $name}: a callback parameter called {@code e}
   * clashed with {@code catch (... $e)}, and parameters called like the other generated locals
   * ({@code $result}, {@code $t}, {@code $target}, {@code $slot}, ...) would too.
   */
  @Test
  void parametersNamedLikeGeneratedLocalsCompile() {
    JavaFileObject f = source("Lib", """
        import java.lang.foreign.MemorySegment;

        @NativeLibrary("c")
        public interface Lib {
          @Struct
          record Point(int x, int y) {}

          @Callback(parameters = {"i32", "pointer", "Point", "string", "i32", "i32", "i32[2]"}, result = "Point")
          interface Op {
            Point apply(int result, MemorySegment t, Point target, String slot, int upcall, int e, int[] scratch);
          }

          @Symbol(parameters = {"function", "function", "function", "function", "function", "function", "function",
              "pointer", "Point", "string", "i32[2]"}, result = "Point")
          Point run(Op e, Op t, Op result, Op scratch, Op mark, Op lent, Op target, MemorySegment slot,
              Point upcall, String binding, int[] cell);

          @Symbol(name = "run2", parameters = {"function*", "Point*", "string*", "pointer"}, result = "i32")
          int run2(Op[] e, Point[] t, String[] result, MemorySegment scratch);
        }
        """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  /** Component, setter and nonblocking parameter names like the names companion bodies use. */
  @Test
  void componentsAndSettersNamedLikeCompanionLocalsCompile() {
    JavaFileObject f = source("Lib", """
        import java.lang.foreign.MemorySegment;
        import java.lang.foreign.SegmentAllocator;
        import java.util.concurrent.CompletableFuture;

        @NativeLibrary("c")
        public interface Lib {
          @Struct
          record Inner(int s, int o, int v) {}

          @Struct
          record Names(int s, int o, int v, int c, int e, int t, Inner chain, long offset, int field, int value,
              String pointer, int where, int count, @Field("i32[count]*") int[] index, int i, int n,
              Inner segment, Inner allocator, String arena) {}

          @Callback(parameters = {"Names*", "i32", "pointer"}, result = "i32")
          interface Visit {
            int visit(Names value, int arena, MemorySegment allocator);
          }

          @Global(type = "Names")
          void names(Names value, SegmentAllocator allocator);

          @Global(type = "Names")
          Names names();

          @Symbol(parameters = {"Names", "function", "i32"}, result = "Names", nonblocking = true)
          CompletableFuture<Names> later(Names value, Visit executor, int future);
        }
        """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  /**
   * An empty name means the method's; other names are looked up as written (a blank or spaced one is
   * reported missing when the library loads): the generated code compiles either way.
   */
  @Test
  void emptyAndBlankCNamesGenerateCodeThatCompiles() {
    JavaFileObject f = source("Lib", """
        @NativeLibrary("")
        public interface Lib {
          @Symbol(name = "", parameters = "i32", result = "i32")
          int abs(int x);

          @Symbol(name = " labs ", parameters = "i64", result = "i64")
          long labs(long x);

          @Global(name = "", type = "i32")
          int errno_value();

          @Global(name = " ", type = "i32")
          int blank();

          @Global(name = "a b", type = "i32")
          int spaced();

          @Global(name = "a\\nb", type = "i32")
          int escaped();
        }
        """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }
}
