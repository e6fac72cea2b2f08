package io.ffibind.processor.check;

import io.ffibind.processor.dwarf.CType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The type string that fits a C type, for "write ..." hints: {@code size_t} is "usize", {@code int64_t} "i64". */
final class TypeSuggestions {
  /** {@code int64_t}, {@code uint8_t}, and glibc's {@code __int64_t} underneath them. */
  private static final Pattern FIXED_WIDTH = Pattern.compile("_*(u?)int(8|16|32|64)_t");

  private TypeSuggestions() {}

  static Optional<String> forC(CType c) {
    Optional<String> named = byTypedefName(c);
    if (named.isPresent()) {
      return named;
    }
    CType t = c.resolved();
    return switch (t) {
      case CType.Base b -> base(b);
      case CType.Enum e -> integer(e.size(), true);
      case CType.Pointer p -> Optional.of(pointer(p));
      default -> Optional.empty();
    };
  }

  private static Optional<String> byTypedefName(CType c) {
    CType t = c;
    for (int i = 0; i < 16; i++) {
      if (t instanceof CType.Typedef d) {
        switch (d.name()) {
          case "size_t" -> {
            return Optional.of("usize");
          }
          case "ssize_t", "ptrdiff_t" -> {
            return Optional.of("isize");
          }
          default -> {
            Matcher fixed = FIXED_WIDTH.matcher(d.name());
            if (fixed.matches()) {
              return Optional.of((fixed.group(1).isEmpty() ? "i" : "u") + fixed.group(2));
            }
            t = d.target();
          }
        }
      } else if (t instanceof CType.Qualified q) {
        t = q.target();
      } else {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> base(CType.Base b) {
    return switch (b.encoding()) {
      case BOOLEAN -> Optional.of("bool");
      case FLOAT -> b.size() == 4 ? Optional.of("f32") : b.size() == 8 ? Optional.of("f64") : Optional.empty();
      case SIGNED, SIGNED_CHAR, UNSIGNED, UNSIGNED_CHAR -> {
        if (b.name().equals("char")) {
          yield Optional.of("char");
        }
        if (b.size() == 8 && (b.name().equals("long int") || b.name().equals("long"))) {
          yield Optional.of("long");
        }
        if (b.size() == 8 && (b.name().equals("long unsigned int") || b.name().equals("unsigned long"))) {
          yield Optional.of("ulong");
        }
        yield integer(b.size(), b.encoding().isSigned());
      }
      default -> Optional.empty();
    };
  }

  private static Optional<String> integer(long size, boolean signed) {
    return switch ((int) size) {
      case 1, 2, 4, 8 -> Optional.of((signed ? "i" : "u") + size * 8);
      default -> Optional.empty();
    };
  }

  /** "function" for a function pointer, "string" for {@code const char *}, else "pointer". */
  private static String pointer(CType.Pointer p) {
    CType target = p.target();
    CType bare = target.resolved();
    if (bare instanceof CType.Function) {
      return "function";
    }
    boolean isConst = false;
    CType t = target;
    for (int i = 0; i < 16 && (t instanceof CType.Qualified || t instanceof CType.Typedef); i++) {
      if (t instanceof CType.Qualified q) {
        isConst |= q.qualifier().equals("const");
        t = q.target();
      } else {
        t = ((CType.Typedef) t).target();
      }
    }
    boolean characters = bare instanceof CType.Base b && b.size() == 1
        && (b.encoding() == CType.Encoding.SIGNED_CHAR || b.encoding() == CType.Encoding.UNSIGNED_CHAR);
    return isConst && characters ? "string" : "pointer";
  }
}
