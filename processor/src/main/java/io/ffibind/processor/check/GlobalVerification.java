package io.ffibind.processor.check;

import io.ffibind.processor.check.LibraryLocator.Found;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.dwarf.CDeclarations;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.dwarf.DwarfFormatException;
import io.ffibind.processor.elf.ElfSymbol;
import io.ffibind.processor.model.GlobalModel;
import io.ffibind.processor.read.GlobalDeclaration;
import java.util.Optional;

/**
 * One {@code @Global} method against the library: the symbol must be exported (FFI081, or FFI082 for
 * an optional one), be a variable rather than a function (FFI088) and not a thread-local one (FFI092),
 * be writable if the method writes it (FFI090: C's {@code const} data lives in read-only memory), and,
 * where the library has debug information, have the type the declaration states (FFI091).
 */
final class GlobalVerification {
  private final VerificationContext context;
  private final LibraryLocator locator;
  private final GlobalDeclaration declaration;
  private final GlobalModel global;

  private GlobalVerification(
      VerificationContext context, LibraryLocator locator, GlobalDeclaration declaration, GlobalModel global) {
    this.context = context;
    this.locator = locator;
    this.declaration = declaration;
    this.global = global;
  }

  static void verify(VerificationContext context, LibraryLocator locator, GlobalDeclaration declaration, GlobalModel global) {
    new GlobalVerification(context, locator, declaration, global).run();
  }

  private void run() {
    String symbol = global.symbolName();
    Optional<Found> found = locator.find(symbol, context.files());
    if (found.isEmpty()) {
      report(
          global.optional() ? Message.OPTIONAL_SYMBOL_NOT_EXPORTED : Message.SYMBOL_NOT_EXPORTED, false,
          global.displayName(), symbol, context.fileNames(), context.didYouMean(symbol));
      return;
    }
    ElfSymbol exported = found.get().symbol();
    LibraryTables tables = found.get().tables();
    if (exported.isFunction()) {
      report(Message.GLOBAL_NOT_A_VARIABLE, false, global.displayName(), symbol, tables.file(), exported.describe());
      return;
    }
    if (exported.kind() == ElfSymbol.Kind.THREAD_LOCAL) {
      report(Message.GLOBAL_THREAD_LOCAL, false, global.displayName(), symbol, tables.file(), exported.describe());
      return;
    }
    if (global.access() == GlobalModel.Access.WRITE) {
      tables.readOnly(exported).ifPresent(where ->
          report(Message.GLOBAL_READ_ONLY, false, global.displayName(), symbol, tables.file(), where));
    }
    Optional<DebugInfo> info = context.debugInfo(tables);
    if (info.isEmpty()) {
      return;
    }
    try {
      Optional<CType> type = info.get().variable(symbol);
      if (type.isEmpty()) {
        return; // defined in assembly, say: the name was checked, and no guess becomes an error
      }
      context.noteApi(type.get());
      GlobalTypeComparison.compare(global, type.get()).ifPresent(problem ->
          report(Message.GLOBAL_TYPE_MISMATCH, true, global.displayName(), global.type().spelling(), tables.name(),
              CDeclarations.declaration(type.get(), symbol), problem));
    } catch (DwarfFormatException e) {
      context.unreadable(tables, e.getMessage());
    } catch (RuntimeException e) {
      context.unreadable(tables, "damaged: " + e);
    }
  }

  /**
   * At the method's {@code @Global} (its type string when {@code atType}), or on the library when the
   * method is inherited.
   */
  private void report(Message message, boolean atType, Object... args) {
    var library = context.library();
    if (declaration.method().getEnclosingElement().equals(library.type())) {
      context.diagnostics().report(
          message, declaration.method(), declaration.global(), atType ? declaration.typeValue() : null, args);
    } else {
      context.diagnostics().report(message, library.type(), args);
    }
  }
}
