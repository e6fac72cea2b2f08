package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.tests.readme.LibC;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code -Dffibind.trace}: every generated call logged through {@code System.Logger} (the JDK's
 * default backend prints to standard error), with the method, the C symbol and the arguments; a
 * filter by interface, method or symbol; nothing at all without the property.
 */
class TraceTest {
  /** Makes a few calls through LibC. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      LibC libc = Native.load(LibC.class);
      String[] end = new String[1];
      System.out.println(libc.strlen("héllo \"x\"") + " " + libc.strtol("42 rest", end, 10) + end[0]);
    }
  }

  private static final List<String> ACCESS = List.of("--enable-native-access=ALL-UNNAMED");

  @Test
  void everyCallWithItsSymbolAndArguments() throws Exception {
    ChildJvm.Run run = ChildJvm.run(Main.class, jvm("-Dffibind.trace=true"));
    assertEquals("10 42 rest", run.out().strip(), run.err());
    assertTrue(run.err().contains("LibC.strlen -> strlen(s=\"héllo \\\"x\\\"\")"), run.err());
    assertTrue(run.err().contains("LibC.strtol -> strtol(s=\"42 rest\", end=String[1]{null}, base=10)"), run.err());
  }

  @Test
  void onlyWhatTheFilterNames() throws Exception {
    ChildJvm.Run run = ChildJvm.run(Main.class, jvm("-Dffibind.trace=strtol"));
    assertTrue(run.err().contains("LibC.strtol -> strtol("), run.err());
    assertFalse(run.err().contains("strlen"), run.err());
    run = ChildJvm.run(Main.class, jvm("-Dffibind.trace=LibC.strlen"));
    assertTrue(run.err().contains("LibC.strlen -> strlen("), run.err());
    assertFalse(run.err().contains("strtol"), run.err());
  }

  @Test
  void offByDefault() throws Exception {
    ChildJvm.Run run = ChildJvm.run(Main.class, ACCESS);
    assertEquals("10 42 rest", run.out().strip());
    assertEquals("", run.err());
    run = ChildJvm.run(Main.class, jvm("-Dffibind.trace=false"));
    assertEquals("", run.err());
  }

  private static List<String> jvm(String option) {
    return List.of(ACCESS.get(0), option, "-Dstderr.encoding=UTF-8", "-Dfile.encoding=UTF-8");
  }
}
