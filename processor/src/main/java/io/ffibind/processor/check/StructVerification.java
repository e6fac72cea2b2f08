package io.ffibind.processor.check;

import io.ffibind.processor.diag.Message;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.dwarf.DwarfFormatException;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.GlobalModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.read.StructDeclaration;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code @Struct}/{@code @Union} records a library uses, against the structs of the same name in
 * its debug information (FFI089): every record its functions and globals name, and every record
 * those hold inline or point to. Where the library's DWARF has a struct, union or typedef of the
 * record's name, the field count, each field's offset and size and the total size must agree
 * ({@link StructLayoutComparison}); a difference is one error at the record's annotation naming
 * each differing field.
 *
 * <p>Records are matched by name, and only with a struct, union or typedef that C's own declarations
 * of the interface's functions and globals use (directly, through pointers, or inside other structs):
 * a large library has internal structs whose names a user's record may share by chance. Never
 * against a file without debug information. A name that several units define differently matches
 * when any of them agrees. Each record is compared once
 * per library file and compilation, whichever interfaces use it.
 */
final class StructVerification {
  private final Set<String> compared = new HashSet<>();

  void verify(VerificationContext context, LibraryModel model, StructRegistry registry) {
    for (StructRegistry.Checked checked : used(model, registry)) {
      if (!context.inApi(checked.model().name())) {
        continue; // C's declarations of what the interface binds never name it: nothing to compare with
      }
      for (LibraryTables tables : context.files()) {
        Optional<DebugInfo> info = tables.debug().info();
        if (info.isEmpty()) {
          continue;
        }
        try {
          List<CType.Aggregate> candidates = info.get().aggregates(checked.model().name());
          if (candidates.isEmpty()) {
            continue;
          }
          if (compared.add(checked.declaration().type().getQualifiedName() + "|" + tables.file())) {
            compare(context, checked, candidates, tables);
          }
          break; // the first file that defines the name is the one the record describes
        } catch (DwarfFormatException e) {
          context.unreadable(tables, e.getMessage());
        } catch (RuntimeException e) {
          context.unreadable(tables, "damaged: " + e);
        }
      }
    }
  }

  private static void compare(
      VerificationContext context, StructRegistry.Checked checked, List<CType.Aggregate> candidates,
      LibraryTables tables) {
    StructModel model = checked.model();
    List<StructLayoutComparison.Field> fields = StructLayoutComparison.fields(model);
    List<String> firstProblems = null;
    for (CType.Aggregate c : candidates) {
      List<String> problems = StructLayoutComparison.compare(fields, model.size(), c);
      if (problems.isEmpty()) {
        return;
      }
      if (firstProblems == null) {
        firstProblems = problems;
      }
    }
    CType.Aggregate c = candidates.get(0);
    boolean union = c.kind() == CType.Aggregate.Kind.UNION;
    if (union != model.union()) {
      firstProblems = new ArrayList<>(firstProblems);
      firstProblems.add(0, "C's is a " + (union ? "union" : "struct") + ": annotate the record @" + (union ? "Union" : "Struct"));
    }
    StructDeclaration declaration = checked.declaration();
    context.diagnostics().report(
        Message.STRUCT_LAYOUT_MISMATCH, declaration.type(), declaration.annotation(), null,
        model.ref().cName(), declaration.recordName(), describe(c, model.name()), tables.name(),
        String.join("; ", firstProblems));
  }

  /** {@code struct tm}, or {@code div_t (a typedef of an unnamed struct)}. */
  private static String describe(CType.Aggregate c, String name) {
    String kind = c.kind() == CType.Aggregate.Kind.UNION ? "union" : "struct";
    return c.name().isEmpty() ? name + " (a typedef of an unnamed " + kind + ")" : kind + " " + c.name();
  }

  /** The valid records the library's types name, and those they hold or point to, each once. */
  private static List<StructRegistry.Checked> used(LibraryModel model, StructRegistry registry) {
    Deque<StructRef> pending = new ArrayDeque<>();
    for (FunctionModel f : model.functions()) {
      f.parameters().forEach(p -> refs(p.nativeType(), pending));
      refs(f.resultType(), pending);
    }
    for (GlobalModel g : model.globals()) {
      refs(g.type(), pending);
    }
    Map<String, StructRegistry.Checked> found = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      StructRef ref = pending.poll();
      if (found.containsKey(ref.record().qualifiedName())) {
        continue;
      }
      Optional<StructRegistry.Checked> checked = registry.checked(ref);
      if (checked.isPresent()) {
        found.put(ref.record().qualifiedName(), checked.get());
        checked.get().model().fields().forEach(field -> refs(field.type(), pending));
      }
    }
    return List.copyOf(found.values());
  }

  private static void refs(NativeType type, Deque<StructRef> out) {
    switch (type) {
      case NativeType.StructValue v -> out.add(v.struct());
      case NativeType.StructArray a -> out.add(a.struct());
      case NativeType.Inline i -> refs(i.element(), out);
      case null, default -> {}
    }
  }
}
