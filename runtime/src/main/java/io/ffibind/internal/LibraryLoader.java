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
    if (LibraryFiles.isPath(name)) {
      return openFile(Path.of(name), "@NativeLibrary(\"" + name + "\")");
    }
    return search(name);
  }

  private static LoadedLibrary openFile(Path file, String source) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new NativeLoadException(
          "library file " + absolute + " (from " + source + ") does not exist or is not a file");
    }
    List<String> tried = new ArrayList<>();
    Optional<LoadedLibrary> loaded = LibraryFiles.open(absolute, LibraryLoader::dlopenFile, tried);
    return loaded.orElseThrow(
        () ->
            new NativeLoadException(
                "cannot open library " + absolute + " (from " + source + "): " + String.join("; ", tried)));
  }

  /**
   * For each stem (or the file name as it is): java.library.path, the dynamic linker's own search
   * (LD_LIBRARY_PATH, the ld.so cache, DYLD paths, PATH on Windows), then the system directories.
   */
  private static LoadedLibrary search(String name) {
    List<String> tried = new ArrayList<>();
    List<String> stems = LibraryFiles.looksLikeFileName(name) ? List.of(name) : LibraryFiles.stems(name);
    List<Path> javaLibraryPath = javaLibraryPath();
    List<Path> systemDirectories =
        LibraryFiles.systemDirectories().stream().filter(dir -> !javaLibraryPath.contains(dir)).toList();
    Optional<LoadedLibrary> found = Optional.empty();
    for (int i = 0; i < stems.size() && found.isEmpty(); i++) {
      String stem = stems.get(i);
      found = LibraryFiles.findInDirectories(stem, javaLibraryPath, LibraryLoader::dlopenFile, tried)
          .or(() -> systemSearch(stem, tried))
          .or(() -> LibraryFiles.findInDirectories(stem, systemDirectories, LibraryLoader::dlopenFile, tried));
    }
    String fileName = LibraryFiles.looksLikeFileName(name) ? name : LibraryFiles.fileName(name);
    return found.orElseThrow(() -> notFound(name, fileName, tried));
  }

  /** The names the dynamic linker can find without a directory: the file name, then SONAMEs .0 to .9. */
  private static Optional<LoadedLibrary> systemSearch(String stem, List<String> tried) {
    List<String> names = new ArrayList<>();
    if (LibraryFiles.looksLikeFileName(stem)) {
      names.add(stem);
    } else {
      names.add(LibraryFiles.fileName(stem));
      names.addAll(Platform.current().commonVersionedNames(stem));
    }
    for (String candidate : names) {
      Optional<LoadedLibrary> system = tryDlopen(candidate, "system search for " + candidate, tried);
      if (system.isPresent()) {
        return system;
      }
    }
    return Optional.empty();
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

  /** dlopen on one ELF file the search chose. */
  private static Optional<LoadedLibrary> dlopenFile(Path file, List<String> tried) {
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
