package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Symbol}'s optional, nonblocking and errno: a nonblocking method returns {@code
 * CompletableFuture<T>} whose T carries the C result (FFI065, FFI066, FFI068) and is never
 * {@code @Critical} (FFI067); valid combinations compile cleanly.
 */
class CallOptionsDiagnosticsTest {

  @Test
  void nonblockingWithoutAFuture() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = "u32", result = "i32",
                  nonblocking = true)
              int sleep(int seconds);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI065] Lib.sleep is declared nonblocking = true but returns int: a nonblocking call returns"
                + " at once, so declare the result CompletableFuture<Integer> (the boxed Java type of C"
                + " result \"i32\")")
        .inFile(f)
        .onLineContaining("nonblocking = true");
  }

  @Test
  void nonblockingVoidWithoutAFuture() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(nonblocking = true)
              void sync();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI065] Lib.sync is declared nonblocking = true but returns void:")
        .inFile(f)
        .onLineContaining("nonblocking = true");
    assertThat(c).hadErrorContaining("declare the result CompletableFuture<Void>");
  }

  @Test
  void futureWhoseTypeArgumentDoesNotMatchTheCResult() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = "u32",
                  result = "u32",
                  nonblocking = true)
              CompletableFuture<String> sleep(int seconds);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI066] Lib.sleep returns CompletableFuture<String>, whose type argument cannot carry C"
                + " result \"u32\"; accepted: CompletableFuture<Integer>, CompletableFuture<Long>")
        .inFile(f)
        .onLineContaining("result = \"u32\"");
  }

  @Test
  void futureOfAValueForAVoidFunction() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("")
            interface Lib {
              @Symbol(nonblocking = true)
              CompletableFuture<Integer> sync();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI066] Lib.sync returns CompletableFuture<Integer>, whose type argument cannot carry C result"
                + " \"void\"; accepted: CompletableFuture<Void>")
        .inFile(f)
        .onLineContaining("@Symbol(nonblocking = true)");
  }

  @Test
  void rawOrWildcardFuturesAreNotFutures() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("")
            interface Lib {
              @Symbol(result = "i32", nonblocking = true)
              CompletableFuture<? extends Number> wildcard();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI065] Lib.wildcard is declared nonblocking = true but returns"
                + " java.util.concurrent.CompletableFuture<? extends java.lang.Number>")
        .inFile(f)
        .onLineContaining("nonblocking = true");
  }

  @Test
  void criticalAndNonblockingExcludeEachOther() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("m")
            interface Lib {
              @Critical
              @Symbol(parameters = "f64", result = "f64",
                  nonblocking = true)
              CompletableFuture<Double> sqrt(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI067] Lib.sqrt is both @Critical and nonblocking = true: a critical call must be short and"
                + " never block, while nonblocking is for calls that may block; remove one")
        .inFile(f)
        .onLineContaining("nonblocking = true");
  }

  @Test
  void aFutureWithoutNonblocking() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("m")
            interface Lib {
              @Symbol(parameters = "f64", result = "f64")
              CompletableFuture<Double> sqrt(double x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI068] Lib.sqrt returns CompletableFuture<Double> but is not nonblocking: set"
                + " @Symbol(nonblocking = true) to run the call on another thread, or return the C result"
                + " directly")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void validCombinationsCompileCleanly() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.lang.foreign.MemorySegment;
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
              int open(String path, int flags, int mode);

              @Symbol(parameters = "u32", result = "u32", nonblocking = true)
              CompletableFuture<Long> sleep(int seconds);

              @Symbol(name = "sleep", parameters = "u32", result = "u32", nonblocking = true, errno = true)
              CompletableFuture<Integer> sleepRaw(int seconds);

              @Symbol(name = "sync", nonblocking = true, optional = true)
              CompletableFuture<Void> syncLater();

              @Symbol(parameters = "string", result = "string", nonblocking = true)
              CompletableFuture<String> getenv(String name);

              @Symbol(name = "getenv", parameters = "string", result = "pointer", nonblocking = true)
              CompletableFuture<MemorySegment> getenvRaw(String name);

              @FreeResult
              @Symbol(parameters = "string", result = "string", nonblocking = true, errno = true, optional = true)
              CompletableFuture<String> strdup(String s);

              @Critical
              @Symbol(parameters = "i32", result = "i32", errno = true, optional = true)
              int abs(int x);

              @Symbol(name = "strtol", parameters = {"string", "pointer", "i32"}, result = "long",
                  nonblocking = true)
              CompletableFuture<Long> parse(String s, MemorySegment end, int base);

              @Symbol(name = "labs", parameters = "long", result = "long", nonblocking = true)
              CompletableFuture<long[]> wrong(long x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI066] Lib.wrong returns CompletableFuture<long[]>");
  }

  @Test
  void generatedCodeForEachOption() {
    JavaFileObject f =
        source(
            "Lib",
            """
            import java.util.concurrent.CompletableFuture;

            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
              int open(String path, int flags, int mode);

              @Symbol(parameters = "u32", result = "u32", nonblocking = true, errno = true)
              CompletableFuture<Long> sleep(long seconds);

              @Symbol(name = "sync", nonblocking = true)
              CompletableFuture<Void> syncLater();

              @Symbol(parameters = "i32", result = "i32", optional = true)
              int maybe(int x);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    var generated = assertThat(c).generatedSourceFile("test.Ffibind_Lib").contentsAsUtf8String();
    generated.contains("Linker.Option.firstVariadicArg(2), Errno.CAPTURE)");
    generated.contains("return (int) open$handle.invokeExact(open$address, Errno.state(), $path, flags, mode);");
    generated.contains("public CompletableFuture<Long> sleep(long seconds) {");
    generated.contains("return Nonblocking.call($binding, true, () -> sleep$call(seconds));");
    generated.contains("private long sleep$call(long seconds) {");
    generated.contains("return Nonblocking.run($binding, false, () -> syncLater$call());");
    generated.contains("$binding.optional(\"maybe\")");
    generated.contains("throw $binding.missingSymbol(\"maybe\", \"maybe\");");
  }
}
