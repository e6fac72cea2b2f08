package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.gen.Names;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.model.StructModel.FieldModel;
import io.ffibind.processor.read.StructDeclaration;
import io.ffibind.processor.read.StructDeclaration.Component;
import io.ffibind.processor.read.StructNames;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import io.ffibind.processor.types.Suggestions;
import io.ffibind.processor.types.TypeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks one struct record and lays it out: each component's type string and Java type, lengths
 * taken from other fields, flexible array members, union members, the stated size and alignment.
 * Reports every problem it finds and yields a model only when there were none.
 */
final class StructChecks {
  /** The model (empty after errors) and the fields that point to structs, checked afterwards. */
  record Result(Optional<StructModel> model, List<Pointer> pointers) {}

  /** A field pointing to {@code target}: to one, or ({@code array}) to several. */
  record Pointer(StructRef target, Component via, boolean array) {}

  private final StructDeclaration s;
  private final StructRegistry registry;
  private final Consumer<Component> laying;
  private final Diagnostics diagnostics;
  private final List<Pointer> pointers = new ArrayList<>();
  private boolean ok = true;

  private StructChecks(
      StructDeclaration declaration, StructRegistry registry, Consumer<Component> laying, Diagnostics diagnostics) {
    this.s = declaration;
    this.registry = registry;
    this.laying = laying;
    this.diagnostics = diagnostics;
  }

  /**
   * @param laying told which component is being laid out, so that a struct containing itself can
   *     be reported at the field that closes the cycle
   */
  static Result check(
      StructDeclaration declaration, StructRegistry registry, Consumer<Component> laying, Diagnostics diagnostics) {
    return new StructChecks(declaration, registry, laying, diagnostics).run();
  }

  /** A component with its parsed type, or null where it had an error. */
  private record Typed(Component component, NativeType type, StructModel nested) {}

