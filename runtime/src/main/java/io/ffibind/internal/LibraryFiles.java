package io.ffibind.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file that looks like a library really is: ELF, which dlopen loads, or a GNU ld script such
 * as Debian's {@code libm.so}, which names the real library. Checking first keeps dlopen from being
 * handed text (HotSpot warns about that) and lets the error say what the file was.
 */
final class LibraryFiles {
  private static final Pattern SCRIPT_PATH = Pattern.compile("(/[^\\s()]+\\.so(\\.[0-9.]+)?)");

  private LibraryFiles() {}

  /** True for an ELF file: what dlopen can load on Linux. */
  static boolean isElf(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    } catch (IOException e) {
      return false;
    }
  }

  /** GNU ld scripts are text starting with a comment or a command such as GROUP or INPUT. */
  static boolean isLinkerScript(Path file) {
    if (isElf(file)) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      int first = in.read();
      return first == '/' || first == 'G' || first == 'I' || first == 'O';
    } catch (IOException e) {
      return false;
    }
  }

  /** The libraries a GROUP or INPUT command of the script names, AS_NEEDED helpers left out. */
  static List<Path> linkerScriptTargets(Path script) {
    List<Path> targets = new ArrayList<>();
    try {
      String text = Files.readString(script, StandardCharsets.ISO_8859_1);
      for (String line : text.split("\n")) {
        String body = line.trim();
        if (!(body.startsWith("GROUP") || body.startsWith("INPUT"))) {
          continue;
        }
        // AS_NEEDED entries are helpers (libmvec for libm); the first plain entry is the library.
        String plain = body.replaceAll("AS_NEEDED\\s*\\([^)]*\\)", "");
        Matcher m = SCRIPT_PATH.matcher(plain);
        while (m.find()) {
          Path p = Path.of(m.group(1));
          if (Files.isRegularFile(p)) {
            targets.add(p);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable script is reported by the caller as "naming no loadable library".
    }
    return targets;
  }
}
