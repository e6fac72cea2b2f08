package io.ffibind.processor.types;

import java.util.Collection;
import java.util.List;

/**
 * The struct and union names a type string may use: those of the records among the Java types of
 * the same method or record, and those declared in the same package. Built by the checks, consulted
 * by {@link TypeParser}.
 */
public interface StructScope {
  /** What a name stands for. */
  sealed interface Lookup {
    record Found(StructRef struct) implements Lookup {}

    /** More than one record claims the name: {@code claimants} are their qualified names. */
    record Ambiguous(List<String> claimants) implements Lookup {}

    record Missing() implements Lookup {}
  }

  Lookup lookup(String name);

  /** Every name in scope, for "did you mean" hints. */
  Collection<String> names();

  /** No structs at all. */
  StructScope NONE =
      new StructScope() {
        @Override
        public Lookup lookup(String name) {
          return new Lookup.Missing();
        }

        @Override
        public Collection<String> names() {
          return List.of();
        }
      };
}
