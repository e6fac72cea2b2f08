package io.ffibind.internal;

import io.ffibind.NativeLoadException;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Superclass of every generated binding: opens the library, resolves all symbols up front (so a
 * missing one fails the load, not the first call), and tracks whether {@code close()} was called.
 *
 * <p>Closing does not unmap the library at once: other threads may be inside a call. The library is
 * unmapped when the binding and every address taken from it are unreachable, so a call can never
 * reach freed code, and a call after {@code close()} throws {@link IllegalStateException} for the
 * price of one field read.
 *
 * <p>Members generated code calls start with {@code $} so that no C function name can clash with them.
 */
public abstract class NativeBinding {
  private final String interfaceName;
  private final LoadedLibrary library;
  private final List<String> missing = new ArrayList<>();

  /** Plain field: a call that happens after close() sees it; a racing call is still memory-safe. */
  private boolean closed;

  protected NativeBinding(String interfaceName, String libraryName, Path path) {
    this.interfaceName = interfaceName;
    this.library = LibraryLoader.open(libraryName, path);
  }

  /** The address of a function the interface binds; a missing one is remembered for {@link #$resolved()}. */
  protected final MemorySegment $symbol(String name) {
    return library.find(name).orElseGet(() -> {
      missing.add(name);
      return MemorySegment.NULL;
    });
  }

  /**
   * The address of a helper such as {@code free}: from the library if it exports one, otherwise from
   * the process's own symbols.
   */
  protected final MemorySegment $helper(String name) {
    return library
        .find(name)
        .or(() -> Linker.nativeLinker().defaultLookup().find(name))
        .orElseGet(() -> {
          missing.add(name);
          return MemorySegment.NULL;
        });
  }

  /** Called by the generated constructor after resolving every symbol; fails the load if any is missing. */
  protected final void $resolved() {
    if (!missing.isEmpty()) {
      throw new NativeLoadException(
          interfaceName
              + ": "
              + (missing.size() == 1 ? "symbol " : "symbols ")
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not exported by "
              + library.origin()
              + ". Check the spelling in @Symbol(name = ...) or the library version.");
    }
  }

  /** True once {@link #close()} was called. */
  protected final boolean $isClosed() {
    return closed;
  }

  /** The exception every call after {@link #close()} throws. */
  protected final IllegalStateException $closedError(String method) {
    return new IllegalStateException(
        interfaceName + "." + method + " called after close(): load the library again with Native.load");
  }

  /** Marks the binding closed; later calls throw. Closing twice is harmless. */
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return interfaceName + "[" + library.origin() + (closed ? ", closed]" : "]");
  }
}
