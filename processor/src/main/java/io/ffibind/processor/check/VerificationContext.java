package io.ffibind.processor.check;

import io.ffibind.processor.check.LibraryLocator.Located;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.dwarf.CFunction;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.types.Suggestions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One library interface being verified against the files found for it: what the checks of its
 * functions, globals and structs share (the files, "did you mean" names, the notes said once).
 */
final class VerificationContext {
  private final LibraryDeclaration library;
  private final Located located;
  private final List<Path> debugRoots;
  private final Diagnostics diagnostics;
  /** Files a note about their debug information was given for: once per interface and file. */
  private final Set<Path> noted = new HashSet<>();
  /**
   * The struct, union and typedef names the library's debug information gives the functions and
   * globals this interface binds, and everything those hold or point to: its API as C declares it.
   */
  private final Set<String> apiTypeNames = new HashSet<>();
  /** A bound on the walk, for damaged debug information. */
  private static final int MAX_API_TYPES = 100_000;

  VerificationContext(LibraryDeclaration library, Located located, List<Path> debugRoots, Diagnostics diagnostics) {
    this.library = library;
    this.located = located;
    this.debugRoots = debugRoots;
    this.diagnostics = diagnostics;
  }

  LibraryDeclaration library() {
    return library;
  }

  List<LibraryTables> files() {
    return located.files();
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Records the types C gives one of the interface's functions. */
  void noteApi(CFunction prototype) {
    noteApi(prototype.result());
    prototype.parameters().forEach(p -> noteApi(p.type()));
  }

  /** Records the aggregate and typedef names {@code type} reaches, through pointers and members. */
  void noteApi(CType type) {
    Deque<CType> pending = new ArrayDeque<>();
    pending.add(type);
    // By value: a type resolved twice may be two equal objects; TypeRefs compare by DIE offset.
    Set<CType> seen = new HashSet<>();
    while (!pending.isEmpty() && seen.size() < MAX_API_TYPES) {
      CType t = pending.poll();
      if (t == null || !seen.add(t)) {
        continue;
      }
      switch (t) {
        case CType.Pointer p -> pending.add(p.target());
        case CType.Qualified q -> pending.add(q.target());
        case CType.Typedef d -> {
          apiTypeNames.add(d.name());
          pending.add(d.target());
        }
        case CType.Array a -> pending.add(a.element());
        case CType.Aggregate a -> {
          if (!a.name().isEmpty()) {
            apiTypeNames.add(a.name());
          }
          a.members().forEach(m -> pending.add(m.type()));
        }
        case CType.Function f -> {
          pending.add(f.resultRef().get());
          f.parameterRefs().forEach(r -> pending.add(r.get()));
        }
        default -> {}
      }
    }
  }

  /**
   * Whether C's declarations of what this interface binds use a struct, union or typedef of this
   * name: a record is compared only with such a one, never with an unrelated one of the same name
   * inside the library (libc alone has dozens).
   */
  boolean inApi(String name) {
    return apiTypeNames.contains(name);
  }

  /** The files, as messages name them. */
  String fileNames() {
    return located.files().stream().map(t -> t.file().toString()).collect(Collectors.joining(" and "));
  }

  /**
   * {@code "; did you mean 'x'?"} from the files' real names, or nothing. Among names equally close,
   * not the symbol table's hash order: a public name before one with leading underscores, then the
   * first alphabetically, so a doubled last letter suggests the name it extends ({@code sqrtt}:
   * {@code sqrt}, not {@code sqrtf}).
   */
  String didYouMean(String symbol) {
    List<String> names = new ArrayList<>();
    located.files().forEach(t -> names.addAll(t.symbols().names()));
    names.sort(Comparator.comparingInt(VerificationContext::leadingUnderscores).thenComparing(Comparator.naturalOrder()));
    return Suggestions.closest(symbol, names).map(n -> "; did you mean '" + n + "'?").orElse("");
  }
  private static int leadingUnderscores(String name) {
    int n = 0;
    while (n < name.length() && name.charAt(n) == '_') {
      n++;
    }
    return n;
  }


  /**
   * The debug information of {@code tables}, or empty after a note (once per file) saying there is
   * none or that it cannot be read.
   */
  Optional<DebugInfo> debugInfo(LibraryTables tables) {
    LibraryTables.Debug debug = tables.debug();
    if (debug.problem() != null) {
      unreadable(tables, debug.problem());
      return Optional.empty();
    }
    if (debug.info().isEmpty()) {
      noteOnce(tables, Message.NO_DEBUG_INFO, tables.name(), library.type().getSimpleName(),
          debugRoots.stream().map(r -> r + "/.build-id").collect(Collectors.joining(" or ")));
    }
    return debug.info();
  }

  /** Debug information that turned out damaged while it was read: a warning, never an internal error. */
  void unreadable(LibraryTables tables, String problem) {
    noteOnce(tables, Message.DEBUG_INFO_UNREADABLE, tables.debug().from(), problem, library.type().getSimpleName());
  }

  private void noteOnce(LibraryTables tables, Message message, Object... args) {
    if (noted.add(tables.file())) {
      diagnostics.report(message, library.type(), library.annotation(), null, args);
    }
  }
}
