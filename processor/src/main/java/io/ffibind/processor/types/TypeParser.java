package io.ffibind.processor.types;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a type string is parsed.
 *
 * <pre>
 *   type   := ["const "] base [ "*" | "[" [count | parameter] "]" ]
 *   base   := void | bool | char | i8 | int8 | u8 | ... | pointer | ptr | string | str | buffer | ...
 * </pre>
 */
public final class TypeParser {
  private static final Pattern SHAPE =
      Pattern.compile("(const\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\*|\\[\\s*([A-Za-z0-9_]*)\\s*\\])?");

  private TypeParser() {}

  /** The outcome of parsing: a type, or a message saying what is wrong and how to fix it. */
  public sealed interface Result {
    record Parsed(NativeType type) implements Result {}

    record Invalid(String message) implements Result {}
  }

  public static Result parse(String text) {
    String trimmed = text.strip();
    Matcher m = SHAPE.matcher(trimmed);
    if (!m.matches()) {
      return invalid("\"" + text + "\" is not a type string: write a name such as \"i32\", optionally"
          + " followed by [] / [n] / [param] for an array or * for an out-parameter");
    }
    boolean isConst = m.group(1) != null;
    String name = m.group(2);
    Optional<BaseType> found = BaseType.forSpelling(name);
    if (found.isEmpty()) {
      return invalid(unknown(name));
    }
    BaseType base = found.get();
    String suffix = m.group(3);
    if (suffix == null) {
      if (isConst && base != BaseType.BUFFER) {
        return invalid("\"const\" applies to memory C reads through a pointer (buffer, arrays): \""
            + text + "\" is a value; drop \"const\"");
      }
      return new Result.Parsed(NativeType.Basic.of(base).withConst(isConst));
    }
    if (suffix.equals("*")) {
      if (!isElement(base)) {
        return invalid("\"" + text + "\": an out-parameter points to a number, pointer or string;"
            + " use \"pointer\" for other pointers");
      }
      return new Result.Parsed(new NativeType.ArrayOf(base, isConst, new Length.Fixed(1), true));
    }
    Optional<Length> parsedLength = parseLength(m.group(4));
    if (parsedLength.isEmpty()) {
      return invalid("\"" + text + "\": a length is a count such as [16] or the name of an integer"
          + " parameter such as [len]");
    }
    Length length = parsedLength.get();
    if (base == BaseType.BUFFER) {
      return new Result.Parsed(new NativeType.Basic(base, isConst, length));
    }
    if (!isElement(base)) {
      return invalid("\"" + text + "\": arrays hold numbers, pointers or strings, not "
          + base.canonical());
    }
    return new Result.Parsed(new NativeType.ArrayOf(base, isConst, length, false));
  }

  /** Empty when the text starts like a count but is not one ({@code 4x}, or too large for a long). */
  /** What arrays and out-parameters may point to: numbers, pointers (function pointers too) and strings. */
  private static boolean isElement(BaseType base) {
    return (base.isScalar() || base == BaseType.STRING) && base != BaseType.BOOL;
  }

  private static Optional<Length> parseLength(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.of(Length.UNKNOWN);
    }
    if (Character.isDigit(text.charAt(0))) {
      try {
        return Optional.of(new Length.Fixed(Long.parseLong(text)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new Length.FromParameter(text));
  }

  private static String unknown(String name) {
    if (name.equals("int") || name.equals("short") || name.equals("uint") || name.equals("size_t")) {
      return "unknown type \"" + name + "\": use a sized name such as \"i32\", \"i16\", \"u32\" or \"usize\"";
    }
    String hint =
        Suggestions.closest(name, BaseType.allSpellings())
            .map(c -> "did you mean \"" + c + "\"?")
            .orElse("known types are " + String.join(", ", BaseType.allSpellings()));
    return "unknown type \"" + name + "\": " + hint;
  }

  private static Result invalid(String message) {
    return new Result.Invalid(message);
  }
}
