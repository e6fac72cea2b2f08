package io.ffibind.processor.check;

import io.ffibind.processor.dwarf.CDeclarations;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.model.GlobalModel;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a checked {@code @Global} with the variable the library's debug information describes,
 * with the rules of {@link PrototypeComparison} for each value (size, integer or floating point,
 * signedness, pointer or not), and what is particular to a variable: its storage is the value itself,
 * so a C array is not a pointer but {@code "T[N]"} with N its length, and a struct is {@code
 * "Point"} of the same size.
 *
 * <p>Layouts field by field are the business of the {@code @Struct} record (FFI089); here a struct
 * variable must be a struct (or union) of the record's size.
 */
final class GlobalTypeComparison {
  private GlobalTypeComparison() {}

  /** What does not fit, as "it is ...": empty when the declaration matches. */
  static Optional<String> compare(GlobalModel global, CType c) {
    CType t = c.resolved();
    if (t instanceof CType.Unknown) {
      return Optional.empty();
    }
    String spelling = "\"" + global.type().spelling() + "\"";
    String declaration = CDeclarations.declaration(c, "");
    // An array's abstract declarator reads "uint8_t [6]"; as a type name, "uint8_t[6]".
    String it = "it is " + (t instanceof CType.Array ? declaration.replace(" [", "[") : declaration);
    return switch (global.type()) {
      case NativeType.Basic b -> single(b, c, t, spelling, it, global.charset());
      case NativeType.ArrayOf a -> array(NativeType.Basic.of(a.element()), global, c, t, spelling, it);
      case NativeType.StructValue v ->
          t instanceof CType.Array
              ? Optional.of(it + ", an array, but " + spelling + " is one " + v.struct().cName() + arrayHint(c, v.struct().name()))
              : struct(global.struct(), c, spelling, it);
      case NativeType.StructArray a -> array(new NativeType.StructValue(a.struct()), global, c, t, spelling, it);
      case NativeType.Inline i -> Optional.empty();
    };
  }

  /** A scalar, pointer or string variable: anything but an array or a struct of C's. */
  private static Optional<String> single(
      NativeType.Basic declared, CType c, CType t, String spelling, String it, String charset) {
    if (t instanceof CType.Array) {
      return Optional.of(it + ", an array of " + count(t) + " in the variable itself, but " + spelling
          + " is one " + (declared.base().isScalar() && !isPointer(declared.base()) ? "value" : "pointer")
          + arrayHint(c, null));
    }
    if (t instanceof CType.Aggregate a) {
      return Optional.of(it + ", " + (a.kind() == CType.Aggregate.Kind.UNION ? "a union" : "a struct") + ", but "
          + spelling + " is not: declare a @Struct or @Union record for it and write its name");
    }
    return PrototypeComparison.mismatch(declared, c, charset, false).map(why -> it + why);
  }

  /** An inline array {@code T[N]} or {@code Point[N]} against C's array. */
  private static Optional<String> array(
      NativeType element, GlobalModel global, CType c, CType t, String spelling, String it) {
    if (!(t instanceof CType.Array)) {
      return Optional.of(it + ", not an array, but " + spelling + " is an inline array of " + global.count());
    }
    List<String> problems = new ArrayList<>();
    long count = count(t);
    CType cElement = innermost(t);
    if (count >= 0 && count != global.count()) {
      problems.add(it + ", an array of " + count + ", but " + spelling + " has " + global.count()
          + hint(element, count));
    }
    String elements = "its elements are " + CDeclarations.declaration(cElement, "");
    Optional<String> mismatch =
        switch (element) {
          case NativeType.Basic b -> {
            CType e = cElement.resolved();
            if (e instanceof CType.Array || e instanceof CType.Aggregate) {
              yield Optional.of(elements + ", which \"" + b.spelling() + "\" cannot hold");
            }
            yield PrototypeComparison.mismatch(b, cElement, global.charset(), false).map(why -> elements + why);
          }
          case NativeType.StructValue v -> struct(global.struct(), cElement, "\"" + v.spelling() + "\"", elements);
          default -> Optional.empty();
        };
    mismatch.ifPresent(problems::add);
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  /**
   * A struct of the record's kind and size. Its fields are compared at the record (FFI089) when C's
   * struct has the record's name; under another name, here.
   */
  private static Optional<String> struct(StructModel struct, CType c, String spelling, String it) {
    CType t = c.resolved();
    if (t instanceof CType.Unknown) {
      return Optional.empty();
    }
    if (!(t instanceof CType.Aggregate a)) {
      return Optional.of(it + ", not a struct, but " + spelling + " is " + struct.ref().cName());
    }
    boolean union = a.kind() == CType.Aggregate.Kind.UNION;
    if (union != struct.union()) {
      return Optional.of(it + ", a " + (union ? "union" : "struct") + ", but " + spelling + " is "
          + struct.ref().cName() + ": annotate its record @" + (union ? "Union" : "Struct"));
    }
    if (a.size() >= 0 && a.size() != struct.size()) {
      return Optional.of(it + ", " + a.size() + " bytes, but " + spelling + " is " + struct.ref().cName() + ", "
          + struct.size() + " bytes");
    }
    if (!names(c).contains(struct.name())) {
      List<String> problems = StructLayoutComparison.compare(StructLayoutComparison.fields(struct), struct.size(), a);
      if (!problems.isEmpty()) {
        return Optional.of(it + ", whose layout is not " + struct.ref().cName() + "'s: " + String.join("; ", problems));
      }
    }
    return Optional.empty();
  }

  /** The names C gives a type: its typedefs, then its tag. */
  private static List<String> names(CType c) {
    List<String> names = new ArrayList<>();
    CType t = c;
    for (int i = 0; i < 16; i++) {
      if (t instanceof CType.Typedef d) {
        names.add(d.name());
        t = d.target();
      } else if (t instanceof CType.Qualified q) {
        t = q.target();
      } else {
        break;
      }
    }
    if (t instanceof CType.Aggregate a && !a.name().isEmpty()) {
      names.add(a.name());
    }
    return names;
  }

  /** Every count of a (possibly nested) array multiplied; -1 when one is unknown. */
  private static long count(CType array) {
    long product = 1;
    CType t = array;
    for (int depth = 0; depth < 16 && t instanceof CType.Array a; depth++) {
      for (long n : a.counts()) {
        if (n < 0) {
          return -1;
        }
        product *= n;
      }
      t = a.element().resolved();
    }
    return product;
  }

  /** What a nested array holds in the end: {@code int} for {@code int m[2][3]}. */
  private static CType innermost(CType array) {
    CType element = array;
    for (int depth = 0; depth < 16 && element.resolved() instanceof CType.Array a; depth++) {
      element = a.element();
    }
    return element;
  }

  private static boolean isPointer(BaseType base) {
    return base == BaseType.POINTER || base == BaseType.FUNCTION || base == BaseType.STRING;
  }

  /** ": write \"i32[4]\"" for C's array, when a type string fits its elements. */
  private static String arrayHint(CType c, String struct) {
    long n = count(c.resolved());
    if (n < 0) {
      return "";
    }
    CType element = innermost(c.resolved());
    if (struct != null) {
      return ": write \"" + struct + "[" + n + "]\"";
    }
    return TypeSuggestions.forC(element).map(s -> ": write \"" + s + "[" + n + "]\"").orElse("");
  }

  private static String hint(NativeType element, long n) {
    String name = switch (element) {
      case NativeType.StructValue v -> v.spelling();
      case NativeType.Basic b -> b.spelling();
      default -> null;
    };
    return name == null ? "" : ": write \"" + name + "[" + n + "]\"";
  }
}
