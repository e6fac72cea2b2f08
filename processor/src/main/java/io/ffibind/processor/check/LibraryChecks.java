package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.read.Annotations;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a whole library declaration: each method on its own, then the methods against each other.
 * Every method is checked even after an error, so one compile shows every mistake.
 */
public final class LibraryChecks {
  private LibraryChecks() {}

  /**
   * The model to generate from, or empty if anything was reported.
   *
   * @param structs the structs type strings may name
   */
  public static Optional<LibraryModel> check(
      LibraryDeclaration library, StructRegistry structs, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    Optional<String> charset = Charsets.canonical(library.charset());
    if (charset.isEmpty()) {
      diagnostics.report(
          Message.BAD_CHARSET, library.type(), library.annotation(), library.charsetValue(),
          library.charset(), library.type().getSimpleName(), String.join(", ", Charsets.SUPPORTED));
    }
    Map<String, Integer> overloads = new HashMap<>();
    library.methods().forEach(m -> overloads.merge(m.methodName(), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    List<Checked> functions = new ArrayList<>();
    boolean incomplete = false;
    for (MethodDeclaration method : library.methods()) {
      if (library.closeable() && method.methodName().equals("close") && method.parameters().isEmpty()) {
        diagnostics.report(
            Message.RESERVED_CLOSE, method.method(), method.symbol(), null,
            library.type().getSimpleName(), method.symbolName());
        continue;
      }
      if (method.symbol() == null
          && Annotations.find(method.method().getEnclosingElement(), Annotations.NATIVE_LIBRARY).isEmpty()) {
        // Inherited from a plain interface, perhaps a class file (Comparable.compareTo): only the library
        // can bind it, and the method may have no source to point at.
        diagnostics.report(Message.MISSING_SYMBOL, library.type(), method.displayName());
        incomplete = true;
        continue;
      }
      int index = seen.merge(method.methodName(), 1, Integer::sum) - 1;
      String prefix = overloads.get(method.methodName()) > 1 ? method.methodName() + "$" + index : method.methodName();
      Optional<FunctionModel> checked = SignatureChecks.check(method, charset.orElse("UTF-8"), prefix, structs, diagnostics);
      checked.ifPresent(f -> functions.add(new Checked(method, f)));
      // Empty without a report of its own: javac's error, or a struct's, is elsewhere. No partial binding.
      incomplete |= checked.isEmpty();
    }
    checkConflicts(library, functions, diagnostics);
    List<GlobalChecks.Checked> globals = checkGlobals(library, charset.orElse("UTF-8"), structs, diagnostics);
    incomplete |= globals.size() < library.globals().size();
    GlobalChecks.checkConflicts(globals, functions.stream().map(Checked::function).toList(), diagnostics);
    checkSize(library, functions, globals, diagnostics);
    if (diagnostics.errorCount() > errorsBefore || incomplete) {
      return Optional.empty();
    }
    return Optional.of(
        new LibraryModel(
            library.packageName(),
            String.join(".", library.nestedName()),
            io.ffibind.processor.gen.Names.generatedSimpleName(library.nestedName()),
            library.libraryName(),
            library.closeable(),
            functions.stream().map(Checked::function).toList(),
            globals.stream().map(GlobalChecks.Checked::model).toList(),
            charset.orElse("UTF-8")));
  }

  /**
   * Each {@code @Global} method. The methods reading and writing one C variable share its storage,
   * named after the C symbol (made a Java identifier, and unique).
   */
  private static List<GlobalChecks.Checked> checkGlobals(
      LibraryDeclaration library, String charset, StructRegistry structs, Diagnostics diagnostics) {
    Map<String, String> prefixBySymbol = new HashMap<>();
    List<GlobalChecks.Checked> globals = new ArrayList<>();
    for (var global : library.globals()) {
      String prefix = prefixBySymbol.computeIfAbsent(global.symbolName(), symbol -> {
        String base = symbol.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
          base = "_" + base; // "1x": a symbol name need not be a Java name
        }
        String unique = base;
        for (int i = 2; prefixBySymbol.containsValue(unique); i++) {
          unique = base + "$" + i;
        }
        return unique;
      });
      GlobalChecks.check(global, charset, prefix, structs, diagnostics)
          .ifPresent(model -> globals.add(new GlobalChecks.Checked(global, model)));
    }
    return globals;
  }

  /**
   * The most addresses one binding holds: its record has a component for each, after the loaded
   * library, and a constructor takes at most 255 slots, {@code this} included.
   */
  static final int MAX_ADDRESSES = 253;

  /** As many functions, distinct {@code @FreeResult} functions and C variables as one record can hold. */
  private static void checkSize(
      LibraryDeclaration library, List<Checked> functions, List<GlobalChecks.Checked> globals,
      Diagnostics diagnostics) {
    long frees = functions.stream().map(c -> c.function().freeWith()).filter(f -> f != null).distinct().count();
    long variables = globals.stream().map(g -> g.model().symbolName()).distinct().count();
    long addresses = functions.size() + frees + variables;
    if (addresses > MAX_ADDRESSES) {
      diagnostics.report(
          Message.TOO_MANY_SYMBOLS, library.type(), library.type().getSimpleName(), addresses, MAX_ADDRESSES);
    }
  }

  /** A method and the model its checks produced. */
  private record Checked(MethodDeclaration declaration, FunctionModel function) {}

  /**
   * One C symbol, one signature; and no two methods Java cannot tell apart. Signatures compare as the
   * ABI sees them (see {@link #cPrototype}).
   */
  private static void checkConflicts(
      LibraryDeclaration library, List<Checked> functions, Diagnostics diagnostics) {
    Map<String, Checked> bySymbol = new HashMap<>();
    Map<String, Checked> byJavaSignature = new HashMap<>();
    for (Checked checked : functions) {
      FunctionModel f = checked.function();
      Checked earlier = bySymbol.putIfAbsent(f.symbolName(), checked);
      if (earlier != null && !cPrototype(earlier.function()).equals(cPrototype(f))) {
        report(
            library, checked, Message.CONFLICTING_SYMBOL, diagnostics,
            f.displayName(), f.symbolName(), spelling(f), earlier.function().displayName(),
            spelling(earlier.function()));
      }
      String javaSignature =
          f.methodName()
              + f.parameters().stream().map(p -> p.javaType().toString()).collect(Collectors.joining(",", "(", ")"));
      Checked twin = byJavaSignature.putIfAbsent(javaSignature, checked);
      if (twin != null) {
        report(
            library, checked, Message.INDISTINGUISHABLE_OVERLOADS, diagnostics,
            twin.function().displayName(), f.displayName());
      }
    }
  }

  /**
   * On the method's {@code @Symbol} when the library declares it; on the library when the clash
   * comes from what it inherits, as only the library can resolve it.
   */
  private static void report(
      LibraryDeclaration library, Checked checked, Message message, Diagnostics diagnostics, Object... args) {
    MethodDeclaration method = checked.declaration();
    if (method.method().getEnclosingElement().equals(library.type())) {
      diagnostics.report(message, method.method(), method.symbol(), null, args);
    } else {
      diagnostics.report(message, library.type(), args);
    }
  }

  /**
   * The signature as the C ABI sees it: every pointer-like type (pointer, function, string, buffer,
   * arrays, out-parameters, const or not) is one pointer, so lending the same function a String in one
   * method and a buffer in another is fine; numbers keep their type, since i32 against u32 is a bug.
   */
  private static String cPrototype(FunctionModel f) {
    // A variadic function's arguments after "..." are each binding's own choice: only the fixed part counts.
    int fixed = f.isVariadic() ? f.firstVariadic() : f.parameters().size();
    return f.parameters().subList(0, fixed).stream()
            .map(p -> abiType(p.nativeType()))
            .collect(Collectors.joining(", ", "(", f.isVariadic() ? ", ...)" : ")"))
        + " -> " + abiType(f.resultType());
  }

  private static String abiType(NativeType type) {
    return switch (type) {
      case NativeType.ArrayOf a -> "pointer";
      case NativeType.StructArray a -> "pointer";
      case NativeType.StructValue v -> v.struct().cName();
      case NativeType.Inline i -> "pointer";
      case NativeType.Basic b -> b.base().isScalar() && b.base() != BaseType.POINTER && b.base() != BaseType.FUNCTION
          ? b.base().canonical()
          : b.base() == BaseType.VOID ? "void" : "pointer";
    };
  }

  /** The signature as the user spelled it, for messages. */
  private static String spelling(FunctionModel f) {
    return f.parameters().stream()
            .map(p -> p.nativeType().spelling())
            .collect(Collectors.joining(", ", "(", ")"))
        + " -> " + f.resultType().spelling();
  }
}
