package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Issue 8's compile-time checks, black box: each mistake the issue lists is an error at its method. */
class AuditCallOptionsDiagnosticsTest {

  private static JavaFileObject lib(String body) {
    return source("L", "import java.util.concurrent.CompletableFuture;\nimport java.lang.foreign.MemorySegment;\n"
        + "@NativeLibrary(\"\")\ninterface L {\n" + body + "}\n");
  }

  private static void fails(String body, String id, String line) {
    JavaFileObject f = lib(body);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[" + id + "]").inFile(f).onLineContaining(line);
  }

  @Test
  void nonblockingWithoutFuture() {
    fails("  @Symbol(parameters = {\"i32\"}, result = \"i32\", nonblocking = true)\n  int abs(int x);\n", "FFI065", "nonblocking = true");
  }

  @Test
  void futureTypeArgumentNotMatchingTheResult() {
    fails("  @Symbol(parameters = {\"i32\"}, result = \"i32\", nonblocking = true)\n  CompletableFuture<String> abs(int x);\n",
        "FFI066", "result = \"i32\", nonblocking");
    fails("  @Symbol(parameters = {\"i32\"}, result = \"f64\", nonblocking = true)\n  CompletableFuture<Integer> f(int x);\n",
        "FFI066", "result = \"f64\"");
    fails("  @Symbol(parameters = {\"i32\"}, nonblocking = true)\n  CompletableFuture<Integer> g(int x);\n",
        "FFI066", "nonblocking = true");
  }

  @Test
  void voidFutureAndBoxedFuturesCompile() {
    JavaFileObject f = lib("""
          @Symbol(parameters = {"i32"}, nonblocking = true)
          CompletableFuture<Void> srand(int seed);
          @Symbol(parameters = {"string"}, result = "usize", nonblocking = true)
          CompletableFuture<Long> strlen(String s);
          @Symbol(parameters = {"f64"}, result = "f64", nonblocking = true)
          CompletableFuture<Double> sqrt(double x);
          @Symbol(parameters = {"string"}, result = "string", nonblocking = true, errno = true)
          CompletableFuture<String> getenv(String name);
        """);
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void criticalWithNonblocking() {
    fails("  @Critical\n  @Symbol(parameters = {\"i32\"}, result = \"i32\", nonblocking = true)\n"
        + "  CompletableFuture<Integer> abs(int x);\n", "FFI067", "nonblocking = true");
  }

  @Test
  void futureWithoutNonblocking() {
    fails("  @Symbol(parameters = {\"i32\"}, result = \"i32\")\n  CompletableFuture<Integer> abs(int x);\n", "FFI068", "@Symbol");
  }

  @Test
  void globalWithTwoParametersOrAResultAndAParameter() {
    fails("  @Global(type = \"i32\")\n  void optind(int a, int b);\n", "FFI069", "void optind");
    fails("  @Global(type = \"i32\")\n  int opterr(int a);\n", "FFI069", "int opterr");
  }

  @Test
  void globalJavaTypeThatCannotCarryItsType() {
    fails("  @Global(type = \"i32\")\n  String optind();\n", "FFI070", "@Global");
    fails("  @Global(type = \"i64\")\n  void timezone(int v);\n", "FFI070", "void timezone");
    fails("  @Global(type = \"u8[4]\")\n  int[] bytes();\n", "FFI070", "@Global");
  }

  @Test
  void errnoOnAGlobal() {
    fails("  @Symbol(errno = true)\n  @Global(type = \"i32\")\n  int optind();\n", "FFI072", "errno = true");
  }

  @Test
  void globalOutsideALibrary() {
    JavaFileObject f = source("NotLib", "interface NotLib {\n  @Global(type = \"i32\")\n  int optind();\n}\n");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("[FFI073]").inFile(f).onLineContaining("@Global");
  }
}
