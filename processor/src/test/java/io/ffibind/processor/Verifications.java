package io.ffibind.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.ffibind.internal.LibraryFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles with {@code -Affibind.libraryPath} set, against the C fixtures or the system's libraries. */
final class Verifications {
  /** A declaration of verify.c's {@code int64_t vf_add_i64(int64_t, int64_t)} with every type too narrow. */
  static final String WRONG_ADD =
      "  @Symbol(parameters = {\"i32\", \"i32\"}, result = \"i32\")\n  int vf_add_i64(int a, int b);\n";

  private Verifications() {}

  /** {@code @NativeLibrary(name) interface Lib { methods }}. */
  static JavaFileObject library(String name, String methods) {
    return Compilations.source("Lib", "@NativeLibrary(\"" + name + "\")\ninterface Lib {\n" + methods + "}\n");
  }

  /** Where fixtures-c puts its libraries (target/native), as the build tells the tests. */
  static Path fixtures() {
    Path dir = Path.of(System.getProperty("ffibind.fixtures.dir", "../fixtures-c/target/native"));
    if (!Files.isRegularFile(dir.resolve("libffibind_verify_dwarf5.so"))) {
      throw new IllegalStateException("the verification fixtures are missing from " + dir.toAbsolutePath() + ": build fixtures-c first");
    }
    return dir;
  }

  /** The platform's system library directories, as the runtime searches them. */
  static String systemPath() {
    return LibraryFiles.systemDirectories().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  static Compilation compile(String libraryPath, JavaFileObject... sources) {
    return compile(List.of("-Affibind.libraryPath=" + libraryPath), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FfibindProcessor()).withOptions(options).compile(sources);
  }

  /** Options for the fixtures directory plus {@code extra}. */
  static List<String> fixtureOptions(String... extra) {
    List<String> options = new ArrayList<>();
    options.add("-Affibind.libraryPath=" + fixtures());
    options.addAll(List.of(extra));
    return options;
  }

  /** ffibind's notes (javac prints notes of its own, such as unchecked warnings summaries). */
  static List<String> notes(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[FFI"))
        .toList();
  }
}
