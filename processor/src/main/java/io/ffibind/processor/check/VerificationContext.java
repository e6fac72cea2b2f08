package io.ffibind.processor.check;

import io.ffibind.processor.check.LibraryLocator.Located;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.types.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** The files, as messages name them. */
  String fileNames() {
    return located.files().stream().map(t -> t.file().toString()).collect(Collectors.joining(" and "));
  }

  /** {@code "; did you mean 'x'?"} from the files' real names, or nothing. */
  String didYouMean(String symbol) {
    List<String> names = new ArrayList<>();
    located.files().forEach(t -> names.addAll(t.symbols().names()));
    return Suggestions.closest(symbol, names).map(n -> "; did you mean '" + n + "'?").orElse("");
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
