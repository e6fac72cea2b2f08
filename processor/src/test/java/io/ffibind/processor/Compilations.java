package io.ffibind.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources in memory with the ffibind processor, as a user's build would. The test
 * classpath, which holds ffibind-runtime, is the compile classpath, so sources see the annotations.
 */
final class Compilations {
  private Compilations() {}

  /** A source in package {@code test} that already imports {@code io.ffibind.*}. */
  static JavaFileObject source(String simpleName, String body) {
    return JavaFileObjects.forSourceString(
        "test." + simpleName, "package test;\n\nimport io.ffibind.*;\n\n" + body);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FfibindProcessor()).compile(sources);
  }
}
