package io.ffibind.internal;

import io.ffibind.NativeLoadException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and opens a shared library the way users expect from a name: an override property, a path,
 * {@code java.library.path}, the dynamic linker's own search, then the system directories, where a
 * Debian machine without -dev packages has only versioned files ({@code libz.so.1}) and where {@code
 * libm.so} is a GNU linker script rather than ELF.
 *
 * <p>Each library is opened into its own automatic arena: it is unloaded once nothing references it,
 * so no call can ever run unmapped code.
 */
@SuppressWarnings("restricted") // it exists to make these calls for generated code and users
public final class LibraryLoader {
  /** System property prefix that maps a library name to a file: {@code -Dffibind.library.z=/x/libz.so}. */
  public static final String OVERRIDE_PREFIX = "ffibind.library.";

  private LibraryLoader() {}

  /**
   * Opens the library {@code name} (as written in {@code @NativeLibrary}), or {@code path} when it is
   * not null.
   */
  public static LoadedLibrary open(String name, Path path) {
    if (path != null) {
      return openFile(path, "the path given to Native.load");
    }
    String override = System.getProperty(OVERRIDE_PREFIX + name);
    if (override != null && !override.isBlank()) {
      return openFile(Path.of(override), "system property " + OVERRIDE_PREFIX + name);
    }
    if (name.isEmpty()) {
      return new LoadedLibrary(
          "the process's default symbols", Linker.nativeLinker().defaultLookup());
    }
    if (name.contains("/") || name.contains("\\")
        || looksLikeFileName(name) && Files.isRegularFile(Path.of(name))) {
      return openFile(Path.of(name), "@NativeLibrary(\"" + name + "\")");
    }
    return search(name);
  }

