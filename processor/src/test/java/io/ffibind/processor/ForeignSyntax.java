package io.ffibind.processor;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.UnionLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * GraalVM Native Image's layout syntax for foreign metadata, read back as the builder reads it (its
 * documented EBNF: {@code align(n, L)}, {@code struct(...)}, {@code union(...)}, {@code sequence(n,
 * L)}, {@code padding(n)}, and the names of {@code Linker.nativeLinker().canonicalLayouts()}), so that
 * tests compare real layouts, not spellings.
 */
final class ForeignSyntax {
  private final String text;
  private int at;

  private ForeignSyntax(String text) {
    this.text = text;
  }

  /** The layout a metadata type string stands for; fails on anything the builder would reject. */
  static MemoryLayout layout(String text) {
    ForeignSyntax parser = new ForeignSyntax(text);
    MemoryLayout layout = parser.layout();
    if (parser.at != text.length()) {
      throw new IllegalArgumentException("trailing text in " + text + " at " + parser.at);
    }
    return layout;
  }

  /** The descriptor of a metadata entry. */
  static FunctionDescriptor descriptor(String returnType, List<String> parameterTypes) {
    MemoryLayout[] parameters = parameterTypes.stream().map(ForeignSyntax::layout).toArray(MemoryLayout[]::new);
    return returnType.equals("void")
        ? FunctionDescriptor.ofVoid(parameters)
        : FunctionDescriptor.of(layout(returnType), parameters);
  }

  /** The descriptor with every layout name and pointer target removed, as names cannot be written. */
  static FunctionDescriptor strip(FunctionDescriptor d) {
    MemoryLayout[] parameters = d.argumentLayouts().stream().map(ForeignSyntax::strip).toArray(MemoryLayout[]::new);
    return d.returnLayout().isEmpty()
        ? FunctionDescriptor.ofVoid(parameters)
        : FunctionDescriptor.of(strip(d.returnLayout().get()), parameters);
  }

  static MemoryLayout strip(MemoryLayout layout) {
    MemoryLayout stripped = switch (layout) {
      case StructLayout s -> MemoryLayout.structLayout(members(s.memberLayouts()));
      case UnionLayout u -> MemoryLayout.unionLayout(members(u.memberLayouts()));
      case SequenceLayout q -> MemoryLayout.sequenceLayout(q.elementCount(), strip(q.elementLayout()));
      case PaddingLayout p -> MemoryLayout.paddingLayout(p.byteSize());
      case AddressLayout a -> a.withoutTargetLayout().withoutName();
      case ValueLayout v -> v.withoutName();
    };
    return stripped.withByteAlignment(layout.byteAlignment());
  }

  private static MemoryLayout[] members(List<MemoryLayout> members) {
    return members.stream().map(ForeignSyntax::strip).toArray(MemoryLayout[]::new);
  }

  private MemoryLayout layout() {
    for (String group : List.of("struct", "union")) {
      if (take(group + "(")) {
        List<MemoryLayout> members = new ArrayList<>();
        if (!take(")")) {
          do {
            members.add(layout());
          } while (take(", "));
          expect(")");
        }
        MemoryLayout[] array = members.toArray(MemoryLayout[]::new);
        return group.equals("struct") ? MemoryLayout.structLayout(array) : MemoryLayout.unionLayout(array);
      }
    }
    if (take("sequence(")) {
      long count = number();
      expect(", ");
      MemoryLayout element = layout();
      expect(")");
      return MemoryLayout.sequenceLayout(count, element);
    }
    if (take("padding(")) {
      long bytes = number();
      expect(")");
      return MemoryLayout.paddingLayout(bytes);
    }
    if (take("align(")) {
      long alignment = number();
      expect(", ");
      MemoryLayout inner = layout();
      expect(")");
      return inner.withByteAlignment(alignment);
    }
    int end = at;
    while (end < text.length() && ",)".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String name = text.substring(at, end);
    MemoryLayout canonical = Linker.nativeLinker().canonicalLayouts().get(name);
    if (canonical == null) {
      throw new IllegalArgumentException("not a canonical layout: '" + name + "' in " + text);
    }
    at = end;
    return canonical;
  }

  private long number() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (start == at) {
      throw new IllegalArgumentException("a number expected at " + start + " in " + text);
    }
    return Long.parseLong(text.substring(start, at));
  }

  private boolean take(String token) {
    if (text.startsWith(token, at)) {
      at += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!take(token)) {
      throw new IllegalArgumentException("'" + token + "' expected at " + at + " in " + text);
    }
  }
}
