package io.ffibind.processor.check;

import io.ffibind.internal.LibraryFiles;
import io.ffibind.processor.elf.ElfSymbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds at build time the file {@code Native.load} will open, with the runtime's own rules ({@link
 * LibraryFiles}) applied to the directories of {@code -Affibind.libraryPath}, and the symbols {@code
 * dlsym} would return from it.
 */
final class LibraryLocator {
  /** The files found for a library value, or every place tried when there are none. */
  record Located(List<LibraryTables> files, List<String> tried) {}

  /** A symbol and the file that exports it: the library itself or a library it needs. */
  record Found(LibraryTables tables, ElfSymbol symbol) {}

  private static final int MAX_DEPENDENCIES = 64;

  private final List<Path> directories;
  private final TableCache cache;

  LibraryLocator(List<Path> directories, TableCache cache) {
    this.directories = directories;
    this.cache = cache;
  }

  /**
   * The files for a {@code @NativeLibrary} value: a path as it is, a file name or a stem searched in
   * the directories; for {@code ""}, the C library and libm, which the JDK's default lookup holds.
   */
  Located locate(String name) {
    List<String> tried = new ArrayList<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        tried.add(dir + ": not a directory");
      }
    }
    List<LibraryTables> files = new ArrayList<>();
    if (name.isEmpty()) {
      search("c", tried).ifPresent(files::add);
      search("m", tried).ifPresent(files::add);
    } else if (LibraryFiles.isPath(name)) {
      Path file = Path.of(name);
      if (Files.isRegularFile(file)) {
        LibraryFiles.open(file, cache::get, tried).ifPresent(files::add);
      } else {
        tried.add(file.toAbsolutePath() + ": not found");
      }
    } else {
      List<String> stems = LibraryFiles.looksLikeFileName(name) ? List.of(name) : LibraryFiles.stems(name);
      for (String stem : stems) {
        Optional<LibraryTables> found = search(stem, tried);
        if (found.isPresent()) {
          files.add(found.get());
          break;
        }
      }
    }
    return new Located(List.copyOf(files), List.copyOf(tried));
  }

  private Optional<LibraryTables> search(String stem, List<String> tried) {
    return LibraryFiles.findInDirectories(stem, directories, cache::get, tried);
  }

  /**
   * Where {@code dlsym} finds {@code symbol}: the files first, then the libraries they need
   * ({@code DT_NEEDED}), breadth first, looked for in the library path, beside the library that
   * needs them, then in the system directories.
   */
  Optional<Found> find(String symbol, List<LibraryTables> files) {
    Deque<LibraryTables> queue = new ArrayDeque<>(files);
    Set<Path> seen = new HashSet<>();
    files.forEach(f -> seen.add(f.file()));
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_DEPENDENCIES) {
      LibraryTables tables = queue.poll();
      Optional<ElfSymbol> found = tables.symbols().find(symbol);
      if (found.isPresent()) {
        return Optional.of(new Found(tables, found.get()));
      }
      for (String needed : tables.symbols().needed()) {
        Set<Path> dirs = new LinkedHashSet<>(directories);
        if (tables.file().getParent() != null) {
          dirs.add(tables.file().getParent());
        }
        dirs.addAll(LibraryFiles.systemDirectories());
        LibraryFiles.findInDirectories(needed, List.copyOf(dirs), cache::get, new ArrayList<>())
            .filter(dependency -> seen.add(dependency.file()))
            .ifPresent(queue::add);
      }
    }
    return Optional.empty();
  }
}
