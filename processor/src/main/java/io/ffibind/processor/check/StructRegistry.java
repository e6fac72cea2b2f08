package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.read.StructDeclaration;
import io.ffibind.processor.read.StructNames;
import io.ffibind.processor.read.StructReader;
import io.ffibind.processor.read.StructScopes;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Every struct record of one processing round, checked once and laid out once: the checks of a
 * record ask here for the layout of each struct it holds by value, which is how a struct that
 * contains itself (directly or through others) is found, and libraries ask here for the structs their
 * type strings name.
 */
public final class StructRegistry {
  private final StructReader reader;
  private final StructScopes scopes;
  private final Diagnostics diagnostics;
  private final Map<String, Optional<StructModel>> done = new HashMap<>();
  /** The declaration of each record checked, for reports after the checks (verification). */
  private final Map<String, StructDeclaration> declarations = new HashMap<>();
  /** The records being checked, outermost first, each with the field being laid out. */
  private final List<Frame> inProgress = new ArrayList<>();
  private final Set<String> reportedCycles = new HashSet<>();
  /** Records with a component javac cannot resolve yet: a later round may complete them. */
  private final Set<String> incomplete = new HashSet<>();
  private boolean sawIncomplete;

  private static final class Frame {
    final StructDeclaration declaration;
    StructDeclaration.Component via;

    Frame(StructDeclaration declaration) {
      this.declaration = declaration;
    }

    void setVia(StructDeclaration.Component component) {
      via = component;
    }
  }

  public StructRegistry(StructReader reader, StructScopes scopes, Diagnostics diagnostics) {
    this.reader = reader;
    this.scopes = scopes;
    this.diagnostics = diagnostics;
  }

  /**
   * Whether a struct asked for since the last call has a component javac could not resolve (its
   * model is empty without an error, and a later round may complete it); clears the flag.
   */
  public boolean takeIncomplete() {
    boolean saw = sawIncomplete;
    sawIncomplete = false;
    return saw;
  }

  /** The names a library method's type strings may use. */
  public StructNames scope(ExecutableElement method) {
    return scopes.forMethod(method);
  }

  /** The checked model of the record a scope's name found, or empty when it has errors (reported). */
  public Optional<StructModel> model(StructNames scope, StructRef struct) {
    return model(scope.record(struct));
  }

  /**
   * The checked model of {@code record}, which is annotated {@code @Struct} or {@code @Union}; empty
   * when it, or a struct it refers to, has errors (reported at their declarations).
   */
  public Optional<StructModel> model(TypeElement record) {
    String key = record.getQualifiedName().toString();
    Optional<StructModel> known = done.get(key);
    if (known != null) {
      sawIncomplete |= incomplete.contains(key);
      return known;
    }
    if (!StructTypeChecks.check(record, diagnostics)) {
      done.put(key, Optional.empty());
      return Optional.empty();
    }
    StructDeclaration declaration = reader.read(record);
    declarations.put(key, declaration);
    if (declaration.components().stream().anyMatch(StructDeclaration.Component::missingType)) {
      incomplete.add(key);
      sawIncomplete = true;
    }
    Frame frame = new Frame(declaration);
    inProgress.add(frame);
    StructChecks.Result result;
    try {
      result = StructChecks.check(declaration, this, frame::setVia, diagnostics);
    } finally {
      inProgress.remove(inProgress.size() - 1);
    }
    done.put(key, result.model());
    // Structs it points to are checked after its own layout is known, so pointers may form cycles;
    // one still being laid out (this record is inside it) is judged when it is done.
    if (result.model().isPresent()) {
      for (StructChecks.Pointer pointer : result.pointers()) {
        TypeElement t = declaration.scope().record(pointer.target());
        Optional<StructModel> target = t.equals(record) ? result.model() : inProgress(t) ? null : model(t);
        if (target != null && target.isEmpty()) {
          done.put(key, Optional.empty());
        } else if (target != null && pointer.array() && target.get().flexibleArray().isPresent()) {
          // An array of structs with a flexible array member has no element size C agrees on.
          StructDeclaration.Component via = pointer.via();
          diagnostics.report(
              Message.FLEXIBLE_BY_VALUE, via.element(), via.field(), via.typeValue(),
              "field '" + via.name() + "'", declaration.recordName(), target.get().ref().cName(),
              target.get().flexibleArray().get().cName(), target.get().name());
          done.put(key, Optional.empty());
        }
      }
    }
    return done.get(key);
  }

