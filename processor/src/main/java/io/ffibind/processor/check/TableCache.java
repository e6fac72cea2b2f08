package io.ffibind.processor.check;

import io.ffibind.processor.elf.ElfFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each library file's tables, read once per compilation: libc's symbols serve every interface that
 * binds it. A file is known by its real path, modification time and size, so a library rebuilt
 * between two compilations of a long-lived compiler is read again.
 */
final class TableCache {
  private record Key(Path realPath, long modified, long size) {}

  private final List<Path> debugRoots;
  private final Map<Key, Object> tables = new HashMap<>();

  TableCache(List<Path> debugRoots) {
    this.debugRoots = debugRoots;
  }

  /** The tables of an ELF file, or empty after adding to {@code tried} why it cannot be read. */
  Optional<LibraryTables> get(Path file, List<String> tried) {
    Key key;
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      key = new Key(file.toRealPath(), attributes.lastModifiedTime().toMillis(), attributes.size());
    } catch (IOException e) {
      tried.add(file + ": " + e.getMessage());
      return Optional.empty();
    }
    Object known = tables.computeIfAbsent(key, k -> load(file));
    if (known instanceof LibraryTables t) {
      return Optional.of(t);
    }
    tried.add(file + ": " + known);
    return Optional.empty();
  }

  private Object load(Path file) {
    try {
      return LibraryTables.read(file, debugRoots);
    } catch (IOException e) {
      return "cannot be read: " + e.getMessage();
    } catch (ElfFormatException e) {
      return e.getMessage();
    } catch (RuntimeException e) {
      // A damaged file the checks did not foresee: the library is passed over, never a javac crash.
      return "damaged: " + e;
    }
  }
}
