package io.ffibind.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that turn a {@code @NativeLibrary} value into files, in pure Java: what is a path, what
 * is a file name, which files a directory offers for a name ({@code libz.so}, then versioned files,
 * newest first), and what a file that looks like a library really is: ELF, which dlopen loads, or a
 * GNU ld script such as Debian's {@code libm.so}, which names the real library.
 *
 * <p>Shared by the runtime's loader and by the processor, which checks declarations against the
 * same files at build time, so both find the same library. Nothing here loads native code.
 */
public final class LibraryFiles {
  private static final Pattern SCRIPT_PATH = Pattern.compile("(/[^\\s()]+\\.so(\\.[0-9.]+)?)");

  /**
   * Opens one ELF file the search found: returns it, or empty after adding to {@code tried} why it
   * could not be used.
   */
  @FunctionalInterface
  public interface Opener<T> {
    Optional<T> open(Path elfFile, List<String> tried);
  }

  private LibraryFiles() {}

  /** A value used as a path as it is: it has a directory separator, or is a file name that exists. */
  public static boolean isPath(String name) {
    return name.contains("/")
        || name.contains("\\")
        || looksLikeFileName(name) && Files.isRegularFile(Path.of(name));
  }

  /** {@code libm.so.6}, {@code libz.dylib}: a file name, searched for as it is. */
  public static boolean looksLikeFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".so")
        || lower.contains(".so.")
        || lower.endsWith(".dylib")
        || lower.endsWith(".dll");
  }

  /** The stems a library name is looked for under: node:ffi users write "libz" as often as "z". */
  public static List<String> stems(String name) {
    return name.startsWith("lib") && name.length() > 3 ? List.of(name, name.substring(3)) : List.of(name);
  }

  /** The platform's file name for a stem: {@code libz.so}, {@code libz.dylib}, {@code z.dll}. */
  public static String fileName(String stem) {
    return Platform.current().fileName(stem);
  }

  /** The directories the platform keeps its libraries in, in search order. */
  public static List<Path> systemDirectories() {
    return Platform.current().systemDirectories();
  }

  /**
   * The first file in {@code dirs} that {@code opener} accepts for {@code name}: a file name
   * ({@code libm.so.6}) is looked for as it is; a stem ({@code z}) as {@code libz.so} and then as its
   * versioned files, newest first. Every place looked at is added to {@code tried}.
   */
  public static <T> Optional<T> findInDirectories(
      String name, List<Path> dirs, Opener<T> opener, List<String> tried) {
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      Optional<T> found =
          looksLikeFileName(name) ? tryExact(dir.resolve(name), opener, tried) : tryStem(dir, name, opener, tried);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<T> tryStem(Path dir, String stem, Opener<T> opener, List<String> tried) {
    Optional<T> found = tryExact(dir.resolve(fileName(stem)), opener, tried);
    if (found.isPresent()) {
      return found;
    }
    for (Path versioned : Platform.current().versionedFiles(dir, stem)) {
      found = open(versioned, opener, tried);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<T> tryExact(Path file, Opener<T> opener, List<String> tried) {
    if (!Files.isRegularFile(file)) {
      tried.add(file + ": not found");
      return Optional.empty();
    }
    return open(file, opener, tried);
  }

  /**
   * Opens one file: a GNU ld script is followed to the shared object it names; on Linux anything
   * else that is not ELF is refused before dlopen sees it (HotSpot warns when handed text).
   */
  public static <T> Optional<T> open(Path file, Opener<T> opener, List<String> tried) {
    if (isLinkerScript(file)) {
      for (Path target : linkerScriptTargets(file)) {
        Optional<T> opened = open(target, opener, tried);
        if (opened.isPresent()) {
          return opened;
        }
      }
      tried.add(file + ": a linker script naming no loadable library");
      return Optional.empty();
    }
    if (Platform.current() == Platform.LINUX && !isElf(file)) {
      tried.add(file + ": not an ELF shared library");
      return Optional.empty();
    }
    return opener.open(file, tried);
  }

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
