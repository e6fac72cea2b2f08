package io.ffibind.processor.check;

import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.List;

/**
 * Where structs and callbacks meet in arguments: whether writing a function's record arguments lends
 * C function pointers for {@code @Callback} objects held in struct fields, which the generated call
 * must release (and whose exceptions it must rethrow) when it returns.
 */
final class StructCallbacks {
  private StructCallbacks() {}

  /** Whether a record (or array of records) argument may hold callback objects, at any depth. */
  static boolean lends(List<ParameterModel> parameters, StructRegistry structs) {
    for (ParameterModel p : parameters) {
      StructRef struct = switch (p.nativeType()) {
        case NativeType.StructValue v -> v.struct();
        case NativeType.StructArray a -> a.struct();
        case null, default -> null;
      };
      JavaType java = p.javaType();
      boolean records = java.is(JavaType.Kind.STRUCT) || java.is(JavaType.Kind.ARRAY) && java.component().is(JavaType.Kind.STRUCT);
      if (struct != null && records && !structs.callbacksReachable(struct.record()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
