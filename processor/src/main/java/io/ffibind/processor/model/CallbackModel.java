package io.ffibind.processor.model;

import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.List;
import java.util.stream.Stream;

/**
 * A checked {@code @Callback} interface, ready to generate: the C function pointer type it stands for
 * and the Java method that implements it.
 *
 * @param interfaceName the interface as source names it from its package ({@code Outer.Inner})
 * @param generatedName the simple name of the generated class ({@code Ffibind_Outer_Inner})
 * @param methodName the interface's one abstract method
 * @param parameters what C passes, in order: Java name and type, C type
 * @param charset the canonical name of the charset its strings use
 * @param displayName {@code Comparator.compare}, for messages of the generated code
 * @param onError what C receives when the callback throws, as a Java literal of the result's carrier
 *     type ({@code (byte) -1}, {@code 1L}); null for zero
 * @param lendsCallbacks whether Java calling a C function of this type through {@code wrap} passes
 *     records that may hold {@code @Callback} objects (see {@link FunctionModel#lendsCallbacks})
 */
public record CallbackModel(
    String packageName,
    String interfaceName,
    String generatedName,
    String methodName,
    List<ParameterModel> parameters,
    JavaType returnType,
    NativeType resultType,
    String charset,
    String displayName,
    String onError,
    boolean lendsCallbacks) {

  /** The C type, for javadoc: {@code int32_t (*)(const void *, const void *)}. */
  public String cType() {
    StringBuilder sb = new StringBuilder(resultType.cDeclaration().strip()).append(" (*)(");
    for (int i = 0; i < parameters.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(parameters.get(i).nativeType().cDeclaration().strip());
    }
    return sb.append(parameters.isEmpty() ? "void)" : ")").toString();
  }

  /** The struct records its parameters and result name. */
  public List<JavaType.ClassRef> structsUsed() {
    return Stream.concat(parameters.stream().map(ParameterModel::nativeType), Stream.of(resultType))
        .map(t -> switch (t) {
          case NativeType.StructValue v -> v.struct().record();
          case NativeType.StructArray a -> a.struct().record();
          default -> null;
        })
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /** The other {@code @Callback} interfaces its parameters and result use. */
  public List<JavaType.ClassRef> callbacksUsed() {
    return Stream.concat(parameters.stream().map(ParameterModel::javaType), Stream.of(returnType))
        .filter(t -> t.is(JavaType.Kind.CALLBACK))
        .map(JavaType::declared)
        .distinct()
        .toList();
  }
}
