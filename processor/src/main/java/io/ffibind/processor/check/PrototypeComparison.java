package io.ffibind.processor.check;

import io.ffibind.processor.dwarf.CDeclarations;
import io.ffibind.processor.dwarf.CFunction;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.NativeType;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a checked declaration with the prototype the library's debug information gives, as the
 * ABI sees them, and says in words what does not fit. The rules (README, "Checking against the real
 * library"):
 *
 * <ul>
 *   <li>Numbers: the same size, integer or floating point, and the same signedness, except where C
 *       itself leaves signedness open: plain {@code char} takes {@code char}, {@code i8} or {@code
 *       u8}; {@code "char"} stands for any of C's character types; {@code _Bool} takes any 1-byte
 *       integer; an enum takes any integer of its size; {@code wchar_t} either signedness.
 *   <li>{@code bool} only for C's {@code _Bool}.
 *   <li>Pointer or not: {@code pointer}, {@code buffer}, {@code string}, {@code function}, arrays and
 *       out-parameters are pointers. {@code pointer} and {@code buffer} take any pointer; {@code
 *       function} a pointer to a function or {@code void *}; {@code string} a pointer to characters of
 *       its charset's code unit size or {@code void *}; {@code T[]} and {@code T*} a pointer to
 *       elements of T's size and kind, signedness aside (the elements are copied bit for bit), or
 *       {@code void *}; a byte array ({@code u8[]}, {@code i8[]}, {@code char[]}) any data pointer.
 *   <li>A {@code void} result may ignore a scalar C returns, never a struct.
 *   <li>Variadic functions need {@code "..."}; the parameters before it must match C's fixed ones.
 * </ul>
 *
 * Anything the debug information does not describe ({@link CType.Unknown}), and any declared type
 * this class does not know, is not compared: a check that cannot be sure stays silent.
 */
final class PrototypeComparison {
  private static final Set<String> EITHER_SIGNEDNESS = Set.of("wchar_t");

  private PrototypeComparison() {}

  /** What does not fit, one sentence each; empty when the declaration matches. */
  static List<String> compare(FunctionModel declared, CFunction c) {
    List<String> problems = new ArrayList<>();
    int fixed = declared.isVariadic() ? declared.firstVariadic() : declared.parameters().size();
    if (c.prototyped()) {
      int cCount = c.parameters().size();
      if (c.variadic() && !declared.isVariadic()) {
        problems.add(
            "it is variadic: put \"...\" after its " + cCount + " fixed parameter" + plural(cCount)
                + ", then the types of the arguments this method passes");
      } else if (!c.variadic() && declared.isVariadic()) {
        problems.add("\"...\" declares a variadic function, but C's takes exactly " + cCount + " parameter" + plural(cCount));
      } else if (fixed != cCount) {
        problems.add(
            "C's function takes " + cCount + (c.variadic() ? " fixed" : "") + " parameter" + plural(cCount)
                + ", the declaration " + fixed);
      }
      for (int i = 0; i < Math.min(fixed, cCount); i++) {
        CFunction.Parameter p = c.parameters().get(i);
        String where = "parameter " + (i + 1) + (p.name().isEmpty() ? "" : " (" + p.name() + ")");
        mismatch(declared.parameters().get(i).nativeType(), p.type(), declared.charset(), false)
            .ifPresent(why -> problems.add(where + " is " + CDeclarations.declaration(p.type(), "") + why));
      }
    }
    mismatch(declared.resultType(), c.result(), declared.charset(), true)
        .ifPresent(why -> problems.add("the result is " + CDeclarations.declaration(c.result(), "") + why));
    return problems;
  }

  /** Why {@code declared} cannot stand for {@code c}, as the rest of "X is <c>...", or empty. */
  static Optional<String> mismatch(NativeType declared, CType c, String charset, boolean result) {
    CType t = c.resolved();
    if (t instanceof CType.Unknown) {
      return Optional.empty();
    }
    if (declared instanceof NativeType.ArrayOf array) {
      return pointerTo(array, t, declared.spelling());
    }
    if (!(declared instanceof NativeType.Basic basic)) {
      return Optional.empty(); // a type this comparison does not know yet
    }
    BaseType base = basic.base();
    String spelling = "\"" + declared.spelling() + "\"";
    if (base == BaseType.VOID) {
      if (t instanceof CType.Void) {
        return Optional.empty();
      }
      return t instanceof CType.Aggregate
          ? Optional.of(", " + describe(t) + ", which \"void\" cannot leave unread: C's ABI returns it through memory the caller provides")
          : Optional.empty(); // a scalar result may be ignored
    }
    if (t instanceof CType.Void) {
      return Optional.of(", so there is no value to read as " + spelling + ": write \"void\"");
    }
    if (t instanceof CType.Aggregate || t instanceof CType.Function || t instanceof CType.Array && result) {
      return Optional.of(", " + describe(t) + ", which " + spelling + " cannot " + (result ? "receive" : "pass"));
    }
    boolean cPointer = t instanceof CType.Pointer || t instanceof CType.Array;
    boolean declaredPointer = !base.isInteger() && base.kind() != BaseType.Kind.FLOAT && base.kind() != BaseType.Kind.BOOL;
    if (cPointer != declaredPointer) {
      return Optional.of(", " + describe(t) + ", but " + spelling + " is " + describe(base) + suggestion(c));
    }
    if (cPointer) {
      return pointee(base, t, charset, spelling);
    }
    return scalar(base, c, t, spelling);
  }

  /** Integer, floating point or bool, against a C scalar. */
  private static Optional<String> scalar(BaseType base, CType c, CType t, String spelling) {
    long size = t.size();
    boolean cFloat = t instanceof CType.Base b && (b.encoding() == CType.Encoding.FLOAT || b.encoding() == CType.Encoding.COMPLEX_FLOAT);
    boolean cBool = t instanceof CType.Base b && b.encoding() == CType.Encoding.BOOLEAN;
    String mismatch = ", " + describe(t) + ", but " + spelling + " is " + describe(base) + suggestion(c);
    if (t instanceof CType.Base b && b.encoding() == CType.Encoding.COMPLEX_FLOAT) {
      return Optional.of(mismatch);
    }
    if (base.kind() == BaseType.Kind.BOOL) {
      return cBool ? Optional.empty() : Optional.of(mismatch);
    }
    if (base.kind() == BaseType.Kind.FLOAT) {
      return cFloat && size == base.size() ? Optional.empty() : Optional.of(mismatch);
    }
    if (cFloat || size != base.size()) {
      return Optional.of(mismatch);
    }
    if (signednessOpen(base, c, t)) {
      return Optional.empty();
    }
    boolean cSigned = t instanceof CType.Base b && b.encoding().isSigned();
    return cSigned == (base.kind() == BaseType.Kind.SIGNED) ? Optional.empty() : Optional.of(mismatch);
  }

  /** Where C does not fix signedness, or where "char" means any of C's character types. */
  private static boolean signednessOpen(BaseType base, CType c, CType t) {
    if (t instanceof CType.Enum || base == BaseType.CHAR && isCharacter(t)) {
      return true;
    }
    if (t instanceof CType.Base b && (b.encoding() == CType.Encoding.BOOLEAN || b.name().equals("char"))) {
      return true;
    }
    return typedefNamed(c, EITHER_SIGNEDNESS);
  }

  /** {@code pointer}, {@code buffer}, {@code function}, {@code string} against a C pointer. */
  private static Optional<String> pointee(BaseType base, CType t, String charset, String spelling) {
    CType target = target(t).resolved();
    if (target instanceof CType.Unknown || target instanceof CType.Void) {
      return Optional.empty();
    }
    return switch (base) {
      case FUNCTION ->
          target instanceof CType.Function
              ? Optional.empty()
              : Optional.of(", a pointer to " + describe(target) + ", not to a function, but " + spelling + " is a function pointer: write \"pointer\"");
      case STRING -> {
        int unit = codeUnit(charset);
        boolean characters = isInteger(target) && (unit < 0 || target.size() == unit);
        yield characters
            ? Optional.empty()
            : Optional.of(", a pointer to " + describe(target) + ", but " + spelling + " is a pointer to "
                + (unit > 0 ? unit + "-byte " : "") + "characters (" + charset + "): write \"pointer\"");
      }
      default -> Optional.empty();
    };
  }

  /** {@code T[]}, {@code T[n]}, {@code T*}: a pointer to elements like T. */
  private static Optional<String> pointerTo(NativeType.ArrayOf array, CType t, String declared) {
    String spelling = "\"" + declared + "\"";
    if (!(t instanceof CType.Pointer || t instanceof CType.Array)) {
      return Optional.of(", " + describe(t) + ", but " + spelling + " is a pointer");
    }
    CType target = target(t).resolved();
    BaseType element = array.element();
    if (target instanceof CType.Unknown || target instanceof CType.Void) {
      return Optional.empty();
    }
    String elements = ", whose elements are " + describe(target) + ", but " + spelling + " has ";
    boolean pointerElement = element == BaseType.POINTER || element == BaseType.STRING || element == BaseType.FUNCTION || element == BaseType.BUFFER;
    if (pointerElement) {
      return target instanceof CType.Pointer || target instanceof CType.Array
          ? Optional.empty()
          : Optional.of(elements + "pointers");
    }
    if (element.isInteger() && element.size() == 1) {
      return target instanceof CType.Function ? Optional.of(elements + "bytes") : Optional.empty();
    }
    boolean cFloat = target instanceof CType.Base b && b.encoding() == CType.Encoding.FLOAT;
    boolean fits =
        element.kind() == BaseType.Kind.FLOAT
            ? cFloat && target.size() == element.size()
            : element.kind() == BaseType.Kind.BOOL
                ? target instanceof CType.Base b && b.encoding() == CType.Encoding.BOOLEAN
                : isInteger(target) && target.size() == element.size();
    return fits ? Optional.empty() : Optional.of(elements + describe(element).replaceFirst("^an? ", "") + "s");
  }

  private static CType target(CType pointerOrArray) {
    return pointerOrArray instanceof CType.Pointer p ? p.target() : ((CType.Array) pointerOrArray).element();
  }

  private static boolean isInteger(CType t) {
    return t instanceof CType.Enum
        || t instanceof CType.Base b && (b.encoding().isInteger() || b.encoding() == CType.Encoding.BOOLEAN);
  }

  private static boolean isCharacter(CType t) {
    return t instanceof CType.Base b
        && b.size() == 1
        && (b.encoding() == CType.Encoding.SIGNED_CHAR || b.encoding() == CType.Encoding.UNSIGNED_CHAR);
  }

  /** Bytes per code unit of a charset: 1 for UTF-8, 2 for UTF-16, 4 for UTF-32; -1 when unsure. */
  private static int codeUnit(String charset) {
    String name;
    try {
      name = Charset.forName(charset).name().toUpperCase(Locale.ROOT);
    } catch (RuntimeException e) {
      return -1;
    }
    if (name.startsWith("UTF-16")) {
      return 2;
    }
    if (name.startsWith("UTF-32")) {
      return 4;
    }
    return 1;
  }

  private static boolean typedefNamed(CType c, Set<String> names) {
    CType t = c;
    for (int i = 0; i < 16; i++) {
      if (t instanceof CType.Typedef d) {
        if (names.contains(d.name())) {
          return true;
        }
        t = d.target();
      } else if (t instanceof CType.Qualified q) {
        t = q.target();
      } else {
        return false;
      }
    }
    return false;
  }

  /** A C type in words: "an 8-byte signed integer". */
  static String describe(CType t) {
    return switch (t) {
      case CType.Void v -> "void";
      case CType.Base b -> switch (b.encoding()) {
        case BOOLEAN -> "a bool";
        case FLOAT -> article(b.size()) + b.size() + "-byte floating-point number";
        case COMPLEX_FLOAT -> "a complex number";
        case SIGNED, SIGNED_CHAR -> article(b.size()) + b.size() + "-byte signed integer";
        case UNSIGNED, UNSIGNED_CHAR -> article(b.size()) + b.size() + "-byte unsigned integer";
        case OTHER -> "a " + b.name();
      };
      case CType.Enum e -> article(e.size()) + e.size() + "-byte enum";
      case CType.Pointer p -> "a pointer";
      case CType.Array a -> "an array";
      case CType.Aggregate a -> (a.kind() == CType.Aggregate.Kind.UNION ? "a union" : "a struct") + " passed by value";
      case CType.Function f -> "a function";
      default -> "a type ffibind does not know";
    };
  }

  /** A declared type in the same words. */
  static String describe(BaseType base) {
    return switch (base.kind()) {
      case BOOL -> "a bool";
      case FLOAT -> article(base.size()) + base.size() + "-byte floating-point number";
      case SIGNED -> article(base.size()) + base.size() + "-byte signed integer";
      case UNSIGNED -> article(base.size()) + base.size() + "-byte unsigned integer";
      case VOID -> "void";
      default -> "a pointer";
    };
  }

  private static String article(long n) {
    return n == 8 || n == 11 || n == 18 ? "an " : "a ";
  }

  /** ": write \"i64\"", the type string that fits {@code c}, or nothing when none does. */
  static String suggestion(CType c) {
    return TypeSuggestions.forC(c).map(s -> ": write \"" + s + "\"").orElse("");
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }
}
