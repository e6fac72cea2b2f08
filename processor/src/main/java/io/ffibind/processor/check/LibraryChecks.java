package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.read.MethodDeclaration;
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

  /** The model to generate from, or empty if anything was reported. */
  public static Optional<LibraryModel> check(LibraryDeclaration library, Diagnostics diagnostics) {
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
    for (MethodDeclaration method : library.methods()) {
      if (library.closeable() && method.methodName().equals("close") && method.parameters().isEmpty()) {
        diagnostics.report(
            Message.RESERVED_CLOSE, method.method(), method.symbol(), null,
            library.type().getSimpleName(), method.symbolName());
        continue;
      }
      int index = seen.merge(method.methodName(), 1, Integer::sum) - 1;
      String prefix = overloads.get(method.methodName()) > 1 ? method.methodName() + "$" + index : method.methodName();
      SignatureChecks.check(method, charset.orElse("UTF-8"), prefix, diagnostics)
          .ifPresent(f -> functions.add(new Checked(method, f)));
    }
    checkConflicts(functions, diagnostics);
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new LibraryModel(
            library.packageName(),
            String.join(".", library.nestedName()),
            io.ffibind.processor.gen.Names.generatedSimpleName(library.nestedName()),
            library.libraryName(),
            library.closeable(),
            functions.stream().map(Checked::function).toList()));
  }

  /** A method and the model its checks produced. */
  private record Checked(MethodDeclaration declaration, FunctionModel function) {}

  /** One C symbol, one signature; and no two methods Java cannot tell apart. */
  private static void checkConflicts(List<Checked> functions, Diagnostics diagnostics) {
    Map<String, FunctionModel> bySymbol = new HashMap<>();
    Map<String, FunctionModel> byJavaSignature = new HashMap<>();
    for (Checked checked : functions) {
      FunctionModel f = checked.function();
      MethodDeclaration declaration = checked.declaration();
      FunctionModel earlier = bySymbol.putIfAbsent(f.symbolName(), f);
      if (earlier != null && !cSignature(earlier).equals(cSignature(f))) {
        diagnostics.report(
            Message.CONFLICTING_SYMBOL, declaration.method(), declaration.symbol(), null,
            f.displayName(), f.symbolName(), cSignature(f), earlier.displayName(), cSignature(earlier));
      }
      String javaSignature =
          f.methodName()
              + f.parameters().stream().map(p -> p.javaType().toString()).collect(Collectors.joining(",", "(", ")"));
      FunctionModel twin = byJavaSignature.putIfAbsent(javaSignature, f);
      if (twin != null) {
        diagnostics.report(
            Message.INDISTINGUISHABLE_OVERLOADS, declaration.method(), twin.displayName(), f.displayName());
      }
    }
  }

  private static String cSignature(FunctionModel f) {
    return f.parameters().stream()
            .map(p -> p.nativeType().spelling())
            .collect(Collectors.joining(", ", "(", ")"))
        + " -> " + f.resultType().spelling();
  }
}
