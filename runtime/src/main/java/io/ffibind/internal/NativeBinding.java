package io.ffibind.internal;

import io.ffibind.MissingSymbolException;
import io.ffibind.NativeLoadException;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The loaded library behind one generated binding: opens it, resolves all symbols up front (so a
 * missing one fails the load, not the first call), and tracks whether {@code close()} was called.
 *
 * <p>Generated bindings are records holding this object and the symbol addresses: HotSpot trusts
 * record fields as constants, so for a binding kept in a {@code static final} field the JIT folds
 * the addresses just as it folds jextract's {@code static final} ones.
 *
 * <p>Closing does not unmap the library at once: other threads may be inside a call. The library is
 * unmapped when the binding and every address taken from it are unreachable, so a call can never
 * reach freed code, and a call after {@code close()} throws {@link IllegalStateException} for the
 * price of one field read.
 */
public final class NativeBinding {
  private final String interfaceName;
  private final LoadedLibrary library;
  private final List<String> missing = new ArrayList<>();
  /** Every symbol the interface binds, functions and globals; those of them found missing but optional. */
  private final Set<String> bound = new LinkedHashSet<>();
  private final Set<String> absent = new HashSet<>();
  /** Where nonblocking calls run; null for {@link Nonblocking#defaultExecutor()}. */
  private volatile Executor executor;

  /** Plain field: a call that happens after close() sees it; a racing call is still memory-safe. */
  private boolean closed;

  private NativeBinding(String interfaceName, LoadedLibrary library) {
    this.interfaceName = interfaceName;
    this.library = library;
  }

  /**
   * Opens the library for the interface {@code interfaceName}: {@code path} when not null, otherwise
   * the library {@code libraryName} resolved by {@link LibraryLoader}.
   */
  public static NativeBinding open(String interfaceName, String libraryName, Path path) {
    NativeAccess.requireForRuntime();
    return new NativeBinding(interfaceName, LibraryLoader.open(libraryName, path));
  }

  /** The address of a function the interface binds; a missing one is remembered for {@link #resolved()}. */
  public MemorySegment symbol(String name) {
    bound.add(name);
    return library.find(name).orElseGet(() -> {
      missing.add(name);
      return MemorySegment.NULL;
    });
  }

  /**
   * The address of a symbol declared {@code optional = true}, or NULL when the library lacks it: the
   * load goes on, and calls throw {@link #missingSymbol}.
   */
  public MemorySegment optional(String name) {
    bound.add(name);
    return library.find(name).orElseGet(() -> {
      absent.add(name);
      return MemorySegment.NULL;
    });
  }

  /** The storage of a C global of {@code size} bytes; a missing one fails the load. */
  public MemorySegment global(String name, long size) {
    MemorySegment address = symbol(name);
    return address.address() == 0 ? address : address.reinterpret(size);
  }

  /** The storage of an optional C global, or NULL when the library lacks it. */
  public MemorySegment optionalGlobal(String name, long size) {
    MemorySegment address = optional(name);
    return address.address() == 0 ? address : address.reinterpret(size);
  }

  /**
   * Whether the library exports {@code symbol}, which the interface must bind.
   *
   * @throws IllegalArgumentException if no method of the interface binds it
   */
  public boolean isPresent(String symbol) {
    if (!bound.contains(symbol)) {
      throw new IllegalArgumentException(
          interfaceName + " binds no C symbol named \"" + symbol + "\" (give the C name, as in"
              + " @Symbol(name) or @Global(name)); it binds: " + String.join(", ", bound));
    }
    return !absent.contains(symbol);
  }

  /** The exception a call of an optional symbol the library lacks throws. */
  public MissingSymbolException missingSymbol(String method, String symbol) {
    return new MissingSymbolException(
        interfaceName + "." + method + ": symbol " + symbol + " is not exported by " + library.origin()
            + " (it is declared optional; check Native.isPresent(library, \"" + symbol + "\") before"
            + " calling)",
        symbol,
        library.origin());
  }

  /** Where this binding's nonblocking calls run. */
  public Executor executor() {
    Executor e = executor;
    return e != null ? e : Nonblocking.defaultExecutor();
  }

  /** Sets where this binding's nonblocking calls run; null restores the default pool. */
  public void executor(Executor executor) {
    this.executor = executor;
  }

  /**
   * The address of a helper such as {@code free}: from the library if it exports one, otherwise from
   * the process's own symbols.
   */
  public MemorySegment helper(String name) {
    return library
        .find(name)
        .or(() -> Linker.nativeLinker().defaultLookup().find(name))
        .orElseGet(() -> {
          missing.add(name);
          return MemorySegment.NULL;
        });
  }

  /** Called after resolving every symbol; fails the load if any is missing. */
  public void resolved() {
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
  public boolean isClosed() {
    return closed;
  }

  /** The exception every call after {@link #close()} throws. */
  public IllegalStateException closedError(String method) {
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
