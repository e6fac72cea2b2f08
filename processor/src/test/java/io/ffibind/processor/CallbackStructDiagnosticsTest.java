package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where callbacks meet structs: struct names in {@code @Callback} type strings (resolved as in a
 * {@code @Symbol}), the struct parameters and results a callback can have, struct fields whose Java
 * type is a {@code @Callback} interface, and callback, struct and union types declared inside methods.
 */
class CallbackStructDiagnosticsTest {

  // ---- struct names in callback type strings -------------------------------------------------

  @Test
  void structsInCallbacksCompile() {
    JavaFileObject geo =
        JavaFileObjects.forSourceString(
            "geo.Point",
            """
            package geo;

            @io.ffibind.Struct
            public record Point(double x, double y) {}
            """);
    JavaFileObject f =
        source(
            "Shapes",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("shapes")
            interface Shapes {
              // found through the method's Java types, from another package
              @Callback(parameters = {"const Point*", "Point", "Point[n]", "i32"}, result = "Point")
              interface Transform {
                geo.Point apply(geo.Point p, geo.Point q, geo.Point[] all, int n);
              }

              @Struct(name = "vtable")
              record Ops(Transform transform, @Field("function") MemorySegment raw) {}

              // found in the package: vtable is declared here, and only MemorySegment names it
              @Callback(parameters = {"vtable*", "const vtable[2]"})
              interface Visit {
                void visit(MemorySegment ops, Ops[] both);
              }

              @Symbol(parameters = {"const vtable*", "function"})
              void run(Ops ops, Visit visit);
            }
            """);
    Compilation c = compile(geo, f);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void anUnknownStructNameSuggestsTheClosest() {
    JavaFileObject f =
        source(
            "Len",
            """
            @Struct
            record Point(double x, double y) {}

            @Callback(parameters = "const Pont*", result = "f64")
            interface Len {
              double len(Point p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] parameter 1 of Len.len: unknown type \"Pont\": did you mean \"Point\"?")
        .inFile(f)
        .onLineContaining("\"const Pont*\"");
  }

  @Test
  void twoRecordsClaimingOneNameAreAmbiguous() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct(name = "pt") record P1(int x, int y) {}

            @Struct(name = "pt") record P2(int x, int y) {}

            @Callback(parameters = {"i32",
                "pt*"})
            interface Visit {
              void visit(int i, java.lang.foreign.MemorySegment p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI032] parameter 2 of Visit.visit: struct name \"pt\" is claimed by test.P1 and test.P2: give each a"
                + " distinct name with @Struct(name = \"...\")")
        .inFile(f)
        .onLineContaining("\"pt*\"");
  }

  // ---- struct parameters ----------------------------------------------------------------------

