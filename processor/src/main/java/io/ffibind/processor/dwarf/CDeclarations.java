package io.ffibind.processor.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes DWARF's types back as C declarations, typedef names kept as the headers spell them: {@code
 * int64_t add_i64(int64_t a, int64_t b)}, {@code char *restrict s}, {@code int (*cmp)(const void *,
 * const void *)}.
 */
public final class CDeclarations {
  private CDeclarations() {}

  /** The function's prototype under {@code name} (the symbol the user bound). */
  public static String prototype(CFunction function, String name) {
    List<String> parameters = new ArrayList<>();
    for (CFunction.Parameter p : function.parameters()) {
      parameters.add(declaration(p.type(), p.name()));
    }
    return declaration(function.result(), name + "(" + parameterList(parameters, function.variadic(), function.prototyped()) + ")");
  }

  /** A declaration of {@code name} with type {@code type}; with an empty name, the type alone. */
  public static String declaration(CType type, String name) {
    return declare(type, name, 0, List.of());
  }

  private static String declare(CType type, String inner, int depth) {
    return declare(type, inner, depth, List.of());
  }

  /**
   * @param inherited qualifiers of an array, which C applies to its elements ({@code const char *const
   *     names[2]} is an array of const pointers, whatever DWARF attaches the const to)
   */
  private static String declare(CType type, String inner, int depth, List<String> inherited) {
    if (depth > 32) {
      return "?" + space(inner);
    }
    List<String> qualifiers = new ArrayList<>();
    CType t = type;
    while (t instanceof CType.Qualified q) {
      if (!qualifiers.contains(q.qualifier())) {
        qualifiers.add(q.qualifier());
      }
      t = q.target();
    }
    for (String q : inherited) {
      if (!qualifiers.contains(q)) {
        qualifiers.add(q);
      }
    }
    String quals = String.join(" ", qualifiers);
    return switch (t) {
      case CType.Pointer p -> {
        String pointer = "*" + quals + (quals.isEmpty() || inner.isEmpty() ? "" : " ") + inner;
        CType target = p.target();
        CType bare = unqualified(target);
        boolean wrap = bare instanceof CType.Function || bare instanceof CType.Array;
        yield declare(target, wrap ? "(" + pointer + ")" : pointer, depth + 1);
      }
      case CType.Array a -> {
        StringBuilder dims = new StringBuilder(inner);
        for (long count : a.counts()) {
          dims.append('[').append(count >= 0 ? Long.toString(count) : "").append(']');
        }
        yield declare(a.element(), dims.toString(), depth + 1, qualifiers);
      }
      case CType.Function f -> {
        List<String> parameters = new ArrayList<>();
        for (TypeRef r : f.parameterRefs()) {
          parameters.add(declare(r.get(), "", depth + 1));
        }
        yield declare(f.resultRef().get(), inner + "(" + parameterList(parameters, f.variadic(), f.prototyped()) + ")", depth + 1);
      }
      default -> prefix(quals) + specifier(t) + space(inner);
    };
  }

  private static String parameterList(List<String> parameters, boolean variadic, boolean prototyped) {
    if (parameters.isEmpty()) {
      return variadic ? "..." : prototyped ? "void" : "";
    }
    return String.join(", ", parameters) + (variadic ? ", ..." : "");
  }

  private static String specifier(CType type) {
    return switch (type) {
      case CType.Void v -> "void";
      case CType.Base b -> b.name();
      case CType.Typedef d -> d.name();
      case CType.Enum e -> "enum " + (e.name().isEmpty() ? "{...}" : e.name());
      case CType.Aggregate a ->
          (a.kind() == CType.Aggregate.Kind.UNION ? "union " : "struct ") + (a.name().isEmpty() ? "{...}" : a.name());
      case CType.Unknown u -> "<" + u.why() + ">";
      default -> "?";
    };
  }

  private static CType unqualified(CType type) {
    CType t = type;
    for (int i = 0; i < 8 && t instanceof CType.Qualified q; i++) {
      t = q.target();
    }
    return t;
  }

  private static String prefix(String qualifiers) {
    return qualifiers.isEmpty() ? "" : qualifiers + " ";
  }

  private static String space(String inner) {
    return inner.isEmpty() ? "" : " " + inner;
  }
}
