package io.ffibind.processor.model;

import io.ffibind.processor.types.NativeType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A checked library interface, ready to generate: no javac types, only what the generated source
 * needs.
 *
 * @param interfaceName the interface as source names it from its package ({@code Outer.Inner})
 * @param generatedName the simple name of the generated class ({@code Ffibind_Outer_Inner})
 * @param libraryName the {@code @NativeLibrary} value
 * @param charset the library's canonical charset, for its globals' strings
 */
public record LibraryModel(
    String packageName,
    String interfaceName,
    String generatedName,
    String libraryName,
    boolean closeable,
    List<FunctionModel> functions,
    List<GlobalModel> globals,
    String charset) {

  /** The qualified names of the struct records its functions' and globals' type strings name. */
  public Set<String> structsUsed() {
    Stream<NativeType> types = Stream.concat(
        functions.stream().flatMap(f -> Stream.concat(
            f.parameters().stream().map(FunctionModel.ParameterModel::nativeType), Stream.of(f.resultType()))),
        globals.stream().map(GlobalModel::type));
    return types.flatMap(LibraryModel::structs).collect(Collectors.toSet());
  }

  private static Stream<String> structs(NativeType type) {
    return switch (type) {
      case NativeType.StructValue v -> Stream.of(v.struct().record().qualifiedName());
      case NativeType.StructArray a -> Stream.of(a.struct().record().qualifiedName());
      case NativeType.Inline i -> structs(i.element());
      case NativeType.Basic b -> Stream.empty();
      case NativeType.ArrayOf a -> Stream.empty();
    };
  }
}
