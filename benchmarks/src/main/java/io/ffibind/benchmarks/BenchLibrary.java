package io.ffibind.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code libffibind_bench.so}, which the build puts in {@code target/native}, beside both
 * {@code target/classes} and {@code target/benchmarks.jar}. JMH forks run the jar from anywhere, so
 * the path is derived from where this class was loaded, not from the working directory.
 */
public final class BenchLibrary {
  /** Overrides the location: {@code -Dffibind.bench.library=/path/to/libffibind_bench.so}. */
  public static final String PROPERTY = "ffibind.bench.library";

  /** The bare name, as ffibind, JNR and {@link System#mapLibraryName} spell it. */
  public static final String NAME = "ffibind_bench";

  private BenchLibrary() {}

  /** The library file; fails with a hint when it was not built. */
  public static Path path() {
    String override = System.getProperty(PROPERTY);
    Path file = override != null ? Path.of(override) : besideCodeSource();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " does not exist: build it with 'mvn -B -pl benchmarks -am verify' or set -D" + PROPERTY);
    }
    return file.toAbsolutePath();
  }

  private static Path besideCodeSource() {
    try {
      Path codeSource = Path.of(BenchLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return codeSource.getParent().resolve("native").resolve(System.mapLibraryName(NAME));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmark jar", e);
    }
  }
}