  /**
   * The {@code @Callback} interfaces whose objects a record of {@code record} can hold: in its own
   * fields and in those of every struct it holds inline or points to, as far as this round checked
   * them. Writing such a record lends C function pointers; a struct that reaches a callback that
   * failed its checks cannot be generated.
   */
  public Set<JavaType.ClassRef> callbacksReachable(JavaType.ClassRef record) {
    Set<JavaType.ClassRef> out = new LinkedHashSet<>();
    collectCallbacks(record, new HashSet<>(), out);
    return out;
  }

  private void collectCallbacks(JavaType.ClassRef record, Set<String> seen, Set<JavaType.ClassRef> out) {
    if (!seen.add(record.qualifiedName())) {
      return;
    }
    Optional<StructModel> model = done.get(record.qualifiedName());
    if (model == null || model.isEmpty()) {
      return;
    }
    for (StructModel.FieldModel f : model.get().fields()) {
      if (f.javaType().is(JavaType.Kind.CALLBACK)) {
        out.add(f.javaType().declared());
      }
      StructRef nested = switch (f.type()) {
        case NativeType.StructValue v -> v.struct();
        case NativeType.StructArray a -> a.struct();
        case NativeType.Inline i when i.element() instanceof NativeType.StructValue v -> v.struct();
        default -> null;
      };
      if (nested != null && !f.javaType().is(JavaType.Kind.MEMORY_SEGMENT)) {
        collectCallbacks(nested.record(), seen, out);
      }
    }
  }

  /** A valid struct record and where it is declared. */
  public record Checked(StructDeclaration declaration, StructModel model) {}

  /**
   * The record behind {@code struct} as checked this round, when it is valid: a library's checks ask
   * for every struct its type strings name, and every struct those hold or point to, before it is
   * verified against the real library.
   */
  public Optional<Checked> checked(StructRef struct) {
    String key = struct.record().qualifiedName();
    Optional<StructModel> model = done.getOrDefault(key, Optional.empty());
    StructDeclaration declaration = declarations.get(key);
    return model.isPresent() && declaration != null
        ? Optional.of(new Checked(declaration, model.get()))
        : Optional.empty();
  }

  /**
   * The model of a record already checked in this round, by qualified name: what the generator asks
   * for the structs a checked library holds by value (they, and the structs inside them, were all
   * checked with the library). Empty if it was not checked or has errors.
   */
  public Optional<StructModel> checkedModel(String qualifiedName) {
    return done.getOrDefault(qualifiedName, Optional.empty());
  }

  private boolean inProgress(TypeElement record) {
    return inProgress.stream().anyMatch(f -> f.declaration.type().equals(record));
  }

  /**
   * The layout of a struct held by value in the field {@code frame} is laying out: empty when it has
   * errors, or when it is one of the records being laid out, which makes a struct that contains
   * itself (reported here, once for each struct of the cycle).
   */
  Optional<StructModel> byValue(StructNames scope, NativeType.StructValue value) {
    TypeElement record = scope.record(value.struct());
    int start = -1;
    for (int i = 0; i < inProgress.size(); i++) {
      if (inProgress.get(i).declaration.type().equals(record)) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return model(record);
    }
    List<Frame> cycle = inProgress.subList(start, inProgress.size());
    for (int i = 0; i < cycle.size(); i++) {
      Frame f = cycle.get(i);
      if (reportedCycles.add(f.declaration.type().getQualifiedName().toString())) {
        List<Frame> rotated = new ArrayList<>(cycle.subList(i, cycle.size()));
        rotated.addAll(cycle.subList(0, i));
        String path =
            rotated.stream().map(r -> r.declaration.name() + "." + r.via.cName()).collect(Collectors.joining(" → "))
                + " → " + f.declaration.name();
        String target = cycle.get((i + 1) % cycle.size()).declaration.name();
        diagnostics.report(
            Message.STRUCT_CONTAINS_ITSELF, f.via.element(), f.via.field(), f.via.typeValue(),
            f.declaration.cName(), path, target);
      }
    }
    return Optional.empty();
  }
}
