package io.ffibind.processor.read;

import io.ffibind.processor.types.StructRef;
import io.ffibind.processor.types.StructScope;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The struct names one declaration may use, each with the records that claim it: those among the
 * declaration's own Java types and those of its package. A {@link StructScope} for the type parser,
 * which also hands the checks the record behind a name.
 */
public final class StructNames implements StructScope {
  private final Map<String, Set<TypeElement>> byName;

  StructNames(Map<String, Set<TypeElement>> byName) {
    this.byName = Map.copyOf(byName);
  }

  @Override
  public Lookup lookup(String name) {
    Set<TypeElement> records = byName.get(name);
    if (records == null || records.isEmpty()) {
      return new Lookup.Missing();
    }
    if (records.size() > 1) {
      return new Lookup.Ambiguous(
          records.stream().map(t -> t.getQualifiedName().toString()).sorted().toList());
    }
    return new Lookup.Found(ref(records.iterator().next()));
  }

  @Override
  public Collection<String> names() {
    return byName.keySet().stream().sorted().toList();
  }

  /** The record a name found by {@link #lookup} stands for. */
  public TypeElement record(StructRef struct) {
    return byName.get(struct.name()).stream()
        .filter(t -> t.getQualifiedName().contentEquals(struct.record().qualifiedName()))
        .findFirst()
        .orElseThrow();
  }

  /** What type strings refer to a record by. */
  public static StructRef ref(TypeElement record) {
    return new StructRef(
        StructScopes.structName(record),
        JavaTypes.classRef(record),
        Annotations.find(record, Annotations.UNION).isPresent());
  }
}
