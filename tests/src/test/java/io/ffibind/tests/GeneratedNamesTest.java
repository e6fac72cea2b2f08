package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Method names a user may pick for a C function must not collide with what the generated class
 * inherits. These interfaces cannot live in this module's sources (a clash would break its whole
 * compile), so the test runs javac with the processor in-process, then loads and calls the result.
 */
class GeneratedNamesTest {
  @TempDir Path dir;

  @Test
  void ordinaryNamesCompileLoadAndCall() throws Exception {
    Class<?> probe =
        compile(
            "Plain",
            """
            @NativeLibrary("ffibind_fixtures")
            public interface Plain {
              @Symbol(name = "prim_i32_max", result = "i32")
              int maximum();
            }
            """);
    Object lib = Native.load(probe);
    assertEquals(Integer.MAX_VALUE, call(lib, "maximum"));
  }

  @Test
  void methodsNamedLikeBindingInternals() throws Exception {
    Class<?> probe =
        compile(
            "Clash",
            """
            @NativeLibrary("ffibind_fixtures")
            public interface Clash {
              @Symbol(name = "prim_i32_max", result = "i32")
              int resolved();

              @Symbol(name = "prim_id_bool", parameters = "bool", result = "bool")
              boolean isClosed(boolean x);

              @Symbol(name = "prim_i64_min", result = "i64")
              long libraryOrigin();
            }
            """);
    Object lib = Native.load(probe);
    assertEquals(Integer.MAX_VALUE, call(lib, "resolved"));
    assertEquals(Long.MIN_VALUE, call(lib, "libraryOrigin"));
  }

  /** Compiles {@code body} as {@code probe.<name>} with the ffibind processor; returns the interface. */
  private Class<?> compile(String name, String body) throws Exception {
    Path src = dir.resolve("src/probe/" + name + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package probe;\nimport io.ffibind.*;\n" + body);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path runtime = Path.of(NativeLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              List.of("-proc:full", "-classpath", runtime.toString(), "-d", out.toString()),
              null,
              files.getJavaFileObjects(src));
      task.setProcessors(List.of(new io.ffibind.processor.FfibindProcessor()));
      boolean ok = task.call();
      assertTrue(ok, () -> "javac failed: " + diagnostics.getDiagnostics());
    }
    URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return Class.forName("probe." + name, true, loader);
  }

  private static Object call(Object target, String method) throws Exception {
    Method m = target.getClass().getMethod(method);
    return m.invoke(target);
  }
}
