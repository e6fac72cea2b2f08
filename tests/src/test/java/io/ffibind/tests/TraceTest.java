package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.tests.callbacks.CallbackLib;
import io.ffibind.tests.readme.LibC;
import io.ffibind.tests.readme.TimeZones;
import io.ffibind.tests.readme.ZlibAsync;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code -Dffibind.trace}: every generated call logged through {@code System.Logger} (the JDK's
 * default backend prints to standard error), with the method, the C symbol and the arguments; a
 * filter by interface, method or symbol; nothing at all without the property. Every way to C alike:
 * globals at each access, nonblocking calls when they call C, C function pointers with their address.
 */
class TraceTest {
  /** A global read, written and taken as storage; a nonblocking call; a call through a C function pointer. */
  public static final class EveryWay {
    private EveryWay() {}

    public static void main(String[] args) throws Exception {
      TimeZones libc = Native.load(TimeZones.class);
      int index = libc.optind();
      libc.optind(index);
      System.out.println("optind " + index + " " + libc.optindStorage().byteSize());
      ZlibAsync z = Native.load(ZlibAsync.class);
      byte[] source = "trace me".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      byte[] dest = new byte[(int) z.compressBound(source.length)];
      System.out.println("compress " + z.compress(dest, new long[] {dest.length}, source, source.length).join());
      CallbackLib lib = Native.load(CallbackLib.class);
      System.out.println("adder 0x" + Long.toHexString(lib.adderAddress().address()) + " " + lib.adder().apply(2, 3));
    }
  }

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

  @Test
  void globalsNonblockingCallsAndFunctionPointersAreTracedToo() throws Exception {
    List<String> options = new ArrayList<>(jvm("-Dffibind.trace=true"));
    options.add("-Dffibind.library.ffibind_fixtures=" + System.getProperty("ffibind.library.ffibind_fixtures"));
    ChildJvm.Run run = ChildJvm.run(EveryWay.class, options);
    assertEquals(0, run.exit(), run.err());
    String[] out = run.out().strip().split("\n");
    int optind = Integer.parseInt(out[0].split(" ")[1]);
    assertEquals("optind " + optind + " 4", out[0]);
    assertEquals("compress 0", out[1]);
    String adder = out[2].split(" ")[1];
    assertEquals("adder " + adder + " 5", out[2]);
    String err = run.err();
    assertTrue(err.contains("TimeZones.optind -> global optind\n"), err);
    assertTrue(err.contains("TimeZones.optind -> global optind = " + optind + "\n"), err);
    assertTrue(err.contains("TimeZones.optindStorage -> &optind\n"), err);
    // Once, when C is called (on the executor's thread): the same line as a blocking call's.
    assertEquals(1, err.split("ZlibAsync.compress -> compress\\(dest=byte\\[", -1).length - 1, err);
    assertTrue(err.contains("source=byte[8]{116, 114, 97, 99, 101, 32, 109, 101}, sourceLen=8)"), err);
    // C's function, called through the pointer cb_get_adder returned.
    assertTrue(err.contains("CallbackLib.BinOp.apply -> (*" + adder + ")(a=2, b=3)"), err);
    // The filter selects globals and pointers by the same names.
    run = ChildJvm.run(EveryWay.class, List.of(
        ACCESS.get(0), "-Dffibind.trace=optind,CallbackLib.BinOp",
        "-Dffibind.library.ffibind_fixtures=" + System.getProperty("ffibind.library.ffibind_fixtures")));
    assertTrue(run.err().contains("TimeZones.optind -> global optind"), run.err());
    assertTrue(run.err().contains("CallbackLib.BinOp.apply -> (*"), run.err());
    assertTrue(run.err().contains("TimeZones.optindStorage -> &optind"), run.err()); // by its symbol
    assertFalse(run.err().contains("compress"), run.err());
  }

  private static List<String> jvm(String option) {
    return List.of(ACCESS.get(0), option, "-Dstderr.encoding=UTF-8", "-Dfile.encoding=UTF-8");
  }
}
