package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.Optional;

/**
 * A library opened by {@link LibraryLoader}: where it came from and how to find its symbols. The
 * library stays mapped while this object (or any symbol segment from it) is reachable.
 *
 * @param origin the file opened, or a description such as "the process's default symbols"
 * @param lookup finds symbols in it
 */
public record LoadedLibrary(String origin, SymbolLookup lookup) {
  /** The address of {@code name}, if the library exports it. */
  public Optional<MemorySegment> find(String name) {
    return lookup.find(name);
  }
}
