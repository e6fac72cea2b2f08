package io.ffibind.processor.check;

import io.ffibind.processor.diag.Message;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.TypeParser;

/**
 * What a declaration makes of its parsed type string ({@code @Symbol}, {@code @Callback},
 * {@code @Global}): the type, or null once a bad one (FFI010) or an ambiguous struct name (FFI032)
 * is reported.
 */
final class TypeStrings {
  private TypeStrings() {}

  /**
   * @param what {@code "parameter 2"}, {@code "result"} or {@code "type"}, for messages
   * @param owner the declaration, as messages name it
   */
  static NativeType typeOf(TypeParser.Result result, String what, String owner, Reporter reporter) {
    return switch (result) {
      case TypeParser.Result.Parsed parsed -> parsed.type();
      case TypeParser.Result.Invalid invalid -> {
        reporter.report(Message.BAD_TYPE, what, owner, invalid.message());
        yield null;
      }
      case TypeParser.Result.Ambiguous a -> {
        reporter.report(Message.STRUCT_NAME_AMBIGUOUS, what, owner, a.name(), String.join(" and ", a.claimants()));
        yield null;
      }
    };
  }
}
