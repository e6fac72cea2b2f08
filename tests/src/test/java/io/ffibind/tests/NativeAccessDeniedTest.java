package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Memory;
import io.ffibind.Native;
import io.ffibind.tests.readme.LibC;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the class path, with native access denied ({@code --illegal-native-access=deny}, the JDK's future
 * default): loading a binding fails with an error naming the flag and the manifest attribute to add.
 * (The module-path cases are in examples/modular's ModularApplicationTest.)
 */
class NativeAccessDeniedTest {
  /** Loads LibC and calls it; prints the error's message when loading fails. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      try {
        LibC libc = Native.load(LibC.class);
        System.out.println("strlen = " + libc.strlen("four"));
      } catch (IllegalCallerException e) {
        System.out.println("denied: " + e.getMessage());
      }
    }
  }

  @Test
  void deniedOnTheClassPathTheErrorNamesTheFlagAndTheManifestAttribute() throws Exception {
    ChildJvm.Run run = ChildJvm.run(Main.class, List.of("--illegal-native-access=deny"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().startsWith(
            "denied: native access is denied to module ALL-UNNAMED, and ffibind calls C through restricted"
                + " Panama methods (from io.ffibind.tests.readme.Ffibind_LibC). Run java with"
                + " --enable-native-access=ALL-UNNAMED (for an executable JAR started with java -jar, the"
                + " manifest attribute 'Enable-Native-Access: ALL-UNNAMED' does the same)."),
        run.out());
  }

  /** Reads a C string through Memory, without loading any binding first. */
  public static final class MemoryMain {
    private MemoryMain() {}

    public static void main(String[] args) {
      MemorySegment raw = MemorySegment.ofAddress(Arena.global().allocateFrom("hi").address());
      try {
        System.out.println("read: " + Memory.readString(raw, StandardCharsets.UTF_8));
      } catch (IllegalCallerException e) {
        System.out.println("denied: " + e.getMessage());
      }
    }
  }

  @Test
  void memoryHelpersNameTheFlagToo() throws Exception {
    ChildJvm.Run run = ChildJvm.run(MemoryMain.class, List.of("--illegal-native-access=deny"));
    assertTrue(
        run.out().startsWith(
            "denied: native access is denied to module ALL-UNNAMED, and ffibind calls C through restricted"
                + " Panama methods (from io.ffibind.internal.NativeAccess). Run java with"
                + " --enable-native-access=ALL-UNNAMED"),
        run.out() + run.err());
    run = ChildJvm.run(MemoryMain.class, List.of("--illegal-native-access=deny", "--enable-native-access=ALL-UNNAMED"));
    assertEquals("read: hi", run.out().strip(), run.err());
  }

  @Test
  void withTheFlagTheSameProgramRuns() throws Exception {
    ChildJvm.Run run =
        ChildJvm.run(Main.class, List.of("--illegal-native-access=deny", "--enable-native-access=ALL-UNNAMED"));
    assertEquals("strlen = 4", run.out().strip(), run.err());
  }
}
