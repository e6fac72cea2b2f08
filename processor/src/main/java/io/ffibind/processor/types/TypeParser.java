package io.ffibind.processor.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a type string is parsed.
 *
 * <pre>
 *   type   := ["const "] ["struct " | "union "] name [ "*" | "[" [count | name] "]" [ "*" ] ]
 *   name   := void | bool | char | i8 | int8 | u8 | ... | pointer | ptr | string | str | buffer | ...
 *           | a struct or union name in scope ({@link StructScope})
 * </pre>
 *
 * <p>In a {@code @Symbol} a type with {@code []} is a pointer to elements; in a struct field
 * ({@link #parseField}) {@code T[N]} is a C array inside the struct and {@code T[N]*} a pointer to N
 * elements.
 */
public final class TypeParser {
  /**
   * The names a type string may hold: Java identifiers (as record and parameter names are, Unicode
   * letters included) without {@code $} or other currency signs, which generated code reserves.
   */
  private static final String NAME_START = "[\\p{javaJavaIdentifierStart}&&[^\\p{Sc}]]";

  private static final String NAME_PART = "[\\p{javaJavaIdentifierPart}&&[^\\p{Sc}\\p{Cc}\\p{Cf}]]";

  private static final Pattern SHAPE =
      Pattern.compile(
          "(const\\s+)?((?:struct|union)\\s+)?(" + NAME_START + NAME_PART + "*)\\s*"
              + "(\\*|\\[\\s*(" + NAME_PART + "*)\\s*\\](\\s*\\*)?)?");

  private TypeParser() {}

  /** The outcome of parsing: a type, or a message saying what is wrong and how to fix it. */
  public sealed interface Result {
    record Parsed(NativeType type) implements Result {}

    record Invalid(String message) implements Result {}

    /** A struct name more than one record claims; {@code claimants} are their qualified names. */
    record Ambiguous(String name, List<String> claimants) implements Result {}
  }

  /** A {@code @Symbol} parameter or result type, without struct names. */
  public static Result parse(String text) {
    return parse(text, StructScope.NONE);
  }

  /** A {@code @Symbol} parameter or result type; struct names are looked up in {@code scope}. */
  public static Result parse(String text, StructScope scope) {
    return new Parse(text, scope, false).run();
  }

  /** The type of a {@code @Struct}/{@code @Union} field. */
  public static Result parseField(String text, StructScope scope) {
    return new Parse(text, scope, true).run();
  }

  /** One parse: the text, what it may name, and whether it is a struct field. */
  private record Parse(String text, StructScope scope, boolean field) {
    Result run() {
      Matcher m = SHAPE.matcher(text.strip());
      if (!m.matches()) {
        return invalid("\"" + text + "\" is not a type string: write a name such as \"i32\", optionally"
            + " followed by " + (field ? "[N] for an array in the struct, * or [n]* for a pointer"
                : "[] / [n] / [param] for an array or * for an out-parameter"));
      }
      boolean isConst = m.group(1) != null;
      boolean tagged = m.group(2) != null; // C's "struct Point": the keyword is optional
      String name = m.group(3);
      String suffix = m.group(4);
      String count = m.group(5);
      boolean pointerToArray = m.group(6) != null;
      Optional<BaseType> base = BaseType.forSpelling(name);
      if (base.isPresent() && tagged) {
        return invalid("\"" + text + "\": " + name + " is not a struct; drop \"" + m.group(2).strip() + "\"");
      }
      if (base.isPresent()) {
        return field ? baseField(base.get(), isConst, suffix, count, pointerToArray)
            : baseParameter(base.get(), isConst, suffix, count, pointerToArray);
      }
      return switch (scope.lookup(name)) {
        case StructScope.Lookup.Found found ->
            struct(found.struct(), isConst, suffix, count, pointerToArray);
        case StructScope.Lookup.Ambiguous a -> new Result.Ambiguous(name, a.claimants());
        case StructScope.Lookup.Missing missing -> invalid(unknown(name));
      };
    }

    private Result baseParameter(
        BaseType base, boolean isConst, String suffix, String count, boolean pointerToArray) {
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
      if (pointerToArray) {
        return notInParameters();
      }
      Optional<Length> parsedLength = parseLength(count);
      if (parsedLength.isEmpty()) {
        return badLength("parameter such as [len]");
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

    private Result baseField(
        BaseType base, boolean isConst, String suffix, String count, boolean pointerToArray) {
      if (base == BaseType.VOID || base == BaseType.BUFFER) {
        return invalid("\"" + text + "\": a struct field cannot be " + base.canonical()
            + (base == BaseType.BUFFER ? "; write \"pointer\", or \"u8[n]*\" for bytes C points to" : ""));
      }
      boolean pointer = "*".equals(suffix) || pointerToArray;
      if (isConst && !pointer) {
        return invalid("\"const\" applies to memory a field points to: \"" + text
            + "\" is inside the struct; drop \"const\"");
      }
      if (suffix == null) {
        return new Result.Parsed(NativeType.Basic.of(base));
      }
      if (pointer && !isElement(base)) {
        return invalid("\"" + text + "\": a pointer field points to numbers, pointers, strings or"
            + " structs; use \"pointer\" for other pointers");
      }
      if (suffix.equals("*")) {
        return new Result.Parsed(new NativeType.ArrayOf(base, isConst, new Length.Fixed(1), true));
      }
      Optional<Length> length = parseLength(count);
      if (length.isEmpty()) {
        return badLength("field such as [count]");
      }
      if (pointerToArray) {
        return new Result.Parsed(new NativeType.ArrayOf(base, isConst, length.get(), false));
      }
      if (!isElement(base) && base != BaseType.BOOL) {
        return invalid("\"" + text + "\": an array in a struct holds numbers, bools, pointers, strings"
            + " or structs, not " + base.canonical());
      }
      return new Result.Parsed(new NativeType.Inline(NativeType.Basic.of(base), length.get()));
    }

    private Result struct(
        StructRef struct, boolean isConst, String suffix, String count, boolean pointerToArray) {
      boolean pointer = "*".equals(suffix) || pointerToArray || (!field && suffix != null);
      if (isConst && !pointer) {
        return invalid("\"const\" applies to a struct C reads through a pointer: \"" + text
            + "\" is " + (field ? "inside the struct" : "passed by value") + "; drop \"const\"");
      }
      if (suffix == null) {
        return new Result.Parsed(new NativeType.StructValue(struct));
      }
      if (suffix.equals("*")) {
        return new Result.Parsed(new NativeType.StructArray(struct, isConst, new Length.Fixed(1), true));
      }
      if (pointerToArray && !field) {
        return notInParameters();
      }
      Optional<Length> length = parseLength(count);
      if (length.isEmpty()) {
        return badLength(field ? "field such as [count]" : "parameter such as [len]");
      }
      if (field && !pointerToArray) {
        return new Result.Parsed(new NativeType.Inline(new NativeType.StructValue(struct), length.get()));
      }
      return new Result.Parsed(new NativeType.StructArray(struct, isConst, length.get(), false));
    }

    private Result notInParameters() {
      return invalid("\"" + text + "\": \"[n]*\" is for struct fields; in @Symbol an array type is"
          + " already a pointer: write \"" + text.strip().replaceAll("\\s*\\*$", "") + "\"");
    }

    private Result badLength(String what) {
      return invalid("\"" + text + "\": a length is a count such as [16] or the name of an integer " + what);
    }

    private String unknown(String name) {
      if (name.equals("int") || name.equals("short") || name.equals("uint") || name.equals("size_t")) {
        return "unknown type \"" + name + "\": use a sized name such as \"i32\", \"i16\", \"u32\" or \"usize\"";
      }
      List<String> candidates = new ArrayList<>(BaseType.allSpellings());
      candidates.addAll(scope.names());
      String hint =
          Suggestions.closest(name, candidates)
              .map(c -> "did you mean \"" + c + "\"?")
              .orElse("known types are " + String.join(", ", candidates));
      String structs = scope.names().isEmpty() && Character.isUpperCase(name.charAt(0))
          ? " (a struct must be a record annotated @Struct or @Union, among this declaration's Java"
              + " types or in its package)"
          : "";
      return "unknown type \"" + name + "\": " + hint + structs;
    }
  }

  /** What arrays and out-parameters may point to: numbers, pointers (function pointers too) and strings. */
  private static boolean isElement(BaseType base) {
    return (base.isScalar() || base == BaseType.STRING) && base != BaseType.BOOL;
  }

  /** Empty when the text starts like a count but is not one ({@code 4x}, or too large for a long). */
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

  private static Result invalid(String message) {
    return new Result.Invalid(message);
  }
}
