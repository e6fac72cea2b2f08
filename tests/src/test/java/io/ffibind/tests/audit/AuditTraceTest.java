package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 10's trace, black box: -Dffibind.trace in a fresh JVM logs method, symbol and arguments; off, nothing. */
class AuditTraceTest {

  @NativeLibrary("c")
  public interface Traced {
    @Symbol(name = "labs", parameters = {"long"}, result = "long")
    long magnitude(long x);

    @Symbol(name = "abs", parameters = {"i32"}, result = "i32", nonblocking = true)
    CompletableFuture<Integer> later(int x);

    @Global(type = "i32")
    int opterr();
  }

  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Traced t = Native.load(Traced.class);
      System.out.println(t.magnitude(-5) + " " + t.later(-77).join() + " " + t.opterr());
    }
  }

  private static String[] run(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(List.of(options));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
    return new String[] {out.strip(), err};
  }

  private static boolean line(String log, String... parts) {
    return log.lines().anyMatch(l -> List.of(parts).stream().allMatch(l::contains));
  }

  @Test
  void traceOnLogsEveryCall() throws Exception {
    String[] r = run("-Dffibind.trace=true");
    assertEquals("5 77 1", r[0], r[1]);
    assertTrue(line(r[1], "magnitude", "labs", "-5"), r[1]);
    assertTrue(line(r[1], "later", "abs(", "-77"), r[1]);
    assertTrue(line(r[1], "opterr"), r[1]);
  }

  @Test
  void traceOffLogsNothing() throws Exception {
    String[] r = run();
    assertEquals("5 77 1", r[0], r[1]);
    assertFalse(r[1].contains("labs"), r[1]);
    assertFalse(r[1].contains("magnitude"), r[1]);
  }

  @Test
  void traceOfOneSymbol() throws Exception {
    String[] r = run("-Dffibind.trace=labs");
    assertTrue(line(r[1], "magnitude", "labs", "-5"), r[1]);
    assertFalse(r[1].contains("-77"), r[1]);
  }
}
