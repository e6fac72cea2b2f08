package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static io.ffibind.processor.OddLibraryDiagnosticsTest.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Struct}/{@code @Union} records and {@code @Callback} interfaces a real user might write in
 * odd places (issue 10's audit): generated code that compiles under {@code -Xlint:all -Werror}, or a
 * diagnostic naming the element, never a stack trace and never FFI999.
 */
class OddStructAndCallbackDiagnosticsTest {

  @Test
  void recordsWithValidationStaticsInterfacesAndClashingComponentNamesCompile() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.function.IntSupplier;

            @NativeLibrary("c")
            public interface Lib {
              @Struct
              record Point(int x, int y) implements Comparable<Point>, IntSupplier {
                static final Point ORIGIN = new Point(0, 0);
                static int created;

                public Point {
                  if (x < -1000) {
                    throw new IllegalArgumentException("x");
                  }
                }

                static Point of(int v) {
                  return new Point(v, v);
                }

                @Override
                public int compareTo(Point o) {
                  return Integer.compare(x, o.x);
                }

                @Override
                public int getAsInt() {
                  return x + y;
                }
              }

              @Struct
              record Names(int LAYOUT, int SIZE, int read, int write, int auto, int register, int struct,
                  int unsigned, int sizeof, int layout, int size, int segment, int allocator, int Ffibind,
                  int of, int wrap, int slice, int array) {}

              @Union
              record Either(int LAYOUT, float read, Point write) {}

              @Symbol(parameters = {"Point", "Names*", "Either"}, result = "Point")
              Point f(Point p, Names[] n, Either e);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void structNamesUsedBeforeTheirDeclarationAndMutualPointers() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("c")
            public interface Lib {
              @Symbol(parameters = {"A*", "B"}, result = "B")
              B f(A[] a, B b);

              @Struct
              record A(@Field("B*") MemorySegment b, int x) {}

              @Struct
              record B(@Field("A*") A a, int y) {}

              @Struct
              record Node(@Field("Node*") Node next, int v) {}
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void recordsOfOneSimpleNameInTwoPackagesUsedFromOneLibrary() {
    JavaFileObject a =
        JavaFileObjects.forSourceString(
            "a.Point",
            """
            package a;

            @io.ffibind.Struct(name = "a_point")
            public record Point(int x, int y) {}
            """);
    JavaFileObject b =
        JavaFileObjects.forSourceString(
            "b.Point",
            """
            package b;

            @io.ffibind.Struct(name = "b_point")
            public record Point(double x, double y) {}
            """);
    JavaFileObject lib =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Struct
              record Point(long x) {}

              @Symbol(parameters = {"a_point", "b_point*", "Point"}, result = "b_point")
              b.Point f(a.Point p, b.Point[] q, Point r);
            }
            """);
    assertThat(compile(a, b, lib)).succeededWithoutWarnings();
  }

  @Test
  void recordsOfOneSimpleNameWithoutStructNamesResolveThroughTheJavaType() {
    JavaFileObject a =
        JavaFileObjects.forSourceString(
            "a.Point",
            """
            package a;

            @io.ffibind.Struct
            public record Point(int x, int y) {}
            """);
    JavaFileObject b =
        JavaFileObjects.forSourceString(
            "b.Point",
            """
            package b;

            @io.ffibind.Struct
            public record Point(double x, double y) {}
            """);
    JavaFileObject lib =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Symbol(parameters = {"Point"}, result = "i32")
              int f(a.Point p);
            }
            """);
    assertThat(compile(a, b, lib)).succeededWithoutWarnings();
  }

  @Test
  void structsInTheUnnamedPackage() {
    JavaFileObject p =
        JavaFileObjects.forSourceString(
            "Point",
            """
            @io.ffibind.Struct
            public record Point(int x, int y) {}
            """);
    JavaFileObject lib =
        JavaFileObjects.forSourceString(
            "Lib",
            """
            @io.ffibind.NativeLibrary("c")
            public interface Lib {
              @io.ffibind.Symbol(parameters = {"Point", "Point*"}, result = "Point")
              Point f(Point p, Point[] out);
            }
            """);
    assertThat(compile(p, lib)).succeededWithoutWarnings();
  }

  @Test
  void aComponentThatIsACallback() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            public interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface Op {
                int apply(int x);
              }

              @Struct
              record Holder(@Field("function") Op op, int x) {}

              @Symbol(parameters = {"Holder*"}, result = "i32")
              int run(Holder[] h);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void genericAndZeroComponentRecords() {
    JavaFileObject f =
        source(
            "Shapes",
            """
            public interface Shapes {
              @Struct
              record Box<T>(int x) {}

              @Struct
              record Nothing() {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI046] Box cannot be used by generated code: it has type parameters, and a C struct has one layout; remove <T>").inFile(f).onLine(6);
    assertThat(c).hadErrorContaining("[FFI044] struct Nothing has no components, and C has no empty structs").inFile(f).onLine(9);
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void callbacksExtendingJavaUtilFunctionWithDefaultsAndDeepNesting() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.function.IntBinaryOperator;
            import java.util.function.IntUnaryOperator;

            @NativeLibrary("c")
            public interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface Unary extends IntUnaryOperator {}

              @Callback(parameters = {"i32", "i32"}, result = "i32")
              interface Binary extends IntBinaryOperator {
                default Binary flipped() {
                  return (a, b) -> applyAsInt(b, a);
                }

                static Binary plus() {
                  return Integer::sum;
                }
              }

              interface A {
                interface B {
                  class C {
                    interface D {
                      @Callback(parameters = "f64", result = "f64")
                      interface Deep {
                        double apply(double x);

                        default double twice(double x) {
                          return apply(apply(x));
                        }
                      }
                    }
                  }
                }
              }

              @Symbol(parameters = {"function", "function", "function"}, result = "f64")
              double run(Unary u, Binary b, A.B.C.D.Deep d);
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void genericCallbacks() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.function.Function;

            @NativeLibrary("c")
            public interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface Gen<T> {
                int apply(int x);
              }

              @Callback(parameters = "i32", result = "i32")
              interface Boxed extends Function<Integer, Integer> {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI053] @Callback interface Gen has type parameters: a C function pointer has one signature; remove <T>")
        .inFile(f)
        .onLineContaining("interface Gen<T>");
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'arg0' of Lib.Boxed.apply is java.lang.Integer, which cannot carry C type \"i32\";"
                + " accepted: int")
        .inFile(f)
        .onLineContaining("interface Boxed");
    assertThat(c)
        .hadErrorContaining("[FFI014] Lib.Boxed.apply returns java.lang.Integer, which cannot carry C result \"i32\"")
        .inFile(f)
        .onLine(14);
    assertThat(c).hadErrorCount(3);
  }

  @Test
  void aCallbackThatIsAlsoALibrary() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            @Callback(parameters = "i32", result = "i32")
            public interface Lib {
              @Symbol(parameters = "i32", result = "i32")
              int abs(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void annotationsOnTheWrongElements() {
    JavaFileObject f =
        source(
            "Wrong",
            """
            public interface Wrong {
              @NativeLibrary("c")
              class NotAnInterface {}

              @Struct
              class NotARecord {}

              @Callback(parameters = "i32", result = "i32")
              enum NotAnInterfaceEither { A }

              interface NotALibrary {
                @Global(type = "i32")
                int counter();
              }

              @NativeLibrary("c")
              interface Lib {
                @Global(type = "i32")
                int counter(int x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI001] @NativeLibrary goes on an interface, but NotAnInterface is a class").inFile(f).onLine(6);
    assertThat(c).hadErrorContaining("[FFI030] @Struct goes on a record, but NotARecord is a class").inFile(f).onLine(9);
    assertThat(c).hadErrorContaining("[FFI050] @Callback goes on a functional interface, but NotAnInterfaceEither is an enum").inFile(f).onLine(12);
    assertThat(c).hadErrorContaining("[FFI073] @Global on NotALibrary.counter: ").inFile(f).onLine(16);
    assertThat(c).hadErrorContaining("[FFI069] @Global method Lib.counter ").inFile(f).onLineContaining("int counter(int x);");
    assertThat(c).hadErrorCount(5);
  }

  @Test
  void aStructHoldingACallbackThatTakesTheStructCompiles() {
    JavaFileObject f =
        source(
            "Node",
            """
            @Struct
            public record Node(@Field("function") Node.Visit visit, @Field("Node*") Node next, int value) {
              @Callback(parameters = {"Node*", "i32"}, result = "i32")
              public interface Visit {
                int visit(Node node, int depth);
              }

              @NativeLibrary("c")
              public interface Lib {
                @Symbol(parameters = {"Node*", "function"}, result = "Node")
                Node walk(Node start, Visit visit);
              }
            }
            """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void aComponentThatIsAPlainRecordAndAnAnnotationLibrary() {
    JavaFileObject f =
        source(
            "Lib",
            """
            public interface Lib {
              record Plain(int x) {}

              @Struct
              record Holder(Plain p, int y) {}

              @NativeLibrary("c")
              @interface Anno {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining(
            "[FFI031] field 'p' of Lib.Holder: test.Lib.Plain has no C type of its own: use a primitive, String,"
                + " MemorySegment or a @Struct record, or give the C type with @Field(\"...\")").inFile(f)
        .onLineContaining("record Holder(Plain p, int y)");
    assertThat(c).hadErrorContaining("[FFI001] @NativeLibrary goes on an interface, but Anno is an annotation: declare it as 'interface Anno'").inFile(f)
        .onLine(11);
    assertThat(c).hadErrorCount(2);
  }
}
