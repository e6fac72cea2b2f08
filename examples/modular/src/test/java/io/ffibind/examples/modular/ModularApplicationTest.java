package io.ffibind.examples.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the modular application in child JVMs, on a module path of its classes and ffibind-runtime,
 * as a user would: with native access for both modules it works (plain calls, a struct and its
 * companion, callbacks whose upcall stubs the runtime makes); when the JVM denies native access
 * ({@code --illegal-native-access=deny}, the JDK's future default) the error names the exact flag,
 * whichever restricted call comes first: a library load or an upcall stub.
 */
class ModularApplicationTest {
  private static final String MODULE = "io.ffibind.examples.modular";
  private static final String MAIN = MODULE + "/" + MODULE + ".Main";

  private record Run(int exit, String out, String err) {}

  @Test
  void runsAsANamedModuleWithNativeAccessForItselfAndTheRuntime() throws Exception {
    Run run = java("--illegal-native-access=deny", "--enable-native-access=" + MODULE + ",io.ffibind");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("module: " + MODULE), run.out());
    assertTrue(run.out().contains("crc32(\"hello\") = 0x3610a686"), run.out());
    assertTrue(run.out().contains("compressBound(1000) = 1013"), run.out());
    // A struct by value and its companion, a callback for one call and one kept with an arena.
    assertTrue(run.out().contains("div(-7, 2) = Div[quot=-3, rem=-1]"), run.out());
    assertTrue(run.out().contains("qsort = [-7, 0, 19, 42]"), run.out());
    assertTrue(run.out().contains("div_t in memory: quot -3, rem -1, 8 bytes"), run.out());
    assertTrue(run.out().contains("bsearch(19) at index 2"), run.out());
    assertEquals("", run.err(), "no native-access warning when both modules are enabled");
  }

  @Test
  void theRuntimeMakesUpcallStubsAndNamesItsFlagWhenDenied() throws Exception {
    Run run = run(List.of("--illegal-native-access=deny", "--enable-native-access=" + MODULE + ",io.ffibind"),
        "pointer-first");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("pointer MemorySegment{"), run.out());
    Run denied = run(List.of("--illegal-native-access=deny", "--enable-native-access=" + MODULE), "pointer-first");
    assertNotEquals(0, denied.exit());
    // The upcall stub is the runtime's first restricted call here, not a library load.
    assertTrue(denied.err().contains("native access is denied to module io.ffibind, and ffibind calls C through"
        + " restricted Panama methods (from " + MODULE + ".Ffibind_LibC_IntComparator)"), denied.err());
    assertTrue(denied.err().contains("Run java with --enable-native-access=io.ffibind."), denied.err());
  }

  @Test
  void deniedToBothModulesTheErrorNamesTheFlagForBoth() throws Exception {
    Run run = java("--illegal-native-access=deny");
    assertNotEquals(0, run.exit());
    assertTrue(
        run.err().contains("java.lang.IllegalCallerException: native access is denied to modules "
            + MODULE + " and io.ffibind"),
        run.err());
    assertTrue(run.err().contains("Run java with --enable-native-access=" + MODULE + ",io.ffibind."), run.err());
  }

  @Test
  void deniedToTheRuntimeOnlyTheErrorNamesIt() throws Exception {
    Run run = java("--illegal-native-access=deny", "--enable-native-access=" + MODULE);
    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("native access is denied to module io.ffibind"), run.err());
    assertTrue(run.err().contains("Run java with --enable-native-access=io.ffibind."), run.err());
  }

  @Test
  void deniedToTheApplicationOnlyTheErrorNamesIt() throws Exception {
    Run run = java("--illegal-native-access=deny", "--enable-native-access=io.ffibind");
    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("native access is denied to module " + MODULE + ","), run.err());
    assertTrue(run.err().contains("Run java with --enable-native-access=" + MODULE + "."), run.err());
  }

  private static Run java(String... options) throws IOException, InterruptedException {
    return run(List.of(options));
  }

  private static Run run(List<String> options, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("--module-path");
    command.add(modulePath());
    command.add("--module");
    command.add(MAIN);
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the application did not finish");
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  /** The application's classes and ffibind-runtime (jar or classes), taken from this test's class path. */
  private static String modulePath() {
    List<String> path = new ArrayList<>();
    path.add(System.getProperty("modular.classes"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace('\\', '/');
      if (normalized.contains("ffibind-runtime") || normalized.endsWith("/runtime/target/classes")) {
        path.add(entry);
      }
    }
    assertEquals(2, path.size(), "the application and ffibind-runtime: " + path);
    return String.join(File.pathSeparator, path);
  }
}