  private Result run() {
    checkAttributes();
    if (s.components().isEmpty()) {
      report(Message.STRUCT_EMPTY, s.annotation(), null, s.cName());
    }
    List<Typed> typed = new ArrayList<>();
    for (Component c : s.components()) {
      // Accessors are named after components: read$ would clash with the accessor of a field called read.
      ok &= ReservedNames.check(c.name(), "component", s.recordName(), c.element(), diagnostics);
      typed.add(type(c));
    }
    for (int i = 0; i < typed.size(); i++) {
      Typed t = typed.get(i);
      if (t != null && t.type() != null) {
        checkField(t, i == typed.size() - 1);
      }
    }
    if (!ok) {
      return new Result(Optional.empty(), List.of());
    }
    List<CLayout.Extent> extents = new ArrayList<>();
    for (Typed t : typed) {
      extents.add(CLayout.of(t.type(), v -> t.nested()));
    }
    CLayout.Computed layout = CLayout.layout(extents, s.union(), s.packed());
    List<FieldModel> fields = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      Typed t = typed.get(i);
      fields.add(new FieldModel(
          t.component().name(), t.component().cName(), t.type(), t.component().javaType(),
          layout.offsets().get(i), extents.get(i).size(), layout.aligns().get(i),
          allocates(t.type(), t.component().javaType(), t.nested())));
    }
    checkStated(layout, fields);
    if (!ok) {
      return new Result(Optional.empty(), List.of());
    }
    StructModel model = new StructModel(
        StructNames.ref(s.type()), s.packageName(), Names.generatedSimpleName(s.nestedName()),
        layout.size(), layout.align(), s.packed(), fields,
        fields.stream().anyMatch(FieldModel::allocates),
        typed.stream().anyMatch(t -> t.nested() != null && (t.nested().packed() || t.nested().packedInside())));
    return new Result(Optional.of(model), List.copyOf(pointers));
  }

  // ---- the struct's own annotation -------------------------------------------------------------

  private void checkAttributes() {
    String annotation = s.union() ? "@Union" : "@Struct";
    if (s.nameValue() != null) {
      if (!SourceVersion.isIdentifier(s.name()) || SourceVersion.isKeyword(s.name())) {
        report(Message.STRUCT_ATTRIBUTE, s.annotation(), s.nameValue(), annotation, s.type().getSimpleName(),
            "name = \"" + s.name() + "\" is not a name type strings can use: write a C identifier such as \"point\"");
      } else if (BaseType.forSpelling(s.name()).isPresent()) {
        report(Message.STRUCT_ATTRIBUTE, s.annotation(), s.nameValue(), annotation, s.type().getSimpleName(),
            "name = \"" + s.name() + "\" is already a type (\"" + s.name() + "\"): choose another name");
      }
    }
    checkNumber("size", s.size(), s.sizeValue(), annotation, false);
    checkNumber("align", s.align(), s.alignValue(), annotation, true);
  }

  private void checkNumber(String what, long value, AnnotationValue at, String annotation, boolean powerOfTwo) {
    if (at == null || value == -1) {
      return;
    }
    if (value <= 0 || (powerOfTwo && Long.bitCount(value) != 1)) {
      report(Message.STRUCT_ATTRIBUTE, s.annotation(), at, annotation, s.type().getSimpleName(),
          what + " = " + value + " is not a possible " + (powerOfTwo ? "alignment (a power of two)" : "size")
              + "; write C's value, or leave it out");
    }
  }

  // ---- each component --------------------------------------------------------------------------

  private Typed type(Component c) {
    if (c.missingType()) {
      ok = false; // javac reports what it cannot find
      return null;
    }
    NativeType type;
    if (c.typeText() == null) {
      type = defaultType(c);
    } else {
      type = switch (TypeParser.parseField(c.typeText(), s.scope())) {
        case TypeParser.Result.Parsed p -> p.type();
        case TypeParser.Result.Invalid invalid -> {
          reportField(Message.FIELD_BAD_TYPE, c, c.name(), s.recordName(), invalid.message());
          yield null;
        }
        case TypeParser.Result.Ambiguous a -> {
          reportField(Message.STRUCT_NAME_AMBIGUOUS, c, "field '" + c.name() + "'", s.recordName(), a.name(),
              String.join(" and ", a.claimants()));
          yield null;
        }
      };
    }
    if (type == null) {
      return new Typed(c, null, null);
    }
    StructModel nested = null;
    NativeType.StructValue byValue = heldByValue(type);
    if (byValue != null) {
      laying.accept(c);
      nested = registry.byValue(s.scope(), byValue).orElse(null);
      if (nested == null) {
        ok = false; // reported at the nested struct, or as a cycle
        return new Typed(c, null, null);
      }
    }
    return new Typed(c, type, nested);
  }

  /** The type a component without {@code @Field} has, from its Java type. */
  private NativeType defaultType(Component c) {
    JavaType java = c.javaType();
    if (java.is(JavaType.Kind.STRUCT)) {
      return new NativeType.StructValue(StructNames.ref(
          (javax.lang.model.element.TypeElement)
              ((javax.lang.model.type.DeclaredType) c.element().asType()).asElement()));
    }
    Optional<NativeType> type = JavaMapping.defaultField(java);
    if (type.isEmpty()) {
      String hint = java.is(JavaType.Kind.ARRAY)
          ? "an array needs @Field with its length: \"i32[4]\" for an array inside the struct, or"
              + " \"i32[count]*\" for a pointer to as many elements as field count holds"
          : "use a primitive, String, MemorySegment or a @Struct record, or give the C type with"
              + " @Field(\"...\")";
      reportField(Message.FIELD_BAD_TYPE, c, c.name(), s.recordName(), java + " has no C type of its own: " + hint);
      return null;
    }
    return type.get();
  }

  private static NativeType.StructValue heldByValue(NativeType type) {
    if (type instanceof NativeType.StructValue v) {
      return v;
    }
    if (type instanceof NativeType.Inline i && i.element() instanceof NativeType.StructValue v) {
      return v;
    }
    return null;
  }

  private void checkField(Typed t, boolean last) {
    Component c = t.component();
    NativeType type = t.type();
    String text = c.typeText() != null ? c.typeText().strip() : type.spelling();
    if (type instanceof NativeType.Inline i) {
      checkInline(c, i, text, last);
    }
    Length length = switch (type) {
      case NativeType.ArrayOf a -> a.length();
      case NativeType.StructArray a -> a.length();
      case NativeType.Inline i -> i.length();
      default -> Length.UNKNOWN;
    };
    if (length instanceof Length.FromParameter from) {
      checkLengthField(c, from.name(), text);
    }
    List<JavaType> accepted = JavaMapping.accepted(type, JavaMapping.Role.FIELD);
    if (!JavaMapping.accepts(type, JavaMapping.Role.FIELD, c.javaType())) {
      reportField(Message.FIELD_JAVA_TYPE, c, c.name(), s.recordName(), c.javaType(), text,
          accepted.stream().map(JavaType::toString).collect(Collectors.joining(", ")));
      return;
    }
    if (t.nested() != null && t.nested().flexibleArray().isPresent()) {
      reportField(Message.FLEXIBLE_BY_VALUE, c, "field '" + c.name() + "'", s.recordName(),
          t.nested().ref().cName(), t.nested().flexibleArray().get().cName(), t.nested().name());
    }
    if (type instanceof NativeType.StructArray a) {
      pointers.add(new Pointer(a.struct(), c, !a.star()));
    }
    if (s.union() && allocates(type, c.javaType(), t.nested())) {
      reportField(Message.UNION_FOLLOWED_POINTER, c, c.name(), s.cName(), text, c.javaType());
    }
  }

  private void checkInline(Component c, NativeType.Inline inline, String text, boolean last) {
    String element = inline.element().spelling();
    switch (inline.length()) {
      case Length.Unknown u -> reportField(Message.INLINE_ARRAY_WITHOUT_SIZE, c, c.name(), s.recordName(), text,
          element + "[4]", element + "[count]*");
      case Length.Fixed f when f.count() <= 0 -> reportField(Message.INLINE_ARRAY_WITHOUT_SIZE, c, c.name(),
          s.recordName(), text, element + "[4]", element + "[count]*");
      case Length.FromParameter p when !last || s.union() ->
          reportField(Message.FLEXIBLE_NOT_LAST, c, c.name(), s.recordName(), text);
      default -> {}
    }
  }

  private void checkLengthField(Component c, String name, String text) {
    Optional<Component> target = s.components().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .or(() -> s.components().stream().filter(o -> o.cName().equals(name)).findFirst());
    if (target.isEmpty()) {
      List<String> names = s.components().stream().map(Component::name).toList();
      String hint = Suggestions.closest(name, names)
          .map(n -> ": did you mean '" + n + "'?")
          .orElse(": fields are " + String.join(", ", names));
      reportField(Message.LENGTH_FIELD_MISSING, c, text, c.name(), s.recordName(), name, hint);
      return;
    }
    Component length = target.get();
    NativeType declared = length.typeText() == null
        ? JavaMapping.defaultField(length.javaType()).orElse(null)
        : TypeParser.parseField(length.typeText(), s.scope()) instanceof TypeParser.Result.Parsed p ? p.type() : null;
    if (declared == null && length.typeText() != null) {
      return; // its own type error is reported
    }
    boolean integer = declared instanceof NativeType.Basic b && b.base().isInteger()
        && switch (length.javaType().kind()) {
          case BYTE, SHORT, CHAR, INT, LONG -> true;
          default -> false;
        };
    if (!integer) {
      String what = declared == null
          ? length.javaType().toString()
          : "\"" + declared.spelling() + "\" (" + length.javaType() + ")";
      reportField(Message.LENGTH_FIELD_NOT_INTEGER, c, text, c.name(), s.recordName(), length.name(), what);
    }
  }

  /**
   * Whether writing the field needs memory besides the struct's: strings, arrays, structs behind
   * pointers, and a Java callback's function pointer (which must live as long as the struct).
   */
  static boolean allocates(NativeType type, JavaType java, StructModel nested) {
    if (java.is(JavaType.Kind.MEMORY_SEGMENT)) {
      return false;
    }
    return switch (type) {
      case NativeType.Basic b -> b.base() == BaseType.STRING || java.is(JavaType.Kind.CALLBACK);
      case NativeType.ArrayOf a -> true;
      case NativeType.StructArray a -> true;
      case NativeType.StructValue v -> nested != null && nested.allocates();
      case NativeType.Inline i -> i.element() instanceof NativeType.Basic b
          ? b.base() == BaseType.STRING
          : nested != null && nested.allocates();
    };
  }

  // ---- the layout as a whole -------------------------------------------------------------------

  private void checkStated(CLayout.Computed layout, List<FieldModel> fields) {
    String description = describe(layout, fields);
    if (s.size() > 0 && s.size() != layout.size()) {
      report(Message.STRUCT_SIZE_MISMATCH, s.annotation(), s.sizeValue(), s.cName(), s.size(), layout.size(), description);
    }
    if (s.align() > 0 && Long.bitCount(s.align()) == 1 && s.align() != layout.align()) {
      report(Message.STRUCT_ALIGN_MISMATCH, s.annotation(), s.alignValue(), s.cName(), s.align(), layout.align(), description);
    }
  }

  /** Every field's offset and size, then the total: what a mismatch message shows. */
  private static String describe(CLayout.Computed layout, List<FieldModel> fields) {
    String each = fields.stream()
        .map(f -> f.cName() + " at " + f.offset() + " (" + f.size() + (f.size() == 1 ? " byte" : " bytes") + ")")
        .collect(Collectors.joining(", "));
    return "offsets " + each + "; size " + layout.size() + ", align " + layout.align()
        + " (LP64 C rules" + (fields.isEmpty() ? "" : ", padding included") + ")";
  }

  private void reportField(Message message, Component c, Object... args) {
    ok = false;
    diagnostics.report(message, c.element(), c.field(), c.typeValue(), args);
  }

  private void report(Message message, javax.lang.model.element.AnnotationMirror mirror, AnnotationValue value, Object... args) {
    ok = false;
    diagnostics.report(message, s.type(), mirror, value, args);
  }
}
