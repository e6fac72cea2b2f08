package io.ffibind.processor.check;

import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.dwarf.DwarfFormatException;
import io.ffibind.processor.elf.DynamicSymbols;
import io.ffibind.processor.elf.ElfFile;
import io.ffibind.processor.elf.ElfFormatException;
import io.ffibind.processor.elf.ElfSymbol;
import io.ffibind.processor.elf.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One library file's tables: its exported symbols, read at once, and its debug information, read
 * the first time a prototype is wanted, from the file itself or from a separate debug file named by
 * its build-id ({@code <root>/.build-id/ab/cdef....debug}).
 */
final class LibraryTables {
  /** The debug information found, or why there is none. */
  record Debug(Optional<DebugInfo> info, Path from, String problem) {}

  private final Path file;
  private final ElfFile elf;
  private final DynamicSymbols symbols;
  private final List<Path> debugRoots;
  private Debug debug;

  private LibraryTables(Path file, ElfFile elf, DynamicSymbols symbols, List<Path> debugRoots) {
    this.file = file;
    this.elf = elf;
    this.symbols = symbols;
    this.debugRoots = debugRoots;
  }

  static LibraryTables read(Path file, List<Path> debugRoots) throws IOException, ElfFormatException {
    ElfFile elf = ElfFile.open(file);
    return new LibraryTables(file, elf, DynamicSymbols.read(elf), debugRoots);
  }

  Path file() {
    return file;
  }

  /** The file name, as messages show it: {@code libz.so.1}. */
  String name() {
    return file.getFileName().toString();
  }

  DynamicSymbols symbols() {
    return symbols;
  }

  /**
   * Where an exported variable lives when that memory is read-only at run time, in words ({@code
   * section .rodata}); empty when it is writable, or when the file does not say.
   */
  Optional<String> readOnly(ElfSymbol symbol) {
    int index = symbol.sectionIndex();
    if (index <= 0 || index >= 0xff00 || index >= elf.sections().size()) {
      return Optional.empty(); // undefined, absolute or common: no section to ask
    }
    Section section = elf.sections().get(index);
    if (section.isReadOnlyData()) {
      return Optional.of("section " + section.name());
    }
    for (ElfFile.Range range : elf.relro()) {
      if (range.contains(symbol.value())) {
        return Optional.of(
            "section " + section.name() + ", which the dynamic linker makes read-only after relocation (PT_GNU_RELRO)");
      }
    }
    return Optional.empty();
  }

  /** The debug information, read once. */
  Debug debug() {
    if (debug == null) {
      debug = readDebug();
    }
    return debug;
  }

  private Debug readDebug() {
    Path from = file;
    try {
      if (DebugInfo.present(elf)) {
        return new Debug(DebugInfo.read(elf), file, null);
      }
      Optional<String> buildId = elf.buildId();
      if (buildId.isEmpty() || buildId.get().length() < 3) {
        return new Debug(Optional.empty(), null, null);
      }
      String id = buildId.get();
      for (Path root : debugRoots) {
        Path candidate = root.resolve(".build-id").resolve(id.substring(0, 2)).resolve(id.substring(2) + ".debug");
        if (Files.isRegularFile(candidate)) {
          from = candidate;
          ElfFile separate = ElfFile.open(candidate);
          if (DebugInfo.present(separate)) {
            return new Debug(DebugInfo.read(separate), candidate, null);
          }
        }
      }
      return new Debug(Optional.empty(), null, null);
    } catch (IOException | ElfFormatException | DwarfFormatException e) {
      return new Debug(Optional.empty(), from, e.getMessage());
    } catch (RuntimeException e) {
      return new Debug(Optional.empty(), from, "damaged: " + e);
    }
  }
}
