package io.ffibind.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Makes the struct records a declaration names in its type strings visible to incremental builds.
 *
 * <p>A type string may name a record its declaration's Java types do not mention ({@code "Point*"} for
 * a {@code MemorySegment}), found in the same package: nothing in the declaration's class file then
 * refers to the record, so Gradle's incremental compilation (which follows class-file dependencies)
 * would not re-run the processor on the declaration when the record changes. The generated class
 * therefore declares {@code static void $structs(Point s0, ...)}, never called: a non-private member
 * whose signature names every such record is an API dependency of the generated class, and Gradle
 * recompiles the generated class's originating element when an API dependency changes or is deleted.
 */
final class StructDependencies {
  static final String METHOD = "$structs";

  private StructDependencies() {}

  /** The member, when the type strings name any struct record but {@code self}'s own. */
  static Optional<MethodSpec> method(Stream<NativeType> types, JavaType.ClassRef self, String origin) {
    List<JavaType.ClassRef> records = types.flatMap(StructDependencies::records)
        .filter(r -> !r.equals(self))
        .distinct()
        .sorted(Comparator.comparing(JavaType.ClassRef::qualifiedName))
        .toList();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(METHOD)
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "Never called: its parameters are the struct records named in {@code $L}'s type strings, so that\n"
                + "an incremental build (Gradle) runs ffibind on {@code $L} again when one of them changes.\n",
            origin, origin);
    for (int i = 0; i < records.size(); i++) {
      ClassName record = Names.className(records.get(i));
      method.addParameter(record, "s" + i);
    }
    return Optional.of(method.build());
  }

  private static Stream<JavaType.ClassRef> records(NativeType type) {
    return switch (type) {
      case NativeType.StructValue v -> Stream.of(v.struct().record());
      case NativeType.StructArray a -> Stream.of(a.struct().record());
      case NativeType.Inline i -> records(i.element());
      default -> Stream.empty();
    };
  }
}
