package io.ffibind.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ffibind.FreeResult;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Millions of string calls must not grow native memory: argument copies live in reused per-thread
 * scratch memory and owned results are freed. Measured as the resident set (VmRSS) before and after,
 * following a warm-up that lets the JIT and the scratch memory settle.
 *
 * <p>The loop runs in a child JVM with a fixed, pre-touched Java heap: in this JVM G1 keeps growing
 * the young generation under the allocation rate (by hundreds of MiB on a large machine), and that
 * growth would drown what this test looks for. With the heap resident from the start, RSS growth is
 * native memory.
 */
class StringSoakTest {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final long SLACK = 64L << 20;
  private static final Pattern RESULT = Pattern.compile("SOAK before=(\\d+) after=(\\d+)");

  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "mem_strlen", parameters = {"string"}, result = "i64")
    long strlen(String s);

    @Symbol(name = "mem_echo", parameters = {"string"}, result = "string")
    String echo(String s);

    @FreeResult
    @Symbol(name = "mem_strdup_plain", parameters = {"string"}, result = "string")
    String dupWithLibcFree(String s);

    @FreeResult("mem_free")
    @Symbol(name = "mem_strdup_counted", parameters = {"string"}, result = "string")
    String dupCounted(String s);
  }

  @BeforeAll
  static void linuxOnly() {
    assumeTrue(Files.isReadable(STATUS), "needs /proc/self/status");
  }

  @Test
  void tenMillionStringCallsKeepNativeMemoryFlat() throws Exception {
    assertFlat("strings");
  }

  @Test
  void twoMillionOwnedResultsAreReallyFreed() throws Exception {
    assertFlat("owned");
  }

  private static void assertFlat(String mode) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xms96m", "-Xmx96m", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"));
    String library = "ffibind.library.ffibind_fixtures";
    command.add("-D" + library + "=" + System.getProperty(library));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(), mode));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "soak child did not finish");
    assertEquals(0, child.exitValue(), output);
    Matcher m = RESULT.matcher(output);
    assertTrue(m.find(), output);
    long growth = Long.parseLong(m.group(2)) - Long.parseLong(m.group(1));
    assertTrue(growth < SLACK, mode + ": RSS grew by " + (growth >> 20) + " MiB\n" + output);
  }

  /** The soak loops, run in the child JVM; exits non-zero on a wrong result. */
  static final class Child {
    private static final String[] WORDS = {"", "a", "h\u00e9llo", "\u6f22\u5b57", "\ud83d\ude00", "soak test"};

    public static void main(String[] args) throws IOException {
      Lib lib = Native.load(Lib.class);
      Runnable loop = args[0].equals("strings") ? () -> strings(lib, 10_000_000) : () -> owned(lib, 1_000_000);
      if (args[0].equals("strings")) {
        strings(lib, 2_000_000);
      } else {
        owned(lib, 200_000);
      }
      long before = rss();
      loop.run();
      System.out.println("SOAK before=" + before + " after=" + rss());
    }

    /** Alternates a string argument and a string argument plus result. */
    private static void strings(Lib lib, int n) {
      long total = 0;
      long expected = 0;
      for (int i = 0; i < n; i++) {
        String w = WORDS[i % WORDS.length];
        if ((i & 1) == 0) {
          total += lib.strlen(w);
          expected += w.getBytes(UTF_8).length;
        } else {
          total += lib.echo(w).length();
          expected += w.length();
        }
      }
      check(total == expected, "string results: " + total + " != " + expected);
    }

    /** 1 KiB results, freed with libc free and with mem_free: a leak would be a gigabyte. */
    private static void owned(Lib lib, int n) {
      String kib = "x".repeat(1023);
      long live = MemCounters.C.liveAllocations();
      for (int i = 0; i < n; i++) {
        check(lib.dupWithLibcFree(kib).length() == 1023, "libc-freed result");
        check(lib.dupCounted(kib).length() == 1023, "mem_free-freed result");
      }
      check(MemCounters.C.liveAllocations() == live, "mem_alloc'd results were not all freed");
    }

    private static void check(boolean ok, String what) {
      if (!ok) {
        System.out.println("SOAK FAILED: " + what);
        System.exit(1);
      }
    }

    private static long rss() throws IOException {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
      throw new IllegalStateException("no VmRSS in " + STATUS);
    }
  }
}
