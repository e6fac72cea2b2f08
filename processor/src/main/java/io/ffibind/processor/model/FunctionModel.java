package io.ffibind.processor.model;

import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.List;

/**
 * One bound C function.
 *
 * @param fieldPrefix unique among the library's functions; names its handle and address fields
 * @param charset the canonical name of the charset its strings use
 * @param freeWith the C function that frees the result, or null if the result is not owned
 * @param firstVariadic the index of the first parameter passed through C's {@code ...}, or -1 when
 *     the function is not variadic
 * @param options {@code @Symbol}'s optional, nonblocking and errno; for a nonblocking function
 *     {@code returnType} is the future's type argument, unboxed (the synchronous body's result)
 * @param lendsCallbacks whether a record argument may hold {@code @Callback} objects (in a field, at
 *     any depth), which get function pointers for the duration of the call
 */
public record FunctionModel(
    String methodName,
    String fieldPrefix,
    String symbolName,
    List<ParameterModel> parameters,
    JavaType returnType,
    NativeType resultType,
    boolean critical,
    String freeWith,
    String charset,
    String displayName,
    int firstVariadic,
    CallOptions options,
    boolean lendsCallbacks) {

  /** A function whose arguments lend C no callbacks through struct fields. */
  public FunctionModel(
      String methodName, String fieldPrefix, String symbolName, List<ParameterModel> parameters,
      JavaType returnType, NativeType resultType, boolean critical, String freeWith, String charset,
      String displayName, int firstVariadic, CallOptions options) {
    this(methodName, fieldPrefix, symbolName, parameters, returnType, resultType, critical, freeWith, charset,
        displayName, firstVariadic, options, false);
  }

  /**
   * How the call is made: whether the symbol may be missing, runs on another thread, or captures
   * {@code errno}.
   */
  public record CallOptions(boolean optional, boolean nonblocking, boolean errno) {
    public static final CallOptions NONE = new CallOptions(false, false, false);
  }

  /** A parameter: its Java name and type, and the C type it stands for. */
  public record ParameterModel(String name, JavaType javaType, NativeType nativeType) {}

  /** The C prototype, for javadoc: {@code double pow(double, double)}. */
  public String cPrototype() {
    StringBuilder sb = new StringBuilder(resultType.cDeclaration());
    if (!sb.toString().endsWith("*")) {
      sb.append(' ');
    }
    sb.append(symbolName).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      if (i == firstVariadic) {
        sb.append("..., ");
      }
      sb.append(parameters.get(i).nativeType().cDeclaration().strip());
    }
    if (firstVariadic == parameters.size()) {
      sb.append(parameters.isEmpty() ? "..." : ", ...");
    }
    return sb.append(parameters.isEmpty() && firstVariadic < 0 ? "void)" : ")").toString();
  }

  public boolean isVariadic() {
    return firstVariadic >= 0;
  }

  /** The parameter called {@code name}. */
  public ParameterModel parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
