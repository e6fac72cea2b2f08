package io.ffibind.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor never crashes: thousands of random declarations ({@link RandomDeclarations}, seeded so
 * every failure replays), compiled in batches, always end with ffibind diagnostics on the user's own
 * sources or with generated code that compiles; never an exception, never FFI999, never an error in a
 * generated file. The files of a batch that had no error are compiled again on their own, so their
 * generated code really is compiled.
 *
 * <p>Every crash this test finds becomes a named test of its smallest form beside the diagnostic tests.
 * None so far, with the build's seeds and with 1 and 777 (20 batches each); {@code -Xmaxerrs} matters:
 * past javac's default of 100 errors, the ffibind errors of later files are silently dropped.
 */
class RandomDeclarationsTest {
  private static final int BATCHES = 14;
  private static final int FILES_PER_BATCH = 40;
  /** {@code -Dffibind.random.seed=...} explores other seeds; the build always runs the same ones. */
  private static final long SEED = Long.getLong("ffibind.random.seed", 20261130L);

  @Test
  void randomDeclarationsEndInDiagnosticsOrCompilingCode() {
    int declarations = 0;
    int compiledAlone = 0;
    for (int batch = 0; batch < BATCHES; batch++) {
      long seed = SEED + batch;
      RandomDeclarations generator = new RandomDeclarations(seed);
      Map<String, JavaFileObject> files = new LinkedHashMap<>();
      Map<String, String> sources = new LinkedHashMap<>();
      for (int i = 0; i < FILES_PER_BATCH; i++) {
        RandomDeclarations.Unit unit = generator.file();
        sources.put(unit.name(), unit.source());
        files.put(unit.name(), JavaFileObjects.forSourceString("test." + unit.name(), unit.source()));
        declarations += unit.source().split("@Symbol", -1).length - 1;
      }
      Compilation all = compile(seed, files.values(), sources);
      Set<String> failed = new TreeSet<>();
      for (Diagnostic<? extends JavaFileObject> d : all.errors()) {
        String message = d.getMessage(Locale.ROOT);
        String file = d.getSource() == null ? "(none)" : d.getSource().getName();
        if (!message.startsWith("[FFI") || message.startsWith("[FFI999]")) {
          fail("seed " + seed + ": not an ffibind diagnostic, in " + file + ": " + message + "\n" + near(d, sources));
        }
        if (file.contains("Ffibind_")) {
          fail("seed " + seed + ": error in generated code " + file + ": " + message);
        }
        failed.add(unitOf(file));
      }
      assertTrue(all.warnings().stream().noneMatch(w -> w.getMessage(Locale.ROOT).contains("FFI999")));
      // The files without errors, alone: their generated code must compile.
      List<JavaFileObject> clean = new ArrayList<>();
      files.forEach((name, file) -> {
        if (!failed.contains(name)) {
          clean.add(file);
        }
      });
      compiledAlone += clean.size();
      if (!failed.isEmpty() && !clean.isEmpty()) {
        Compilation again = compile(seed, clean, sources);
        if (!again.errors().isEmpty()) {
          fail("seed " + seed + ": files without ffibind errors failed alone: " + again.errors());
        }
      }
    }
    assertTrue(declarations > 2000, "only " + declarations + " declarations");
    assertTrue(compiledAlone > BATCHES * FILES_PER_BATCH / 5, "only " + compiledAlone + " files generated code");
  }

  private static Compilation compile(long seed, Iterable<JavaFileObject> files, Map<String, String> sources) {
    try {
      // Every error shown: javac stops printing after 100 by default.
      return Compiler.javac().withProcessors(new FfibindProcessor()).withOptions("-Xmaxerrs", "100000").compile(files);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("seed " + seed + ": the compilation threw\n" + String.join("\n---\n", sources.values()), e);
    }
  }

  private static String unitOf(String file) {
    int slash = file.lastIndexOf('/');
    String simple = file.substring(slash + 1).replace(".java", "");
    return simple;
  }

  private static String near(Diagnostic<? extends JavaFileObject> d, Map<String, String> sources) {
    if (d.getSource() == null) {
      return "";
    }
    return sources.getOrDefault(unitOf(d.getSource().getName()), "");
  }
}
