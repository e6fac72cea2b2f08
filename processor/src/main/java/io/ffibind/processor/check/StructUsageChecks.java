package io.ffibind.processor.check;

import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.read.StructNames;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.Optional;

/**
 * Checks the structs a {@code @Symbol} type names: each must be a valid struct record, and C must be
 * able to pass it the way it is declared (not by value through {@code "..."}, not by value with a
 * flexible array member, not by value when packed).
 */
final class StructUsageChecks {
  private StructUsageChecks() {}

  /**
   * @param what {@code "parameter 2"} or {@code "result"}, for messages
   * @param variadic whether the parameter is passed through C's {@code "..."}
   * @return false when the type cannot be generated (reported here, or at the struct record)
   */
  static boolean check(
      NativeType type, String what, String function, boolean variadic, StructRegistry registry, StructNames scope,
      Reporter reporter) {
    StructRef ref = switch (type) {
      case NativeType.StructValue v -> v.struct();
      case NativeType.StructArray a -> a.struct();
      default -> null;
    };
    if (ref == null) {
      return true;
    }
    Optional<StructModel> model = registry.model(scope, ref);
    if (model.isEmpty()) {
      return false; // the record's own errors are reported there
    }
    StructModel m = model.get();
    boolean byValue = type instanceof NativeType.StructValue;
    boolean array = type instanceof NativeType.StructArray a && !(a.star() && a.length() instanceof Length.Fixed);
    boolean ok = true;
    if (byValue && variadic) {
      reporter.report(Message.STRUCT_VARIADIC, what, function, m.name());
      ok = false;
    }
    if ((byValue || array) && m.flexibleArray().isPresent()) {
      reporter.report(Message.FLEXIBLE_BY_VALUE, what, function, m.ref().cName(), m.flexibleArray().get().cName(),
          m.name());
      ok = false;
    }
    if (byValue && (m.packed() || m.packedInside())) {
      reporter.report(Message.PACKED_BY_VALUE, what, function, m.ref().cName(), m.name());
      ok = false;
    }
    return ok;
  }
}
