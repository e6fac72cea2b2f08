package io.ffibind.processor.check;

import io.ffibind.processor.check.LibraryLocator.Found;
import io.ffibind.processor.check.LibraryLocator.Located;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.dwarf.CDeclarations;
import io.ffibind.processor.dwarf.CFunction;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.dwarf.DwarfFormatException;
import io.ffibind.processor.elf.ElfSymbol;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.read.GlobalDeclaration;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.read.SymbolOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks each declaration of a library against the library itself, when {@code
 * -Affibind.libraryPath} says where the build finds it: a function's symbol must be exported, be a
 * function, and, where the library has debug information, have the parameters and result the
 * declaration states; a global's must be a variable, writable if a method writes it, and of the
 * declared type ({@link GlobalVerification}); the struct records they use must have C's layout
 * ({@link StructVerification}). Runs after {@link LibraryChecks}, on declarations already known to
 * be well formed.
 */
public final class LibraryVerification {
  /** {@code -Affibind.libraryPath=DIR[:DIR...]}: where the build finds the libraries. */
  public static final String LIBRARY_PATH = "ffibind.libraryPath";
  /** {@code -Affibind.debugPath=DIR[:DIR...]}: roots of separate debug files, {@code /usr/lib/debug} by default. */
  public static final String DEBUG_PATH = "ffibind.debugPath";

  private static final String DEFAULT_DEBUG_ROOT = "/usr/lib/debug";

  private final LibraryLocator locator;
  private final List<Path> debugRoots;
  private final StructVerification structs = new StructVerification();

  private LibraryVerification(LibraryLocator locator, List<Path> debugRoots) {
    this.locator = locator;
    this.debugRoots = debugRoots;
  }

  /** The options this pass reads, for {@code getSupportedOptions()}. */
  public static Set<String> options() {
    return Set.of(LIBRARY_PATH, DEBUG_PATH);
  }

  /** A verification for the processor options, or empty when no library path is given. */
  public static Optional<LibraryVerification> fromOptions(Map<String, String> options) {
    List<Path> directories = paths(options.get(LIBRARY_PATH));
    if (directories.isEmpty()) {
      return Optional.empty();
    }
    String debug = options.get(DEBUG_PATH);
    List<Path> debugRoots = paths(debug == null ? DEFAULT_DEBUG_ROOT : debug);
    return Optional.of(new LibraryVerification(new LibraryLocator(directories, new TableCache(debugRoots)), debugRoots));
  }