  /** {@code libm.so.6}, {@code libz.dylib}: a file name, searched for as it is. */
  private static boolean looksLikeFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".so")
        || lower.contains(".so.")
        || lower.endsWith(".dylib")
        || lower.endsWith(".dll");
  }

  private static LoadedLibrary openFile(Path file, String source) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new NativeLoadException(
          "library file " + absolute + " (from " + source + ") does not exist or is not a file");
    }
    List<String> tried = new ArrayList<>();
    Optional<LoadedLibrary> loaded = tryFile(absolute, tried);
    return loaded.orElseThrow(
        () ->
            new NativeLoadException(
                "cannot open library " + absolute + " (from " + source + "): " + String.join("; ", tried)));
  }

  private static LoadedLibrary search(String name) {
    List<String> tried = new ArrayList<>();
    Platform platform = Platform.current();
    Optional<LoadedLibrary> found = Optional.empty();
    if (looksLikeFileName(name)) {
      found = searchFile(name, platform, tried);
    } else {
      // node:ffi users write "libz" as often as "z": accept both.
      List<String> stems = name.startsWith("lib") && name.length() > 3 ? List.of(name, name.substring(3)) : List.of(name);
      for (int i = 0; i < stems.size() && found.isEmpty(); i++) {
        found = searchStem(stems.get(i), platform, tried);
      }
    }
    return found.orElseThrow(() -> notFound(name, platform.fileName(name), tried));
  }

  /** {@code lib<stem>.so} and its versioned files, in every place libraries are looked for. */
  private static Optional<LoadedLibrary> searchStem(String stem, Platform platform, List<String> tried) {
    String fileName = platform.fileName(stem);
    for (Path dir : javaLibraryPath()) {
      Optional<LoadedLibrary> found = tryDirectory(dir, stem, fileName, platform, tried);
      if (found.isPresent()) {
        return found;
      }
    }
    // The dynamic linker's own search: LD_LIBRARY_PATH, the ld.so cache, DYLD paths, PATH on Windows.
    List<String> names = new ArrayList<>();
    names.add(fileName);
    names.addAll(platform.commonVersionedNames(stem));
    for (String candidate : names) {
      Optional<LoadedLibrary> system = tryDlopen(candidate, "system search for " + candidate, tried);
      if (system.isPresent()) {
        return system;
      }
    }
    for (Path dir : systemDirectories(platform)) {
      Optional<LoadedLibrary> found = tryDirectory(dir, stem, fileName, platform, tried);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A file name such as {@code libm.so.6}: java.library.path, the system search, the system directories. */
  private static Optional<LoadedLibrary> searchFile(String fileName, Platform platform, List<String> tried) {
    for (Path dir : javaLibraryPath()) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        Optional<LoadedLibrary> loaded = tryFile(file, tried);
        if (loaded.isPresent()) {
          return loaded;
        }
      }
    }
    Optional<LoadedLibrary> system = tryDlopen(fileName, "system search for " + fileName, tried);
    if (system.isPresent()) {
      return system;
    }
    for (Path dir : systemDirectories(platform)) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        Optional<LoadedLibrary> loaded = tryFile(file, tried);
        if (loaded.isPresent()) {
          return loaded;
        }
      } else {
        tried.add(file + ": not found");
      }
    }
    return Optional.empty();
  }

  /** The system directories not already searched through java.library.path. */
  private static List<Path> systemDirectories(Platform platform) {
    List<Path> searched = javaLibraryPath();
    return platform.systemDirectories().stream().filter(dir -> !searched.contains(dir)).toList();
  }

  private static NativeLoadException notFound(String name, String fileName, List<String> tried) {
    return new NativeLoadException(
        "cannot find library \""
            + name
            + "\" ("
            + fileName
            + "). Tried:\n  "
            + String.join("\n  ", tried)
            + "\nInstall the library (on Debian: apt-get install the package that ships "
            + fileName
            + "*), add its directory to java.library.path, or set -D"
            + OVERRIDE_PREFIX
            + name
            + "=/path/to/"
            + fileName);
  }

  private static Optional<LoadedLibrary> tryDirectory(
      Path dir, String name, String fileName, Platform platform, List<String> tried) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Path exact = dir.resolve(fileName);
    if (Files.isRegularFile(exact)) {
      Optional<LoadedLibrary> loaded = tryFile(exact, tried);
      if (loaded.isPresent()) {
        return loaded;
      }
    } else {
      tried.add(exact + ": not found");
    }
    for (Path versioned : platform.versionedFiles(dir, name)) {
      Optional<LoadedLibrary> loaded = tryFile(versioned, tried);
      if (loaded.isPresent()) {
        return loaded;
      }
    }
    return Optional.empty();
  }

  /** Opens one file; a GNU ld script is followed to the shared object it names. */
  private static Optional<LoadedLibrary> tryFile(Path file, List<String> tried) {
    if (LibraryFiles.isLinkerScript(file)) {
      for (Path target : LibraryFiles.linkerScriptTargets(file)) {
        Optional<LoadedLibrary> loaded = tryFile(target, tried);
        if (loaded.isPresent()) {
          return loaded;
        }
      }
      tried.add(file + ": a linker script naming no loadable library");
      return Optional.empty();
    }
    if (Platform.current() == Platform.LINUX && !LibraryFiles.isElf(file)) {
      tried.add(file + ": not an ELF shared library");
      return Optional.empty();
    }
    try {
      SymbolLookup lookup = SymbolLookup.libraryLookup(file, Arena.ofAuto());
      return Optional.of(new LoadedLibrary(file.toString(), lookup));
    } catch (IllegalArgumentException | IllegalCallerException e) {
      tried.add(file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<LoadedLibrary> tryDlopen(String libName, String what, List<String> tried) {
    try {
      SymbolLookup lookup = SymbolLookup.libraryLookup(libName, Arena.ofAuto());
      return Optional.of(new LoadedLibrary(libName + " (found by the system's library search)", lookup));
    } catch (IllegalArgumentException e) {
      tried.add(what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static List<Path> javaLibraryPath() {
    Set<Path> dirs = new LinkedHashSet<>();
    String property = System.getProperty("java.library.path", "");
    for (String entry : property.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        dirs.add(Path.of(entry).toAbsolutePath().normalize());
      }
    }
    return List.copyOf(dirs);
  }
}
