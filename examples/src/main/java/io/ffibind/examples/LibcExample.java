package io.ffibind.examples;

import io.ffibind.Native;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Calls into the C library: numbers, strings in and out, an out-parameter, buffers C writes. */
public final class LibcExample {
  /** What the calls returned, for printing and for the tests. */
  public record Result(
      int abs,
      long labs,
      int pid,
      long strlenUtf8,
      long strtolValue,
      String strtolRest,
      long strtolHex,
      String path,
      String unset,
      String upper,
      String copied,
      String filled,
      String formatted) {
    void print(PrintStream out) {
      out.println("libc  abs(-42)                      = " + abs);
      out.println("libc  labs(-(2^62))                 = " + labs);
      out.println("libc  getpid()                      = " + pid);
      out.println("libc  strlen(\"grüße\")               = " + strlenUtf8 + " bytes in UTF-8");
      out.println("libc  strtol(\"  -1234xyz\", 10)      = " + strtolValue + ", rest \"" + strtolRest + "\"");
      out.println("libc  strtol(\"7fffffffffffffff\", 16) = " + strtolHex);
      out.println("libc  getenv(\"PATH\")                = " + path);
      out.println("libc  getenv(unset)                 = " + unset);
      out.println("libc  toupper over \"ffibind\"        = " + upper);
      out.println("libc  strncpy into byte[8]          = " + copied);
      out.println("libc  memset '*' x 5                = " + filled);
      out.println("libc  snprintf(\"%d|%.3f\", 42, pi)   = " + formatted);
    }
  }

  private LibcExample() {}

  public static Result run() {
    try (LibC c = Native.load(LibC.class)) {
      String[] rest = new String[1];
      long value = c.strtol("  -1234xyz", rest, 10);
      return new Result(
          c.abs(-42),
          c.labs(-(1L << 62)),
          c.getpid(),
          c.strlen("grüße"),
          value,
          rest[0],
          c.strtol("7fffffffffffffff", null, 16),
          c.getenv("PATH"),
          c.getenv("FFIBIND_EXAMPLES_SURELY_UNSET"),
          upper(c, "ffibind"),
          copy(c, "hello", 8),
          fill(c, '*', 5),
          format(c, "%d|%.3f", 42, Math.PI));
    }
  }

  private static String upper(LibC c, String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      out.append((char) c.toupper(ch));
    }
    return out.toString();
  }

  /** strncpy pads the rest of {@code dest} with NULs; the Java array receives them. */
  private static String copy(LibC c, String s, int capacity) {
    byte[] dest = new byte[capacity];
    Arrays.fill(dest, (byte) 'x');
    c.strncpy(dest, s, dest.length);
    return new String(dest, StandardCharsets.US_ASCII).replace('\0', '.');
  }

  /** snprintf writes into the Java array (copied back) and returns the length it wanted. */
  private static String format(LibC c, String format, int number, double real) {
    byte[] buffer = new byte[32];
    int n = c.snprintf(buffer, buffer.length, format, number, real);
    return new String(buffer, 0, n, StandardCharsets.US_ASCII);
  }

  private static String fill(LibC c, char ch, int count) {
    byte[] dest = new byte[count + 2];
    c.memset(dest, ch, count);
    return new String(dest, StandardCharsets.US_ASCII).replace('\0', '.');
  }
}