  @Test
  void aStructParameterTakesTheRecordOrASegment() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "Point")
            interface Visit {
              void visit(long p);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'p' of Visit.visit is long, which cannot carry C type \"Point\"; accepted: Point,"
                + " MemorySegment")
        .inFile(f)
        .onLineContaining("void visit(long p)");
  }

  @Test
  void aStructArrayWithoutALengthCannotBeCopied() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "const Point[]")
            interface Visit {
              void visit(Point[] points);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI055] parameter 1 of callback Visit.visit is \"const Point[]\": C passes a pointer without a length,"
                + " so ffibind cannot know how many elements to copy; write \"Point[n]\" with a constant or the name"
                + " of a parameter, or take a MemorySegment")
        .inFile(f)
        .onLineContaining("\"const Point[]\"");
  }

  @Test
  void changesToStructsThatPointToMemoryCannotBeWrittenBack() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct record Named(String name, int id) {}

            @Callback(parameters = {"Named[n]", "i32"})
            interface Visit {
              void visit(Named[] all, int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI055] parameter 1 of callback Visit.visit is \"Named[n]\": the callback's changes to its copy would"
                + " be written back to C, but Named has fields that point to memory (strings, arrays, structs,"
                + " callbacks) that would be gone when the callback returns; declare it \"const Named[n]\" for a"
                + " read-only copy, or take a MemorySegment and change C's structs in place through the companion")
        .inFile(f)
        .onLineContaining("\"Named[n]\"");
  }

  @Test
  void aPackedStructCannotBePassedByValue() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct(packed = true) record Tight(byte c, int i) {}

            @Callback(parameters = "Tight")
            interface Visit {
              void visit(Tight t);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI048] parameter 1 of callback Visit.visit: struct Tight is packed or holds a packed struct, and"
                + " Panama passes only naturally aligned structs by value; use a pointer (\"Tight*\")")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void aStructWithAFlexibleArrayCannotBePassedByValue() {
    JavaFileObject f =
        source(
            "Visit",
            """
            @Struct record Samples(int n, @Field("i16[n]") short[] data) {}

            @Callback(parameters = "Samples")
            interface Visit {
              void visit(Samples s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI041] parameter 1 of callback Visit.visit: struct Samples ends in a flexible array member ('data'),"
                + " so C cannot copy it by value or make arrays of it; use a pointer to one (\"Samples*\")")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  // ---- struct results -------------------------------------------------------------------------

  @Test
  void aStructResultIsTheRecord() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "i32", result = "Point")
            interface Make {
              java.lang.foreign.MemorySegment make(int i);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI014] Make.make returns MemorySegment, which cannot carry C result \"Point\"; accepted: Point")
        .inFile(f)
        .onLineContaining("result = \"Point\"");
  }

  @Test
  void aStructResultThatPointsToMemoryIsRejected() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Struct record Named(String name, int id) {}

            @Callback(parameters = "i32", result = "Named")
            interface Make {
              Named make(int i);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI056] callback Make.make returns \"Named\": Named has fields that point to memory (strings, arrays,"
                + " structs, callbacks), which would have to outlive the callback while nothing would free it;"
                + " declare those fields MemorySegment (memory you keep alive), or return a \"pointer\" instead")
        .inFile(f)
        .onLineContaining("result = \"Named\"");
  }

  @Test
  void aStructResultByPointerIsRejectedUnlessRaw() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "i32", result = "Point*")
            interface Make {
              Point make(int i);
            }

            @Callback(parameters = "i32", result = "const Point*")
            interface MakeRaw {
              java.lang.foreign.MemorySegment make(int i); // fine: a pointer Java keeps alive
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI056] callback Make.make returns \"Point*\": a struct returned by pointer would have to outlive the"
                + " callback, and nothing would free it; return it by value (\"Point\"), or return a MemorySegment"
                + " you keep alive")
        .inFile(f)
        .onLineContaining("result = \"Point*\")");
  }

  @Test
  void aStructArrayResultIsRejected() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "i32", result = "Point[4]")
            interface Make {
              java.lang.foreign.MemorySegment make(int i);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI056] callback Make.make returns \"Point[4]\": memory Java lends C lives only while Java waits for C,"
                + " not after the callback returns")
        .inFile(f)
        .onLineContaining("result = \"Point[4]\"");
  }

  @Test
  void onErrorIsNotForStructResults() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Struct record Point(double x, double y) {}

            @Callback(parameters = "i32", result = "Point", onError = "-1")
            interface Make {
              Point make(int i);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI058] onError = \"-1\" of callback Make.make: a struct result has no literal; C receives a zeroed"
                + " Point when the callback throws or returns null: remove onError")
        .inFile(f)
        .onLineContaining("onError = \"-1\"");
  }

  // ---- struct fields of callback type ---------------------------------------------------------

  @Test
  void aCallbackFieldIsAFunction() {
    JavaFileObject f =
        source(
            "Ops",
            """
            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(int v);
            }

            @Struct
            record Ops(
                @Field("i32") Op wrong,
                @Field("function") String alsoWrong) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI039] field 'wrong' of Ops is Op, which cannot carry C type \"i32\"; accepted: int")
        .inFile(f)
        .onLineContaining("Op wrong");
    assertThat(c)
        .hadErrorContaining(
            "[FFI039] field 'alsoWrong' of Ops is String, which cannot carry C type \"function\"; accepted:"
                + " MemorySegment, a @Callback interface")
        .inFile(f)
        .onLineContaining("String alsoWrong");
  }

  @Test
  void aUnionMemberCannotBeACallback() {
    JavaFileObject f =
        source(
            "Handler",
            """
            @Callback(parameters = "i32")
            interface Op {
              void apply(int v);
            }

            @Union
            record Handler(
                long raw,
                Op op) {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI043] member 'op' of union Handler is \"function\" read as Op: a union does not say which member C"
                + " wrote, so ffibind never follows a member's pointer; declare it \"pointer\" (MemorySegment)")
        .inFile(f)
        .onLineContaining("Op op");
  }

  @Test
  void aCallbackCannotReturnAStructHoldingCallbacks() {
    JavaFileObject f =
        source(
            "Make",
            """
            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(int v);
            }

            @Struct
            record Ops(Op op, int base) {}

            @Callback(parameters = "i32", result = "Ops")
            interface Make {
              Ops make(int i);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI056] callback Make.make returns \"Ops\": Ops has fields that point to memory (strings, arrays,"
                + " structs, callbacks), which would have to outlive the callback")
        .inFile(f)
        .onLineContaining("result = \"Ops\"");
  }

  @Test
  void aCriticalCallCannotLendCallbacksThroughARecord() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("ops")
            interface Lib {
              @Callback(parameters = "i32", result = "i32")
              interface Op {
                int apply(int v);
              }

              @Struct
              record Ops(Op op, int base) {}

              @Struct
              record Holder(@Field("Ops*") Ops ops) {}

              @Critical
              @Symbol(parameters = {"const Holder*", "const Ops*"}, result = "i32")
              int run(Holder holder, java.lang.foreign.MemorySegment raw); // a segment lends nothing
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI057] @Critical on Lib.run, which passes callback 'holder' to C: a critical call must not call"
                + " back into Java; remove @Critical")
        .inFile(f)
        .onLineContaining("Holder holder");
  }

  @Test
  void aStructHoldingAnInvalidCallbackIsNotGeneratedNorWhatUsesIt() {
    // Only the callback's own error: the struct, the library and the callback that use it are not
    // generated, so their code cannot fail to compile against a class that does not exist.
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("ops")
            interface Lib {
              @Callback(parameters = {"i32", "i32"}, result = "i32")
              interface Broken {
                int apply(int v);
              }

              @Struct
              record Ops(Broken op, int base) {}

              @Struct
              record Holder(@Field("Ops*") Ops ops) {}

              @Callback(parameters = "const Holder*")
              interface Visit {
                void visit(Holder h);
              }

              @Symbol(parameters = {"const Holder*", "function"})
              void run(Holder holder, Visit visit);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI054] callback Lib.Broken.apply declares 2 C parameters in @Callback(parameters) but its method has"
                + " 1 Java parameter")
        .inFile(f)
        .onLineContaining("\"i32\", \"i32\"");
  }

  // ---- local types ----------------------------------------------------------------------------

  @Test
  void localCallbackInterface() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              void run() {
                @Callback(parameters = "i32")
                interface Op {
                  void apply(int v);
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI052] @Callback interface Op cannot be used by generated code: it is declared inside a method;"
                + " move it to the top level or into a class")
        .inFile(f)
        .onLineContaining("interface Op");
  }

  @Test
  void localCallbackClass() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              static Runnable task = () -> {
                @io.ffibind.Callback(parameters = "i32")
                abstract class Op {
                  abstract void apply(int v);
                }
              };
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI050] @Callback goes on a functional interface, but Op is a class: declare it as 'interface Op'")
        .inFile(f)
        .onLineContaining("@io.ffibind.Callback");
  }

  @Test
  void localStructRecord() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              void run() {
                @Struct
                record Point(double x, double y) {}
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI046] Point cannot be used by generated code: it is declared inside a method; move it to the top"
                + " level or into a class")
        .inFile(f)
        .onLineContaining("record Point");
  }

  @Test
  void localUnionOnAnInterface() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              void run() {
                class Local {
                  @Union
                  interface Value {}
                }
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI030] @Union goes on a record, but Value is an interface: declare it as 'record Value(...)'")
        .inFile(f)
        .onLineContaining("@Union");
  }

  @Test
  void anotherCallbackAnnotationIsNotOurs() {
    JavaFileObject callback =
        JavaFileObjects.forSourceString(
            "other.Callback",
            """
            package other;

            public @interface Callback {}
            """);
    JavaFileObject f =
        source(
            "Outer",
            """
            import other.Callback;

            class Outer {
              void run() {
                @Callback
                class Op {}
              }
            }
            """);
    Compilation c = compile(callback, f);
    assertThat(c).succeededWithoutWarnings();
  }
}