  private static List<Path> paths(String option) {
    List<Path> result = new ArrayList<>();
    if (option != null) {
      for (String entry : option.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          result.add(Path.of(entry.strip()).toAbsolutePath().normalize());
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Checks every function and global of {@code model} against the library {@code library} names,
   * and the struct records they use against the library's debug information.
   *
   * @param structs the round's struct records
   */
  public void verify(LibraryDeclaration library, LibraryModel model, StructRegistry structs, Diagnostics diagnostics) {
    Located located = locator.locate(library.libraryName());
    if (located.files().isEmpty()) {
      if (!library.libraryName().isEmpty()) { // "": checked against the C library only when it is found
        diagnostics.report(
            Message.LIBRARY_NOT_FOUND, library.type(), library.annotation(), null,
            library.libraryName(), library.type().getSimpleName(), String.join("\n  ", located.tried()));
      }
      return;
    }
    VerificationContext context = new VerificationContext(library, located, debugRoots, diagnostics);
    Map<String, FunctionModel> functions = new HashMap<>();
    model.functions().forEach(f -> functions.put(javaSignature(f.methodName(), f.parameters().stream().map(p -> p.javaType().toString()).toList()), f));
    for (MethodDeclaration method : library.methods()) {
      FunctionModel function =
          functions.get(javaSignature(method.methodName(), method.parameters().stream().map(p -> p.type().toString()).toList()));
      if (function != null) {
        new Check(context, method, function).run();
      }
    }
    // The checks yield a model only when every global was valid, in the order they are declared.
    List<GlobalDeclaration> globals = library.globals();
    for (int i = 0; i < globals.size() && globals.size() == model.globals().size(); i++) {
      GlobalVerification.verify(context, locator, globals.get(i), model.globals().get(i));
    }
    this.structs.verify(context, model, structs);
  }

  private static String javaSignature(String name, List<String> parameterTypes) {
    return name + "(" + String.join(",", parameterTypes) + ")";
  }

  /** One method against the library. */
  private final class Check {
    private final VerificationContext context;
    private final MethodDeclaration method;
    private final FunctionModel function;

    Check(VerificationContext context, MethodDeclaration method, FunctionModel function) {
      this.context = context;
      this.method = method;
      this.function = function;
    }

    void run() {
      String symbol = function.symbolName();
      Optional<Found> found = locator.find(symbol, context.files());
      if (found.isEmpty()) {
        boolean optional = SymbolOptions.isOptional(method);
        report(
            optional ? Message.OPTIONAL_SYMBOL_NOT_EXPORTED : Message.SYMBOL_NOT_EXPORTED,
            function.displayName(), symbol, context.fileNames(), context.didYouMean(symbol));
        return;
      }
      ElfSymbol exported = found.get().symbol();
      LibraryTables tables = found.get().tables();
      if (exported.isData()) {
        report(Message.SYMBOL_NOT_A_FUNCTION, function.displayName(), symbol, tables.file(), exported.describe());
        return;
      }
      Optional<DebugInfo> info = context.debugInfo(tables);
      if (info.isEmpty()) {
        return;
      }
      try {
        Optional<CFunction> prototype = prototype(info.get(), exported, tables);
        if (prototype.isEmpty()) {
          report(Message.NO_PROTOTYPE, function.displayName(), tables.name(), symbol);
          return;
        }
        context.noteApi(prototype.get());
        List<String> problems = PrototypeComparison.compare(function, prototype.get());
        if (!problems.isEmpty()) {
          report(
              Message.PROTOTYPE_MISMATCH, function.displayName(), declared(function), tables.name(),
              CDeclarations.prototype(prototype.get(), symbol), String.join("; ", problems));
        }
      } catch (DwarfFormatException e) {
        context.unreadable(tables, e.getMessage());
      } catch (RuntimeException e) {
        // Damaged DWARF the reader did not foresee: a warning, never an internal error.
        context.unreadable(tables, "damaged: " + e);
      }
    }

    /**
     * An indirect function's symbol points at its resolver, so it is found by name only; glibc
     * declares such functions under a second name too ({@code __cos} for {@code cos}).
     */
    private Optional<CFunction> prototype(DebugInfo info, ElfSymbol exported, LibraryTables tables)
        throws DwarfFormatException {
      List<String> aliases = new ArrayList<>(tables.symbols().aliases(exported));
      boolean indirect = exported.kind() == ElfSymbol.Kind.INDIRECT_FUNCTION;
      if (indirect) {
        aliases.add("__" + exported.name());
      }
      OptionalLong address = indirect ? OptionalLong.empty() : OptionalLong.of(exported.value());
      return info.function(exported.name(), address, aliases);
    }

    /** At the method's {@code @Symbol}, or on the library when the method is inherited. */
    private void report(Message message, Object... args) {
      LibraryDeclaration library = context.library();
      if (method.method().getEnclosingElement().equals(library.type())) {
        context.diagnostics().report(message, method.method(), method.symbol(), null, args);
      } else {
        context.diagnostics().report(message, library.type(), args);
      }
    }
  }

  /** The declaration as the user wrote it: {@code (i32, i32) -> i32}, with "..." where it stands. */
  static String declared(FunctionModel f) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < f.parameters().size(); i++) {
      if (i == f.firstVariadic()) {
        parts.add("...");
      }
      parts.add(f.parameters().get(i).nativeType().spelling());
    }
    if (f.firstVariadic() == f.parameters().size()) {
      parts.add("...");
    }
    return "(" + String.join(", ", parts) + ") -> " + f.resultType().spelling();
  }
}
