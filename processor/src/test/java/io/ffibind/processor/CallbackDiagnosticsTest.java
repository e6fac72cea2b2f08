package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Callback} declarations: the shape of the interface, its method against its type strings, the
 * types a callback can take and return, and the {@code "function"} parameters of libraries.
 */
class CallbackDiagnosticsTest {

  @Test
  void callbackOnAClass() {
    JavaFileObject f =
        source(
            "Cmp",
            """
            @Callback(parameters = {"i32", "i32"}, result = "i32")
            abstract class Cmp {
              abstract int compare(int a, int b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI050] @Callback goes on a functional interface, but Cmp is a class: declare it as"
                + " 'interface Cmp' with the one method C calls")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void callbackOnARecord() {
    JavaFileObject f = source("Cmp", "@Callback record Cmp(int a) {}");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI050] @Callback goes on a functional interface, but Cmp is a record");
  }

  @Test
  void noAbstractMethod() {
    JavaFileObject f =
        source(
            "Nothing",
            """
            @Callback(parameters = "i32")
            interface Nothing {
              default void run(int x) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI051] @Callback interface Nothing has no abstract method: it needs exactly one abstract"
                + " method, the function C calls; declare it, e.g. 'int apply(int value)'")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void severalAbstractMethodsInheritedOnesIncluded() {
    JavaFileObject f =
        source(
            "Two",
            """
            interface Base {
              void first(int x);
            }

            @Callback(parameters = "i32")
            interface Two extends Base {
              void second(int x);

              boolean equals(Object other); // Object's methods do not count
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI051] @Callback interface Two has 2 abstract methods (first(), second()): it needs exactly"
                + " one abstract method, the function C calls; keep one and give the others default bodies")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void inheritedMethodOfAGenericSuperInterfaceIsFine() {
    JavaFileObject f =
        source(
            "Op",
            """
            interface Unary<T> {
              T apply(T value);
            }

            @Callback(parameters = "i64", result = "i64")
            interface Op extends Unary<Long> {}
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    // Long is not long: the type argument is applied, and checked like any Java type.
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'value' of Op.apply is java.lang.Long, which cannot carry C type \"i64\"; accepted: long");
    assertThat(c).hadErrorContaining("[FFI014] Op.apply returns java.lang.Long, which cannot carry C result \"i64\"; accepted: long");
  }

  @Test
  void privateCallback() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              @Callback(parameters = "i32")
              private interface Hidden {
                void run(int x);
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI052] @Callback interface Hidden cannot be used by generated code: it is private; make it"
                + " package-private or public")
        .inFile(f)
        .onLineContaining("private interface Hidden");
  }

  @Test
  void sealedCallback() {
    JavaFileObject f =
        source(
            "Sealed",
            """
            @Callback(parameters = "i32")
            sealed interface Sealed permits Impl {
              void run(int x);
            }

            final class Impl implements Sealed {
              public void run(int x) {}
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI052] @Callback interface Sealed cannot be used by generated code: it is sealed");
  }

  @Test
  void genericCallback() {
    JavaFileObject f =
        source(
            "Gen",
            """
            @Callback(parameters = "pointer")
            interface Gen<T> {
              void run(T x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI053] @Callback interface Gen has type parameters: a C function pointer has one signature;"
                + " remove <T>")
        .inFile(f)
        .onLineContaining("interface Gen");
  }

  @Test
  void genericMethod() {
    JavaFileObject f =
        source(
            "Gen",
            """
            @Callback(parameters = "pointer")
            interface Gen {
              <T> void run(java.lang.foreign.MemorySegment x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI053] method Gen.run has type parameters").inFile(f).onLineContaining("<T>");
  }

  @Test
  void arityMismatch() {
    JavaFileObject f =
        source(
            "Cmp",
            """
            @Callback(
                parameters = {"pointer", "pointer"},
                result = "i32")
            interface Cmp {
              int compare(java.lang.foreign.MemorySegment a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI054] callback Cmp.compare declares 2 C parameters in @Callback(parameters) but its method"
                + " has 1 Java parameter: give one type string per Java parameter")
        .inFile(f)
        .onLineContaining("parameters = {");
  }

  @Test
  void parameterJavaTypeDoesNotMatch() {
    JavaFileObject f =
        source(
            "Cmp",
            """
            @Callback(parameters = {"i32", "string", "u32"}, result = "i32")
            interface Cmp {
              int compare(long a, byte[] s, short u);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining("[FFI013] parameter 'a' of Cmp.compare is long, which cannot carry C type \"i32\"; accepted: int")
        .inFile(f)
        .onLineContaining("int compare");
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 's' of Cmp.compare is byte[], which cannot carry C type \"string\"; accepted:"
                + " String, MemorySegment");
    assertThat(c).hadErrorContaining("[FFI013] parameter 'u' of Cmp.compare is short, which cannot carry C type \"u32\"; accepted: int, long");
  }

  @Test
  void resultJavaTypeDoesNotMatch() {
    JavaFileObject f =
        source(
            "Op",
            """
            @Callback(parameters = "i32", result = "pointer")
            interface Op {
              byte[] apply(int a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI014] Op.apply returns byte[], which cannot carry C result \"pointer\"; accepted: MemorySegment")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void functionResultIsARawPointerOnly() {
    JavaFileObject f =
        source(
            "Op",
            """
            @Callback(parameters = "i32", result = "function")
            interface Op {
              Op apply(int a);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI014] Op.apply returns Op, which cannot carry C result \"function\"; accepted: MemorySegment");
  }

  @Test
  void badTypeStringVoidParameterAndBadCharset() {
    JavaFileObject f =
        source(
            "Op",
            """
            @Callback(parameters = {"i23", "void"}, result = "i32", charset = "EBCDIC")
            interface Op {
              int apply(int a, int b);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[FFI010] parameter 1 of Op.apply: unknown type \"i23\": did you mean \"i32\"?");
    assertThat(c).hadErrorContaining("[FFI011] parameter 2 of Op.apply is declared \"void\"");
    assertThat(c).hadErrorContaining("[FFI018] unsupported charset \"EBCDIC\" on Op.apply");
  }

  @Test
  void reservedParameterName() {
    JavaFileObject f =
        source(
            "Op",
            """
            @Callback(parameters = "i32")
            interface Op {
              void apply(int $slot);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining("[FFI008] parameter '$slot' of Op.apply starts with '$', which ffibind reserves for generated code")
        .inFile(f)
        .onLineContaining("$slot");
  }

  @Test
  void variadicCallback() {
    JavaFileObject f =
        source(
            "Log",
            """
            @Callback(parameters = {"string", "..."})
            interface Log {
              void log(String format);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI055] parameter 2 of callback Log.log is \"...\": a Java method cannot implement C's variadic"
                + " arguments; declare a fixed list of parameters")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void arrayWithoutLength() {
    JavaFileObject f =
        source(
            "Sum",
            """
            @Callback(parameters = {"i32[]", "i32"}, result = "i64")
            interface Sum {
              long sum(int[] values, int n);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI055] parameter 1 of callback Sum.sum is \"i32[]\": C passes a pointer without a length, so"
                + " ffibind cannot know how many elements to copy; write \"i32[n]\" with a constant or the name"
                + " of a parameter, or take a MemorySegment");
  }

  @Test
  void lengthsNameParametersOfTheCallback() {
    JavaFileObject f =
        source(
            "Sum",
            """
            @Callback(parameters = {"i32[count]", "i32", "f64[x]", "f64"}, result = "i64")
            interface Sum {
              long sum(int[] values, int n, double[] d, double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI021] \"i32[count]\" in Sum.sum names parameter 'count', which does not exist: parameters are values, n, d, x");
    assertThat(c)
        .hadErrorContaining(
            "[FFI022] \"f64[x]\" in Sum.sum takes its length from parameter 'x', which is \"f64\" (double): a length"
                + " must be an integer parameter")
        .inFile(f);
  }

  @Test
  void stringResultIsRejected() {
    JavaFileObject f =
        source(
            "Name",
            """
            @Callback(parameters = "i32", result = "string")
            interface Name {
              String name(int id);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI056] callback Name.name returns \"string\": a string's memory would have to outlive the"
                + " callback, and nothing would free it; return \"pointer\" instead")
        .inFile(f)
        .onLineContaining("@Callback");
  }

  @Test
  void memoryResultsAreRejected() {
    JavaFileObject f =
        source(
            "Fill",
            """
            @Callback(parameters = "i32", result = "i32[4]")
            interface Fill {
              int[] fill(int id);
            }
            """);
    Compilation c = compile(f);
    assertThat(c)
        .hadErrorContaining("[FFI056] callback Fill.fill returns \"i32[4]\": memory Java lends C lives only while Java waits for C");
  }

  @Test
  void functionParameterOfAWrongJavaType() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("c")
            interface Lib {
              @Symbol(parameters = {"pointer", "usize", "usize", "function"})
              void qsort(java.lang.foreign.MemorySegment base, long n, long size, Runnable compare);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI013] parameter 'compare' of Lib.qsort is java.lang.Runnable, which cannot carry C type"
                + " \"function\"; accepted: MemorySegment, a @Callback interface")
        .inFile(f)
        .onLineContaining("Runnable compare");
  }

  @Test
  void callbackInterfaceForAnotherTypeString() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(int v);
            }

            @NativeLibrary("c")
            interface Lib {
              @Symbol(parameters = "pointer")
              void take(Op op);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI013] parameter 'op' of Lib.take is Op, which cannot carry C type \"pointer\"");
  }

  @Test
  void criticalCallWithACallback() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(int v);
            }

            @NativeLibrary("c")
            interface Lib {
              @Critical
              @Symbol(parameters = {"function", "i32"}, result = "i32")
              int call(Op op, int v);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI057] @Critical on Lib.call, which passes callback 'op' to C: a critical call must not call"
                + " back into Java; remove @Critical")
        .inFile(f)
        .onLineContaining("Op op");
  }

  @Test
  void aLibraryUsingAnInvalidCallbackIsNotGenerated() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(String v);
            }

            @Callback(parameters = "function")
            interface UsesOp {
              void use(Op op);
            }

            @NativeLibrary("c")
            interface Lib {
              @Symbol(parameters = {"function", "i32"}, result = "i32")
              int call(Op op, int v);
            }
            """);
    Compilation c = compile(f);
    // Only the callback's own mistake: no errors from generated code that refers to it.
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI013] parameter 'v' of Op.apply is String");
  }

  @Test
  void onErrorMustFitTheResult() {
    JavaFileObject f =
        source(
            "Ops",
            """
            @Callback(parameters = "i32", result = "u8", onError = "256")
            interface Byte {
              int apply(int v);
            }

            @Callback(parameters = "i32", onError = "1")
            interface Nothing {
              void apply(int v);
            }

            @Callback(parameters = "i32", result = "bool", onError = "yes")
            interface Yes {
              boolean test(int v);
            }

            @Callback(parameters = "i32", result = "pointer", onError = "1")
            interface Pointer {
              java.lang.foreign.MemorySegment at(int v);
            }

            @Callback(parameters = "i32", result = "f32", onError = "1e100")
            interface Huge {
              float apply(int v);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(5);
    assertThat(c)
        .hadErrorContaining("[FFI058] onError = \"256\" of callback Byte.apply: 256 is out of range for \"u8\" (0 to 255)")
        .inFile(f)
        .onLineContaining("onError = \"256\"");
    assertThat(c)
        .hadErrorContaining(
            "[FFI058] onError = \"1\" of callback Nothing.apply: the callback returns void, so C receives nothing;"
                + " remove onError");
    assertThat(c).hadErrorContaining("[FFI058] onError = \"yes\" of callback Yes.test: a bool result takes \"true\" or \"false\"");
    assertThat(c).hadErrorContaining("[FFI058] onError = \"1\" of callback Pointer.at: a pointer result always gives C NULL");
    assertThat(c).hadErrorContaining("[FFI058] onError = \"1e100\" of callback Huge.apply: 1e100 is out of range for \"f32\"");
  }
}
