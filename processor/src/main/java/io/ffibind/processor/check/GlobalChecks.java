package io.ffibind.processor.check;

import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.GlobalModel;
import io.ffibind.processor.model.GlobalModel.Access;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.read.GlobalDeclaration;
import io.ffibind.processor.read.MethodDeclaration;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.read.StructNames;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import io.ffibind.processor.types.JavaMapping.Role;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.JavaType.Kind;
import io.ffibind.processor.types.Length;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import io.ffibind.processor.types.TypeParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks one {@code @Global} method: its shape (getter, setter or storage), its type string, and the
 * Java type against it. Reports every problem it finds and yields a model only when there were none
 * (empty without a report when a struct it names has errors of its own, or is not complete yet).
 */
final class GlobalChecks {
  private final Diagnostics diagnostics;
  private final GlobalDeclaration g;
  /** The structs type strings may name. */
  private final StructRegistry structs;
  private final StructNames scope;
  private boolean ok = true;
  /** The layout of the struct the type names, once known. */
  private StructModel struct;

  private GlobalChecks(Diagnostics diagnostics, GlobalDeclaration global, StructRegistry structs) {
    this.diagnostics = diagnostics;
    this.g = global;
    this.structs = structs;
    this.scope = structs.scope(global.method());
  }

  /**
   * @param structs the structs type strings may name
   */
  static Optional<GlobalModel> check(
      GlobalDeclaration global, String charset, String fieldPrefix, StructRegistry structs, Diagnostics diagnostics) {
    return new GlobalChecks(diagnostics, global, structs).run(charset, fieldPrefix);
  }

  private Optional<GlobalModel> run(String charset, String fieldPrefix) {
    checkAnnotations();
    ok &= ReservedNames.check(g.methodName(), "method", ReservedNames.owner(g.displayName()), g.method(), diagnostics);
    ok &= SignatureChecks.notGeneric(g.method(), g.displayName(), diagnostics);
    NativeType type = parse();
    boolean supported = type != null && supported(type);
    Access access = access(supported ? Boolean.valueOf(struct != null && struct.allocates()) : null);
    if (supported && access != null) {
      checkJavaType(type, access);
      boolean isConst = type instanceof NativeType.ArrayOf a && a.isConst()
          || type instanceof NativeType.StructArray s && s.isConst();
      if (access == Access.WRITE && isConst) {
        report(Message.GLOBAL_CONST_WRITE, g.method(), g.typeValue(), g.displayName(), g.symbolName(), type.spelling());
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    MethodDeclaration.Parameter p = access == Access.WRITE ? g.parameters().get(0) : null;
    MethodDeclaration.Parameter allocator = access == Access.WRITE && g.parameters().size() == 2 ? g.parameters().get(1) : null;
    return Optional.of(
        new GlobalModel(
            g.methodName(),
            fieldPrefix,
            g.symbolName(),
            type,
            access,
            p != null ? p.type() : g.returnType(),
            p != null ? p.name() : null,
            allocator != null ? allocator.name() : null,
            struct,
            g.optional(),
            charset,
            g.displayName()));
  }

  /** {@code @Symbol}, {@code @Critical} and {@code @FreeResult} describe calls; a global is no call. */
  private void checkAnnotations() {
    if (g.symbol() != null) {
      String why;
      if (g.symbolFlags().errno()) {
        why = "errno = true captures errno around a function call, and reading or writing a global"
            + " calls nothing; set errno = true on the @Symbol of the function that sets errno";
      } else if (g.symbolFlags().nonblocking()) {
        why = "nonblocking = true runs a function call on another thread, and reading or writing a"
            + " global calls nothing; remove @Symbol";
      } else {
        why = "a method binds either a function (@Symbol) or a global (@Global); remove one";
      }
      String what = g.symbolFlags().errno() ? "@Symbol(errno = true)"
          : g.symbolFlags().nonblocking() ? "@Symbol(nonblocking = true)" : "@Symbol";
      var value = g.symbolFlags().errno() ? g.symbolFlags().errnoValue()
          : g.symbolFlags().nonblocking() ? g.symbolFlags().nonblockingValue() : null;
      ok = false;
      diagnostics.report(Message.GLOBAL_NOT_A_FUNCTION, g.method(), g.symbol(), value, what, g.displayName(), why);
    }
    notACall(g.critical(), "@Critical", "it makes a function call cheaper, and a global is read or written in place");
    notACall(g.freeResult(), "@FreeResult", "it frees what a function returns, and a global's memory belongs to the library");
  }

  private void notACall(AnnotationMirror annotation, String name, String why) {
    if (annotation != null) {
      ok = false;
      diagnostics.report(Message.GLOBAL_NOT_A_FUNCTION, g.method(), annotation, null, name, g.displayName(), why + "; remove it");
    }
  }

  /**
   * Getter (no parameter, a result), setter (void, one parameter), or storage (MemorySegment getter).
   * A struct that points to other memory is written by a setter that also takes the {@code
   * SegmentAllocator} that memory comes from (FFI076 when it does not).
   *
   * @param allocates whether the variable is a struct (or array of structs) that points to other
   *     memory; null when its type is not known (wrong, or a struct with errors of its own), so a
   *     setter with an allocator is taken at its word
   */
  private Access access(Boolean allocates) {
    int n = g.parameters().size();
    boolean isVoid = g.returnType().is(Kind.VOID);
    boolean withAllocator = n == 2 && g.parameters().get(1).type().is(Kind.SEGMENT_ALLOCATOR);
    boolean needsAllocator = Boolean.TRUE.equals(allocates);
    boolean setter = isVoid && (n == 1 || n == 2 && (needsAllocator || allocates == null && withAllocator));
    if (setter && needsAllocator && !withAllocator) {
      ok = false;
      String fields = struct.fields().stream()
          .filter(StructModel.FieldModel::allocates)
          .map(StructModel.FieldModel::cName)
          .collect(Collectors.joining(", "));
      String value = n >= 1 ? g.parameters().get(0).type().toString() : "?";
      diagnostics.report(
          Message.GLOBAL_STRUCT_MEMORY, g.method(), g.displayName(), g.symbolName(), g.type().strip(), fields,
          g.methodName(), value);
      return null;
    }
    String problem = null;
    if (n >= 2 && !setter) {
      problem = "takes " + n + " parameters";
    } else if (n == 1 && !isVoid) {
      problem = "returns " + g.returnType() + " and takes a parameter";
    } else if (n == 0 && isVoid) {
      problem = "returns void and takes no parameter";
    }
    if (problem != null) {
      ok = false;
      diagnostics.report(Message.GLOBAL_SHAPE, g.method(), g.displayName(), problem);
      return null;
    }
    if (setter) {
      for (MethodDeclaration.Parameter p : g.parameters()) {
        ok &= ReservedNames.check(p.name(), "parameter", g.displayName(), p.element(), diagnostics);
      }
      return Access.WRITE;
    }
    return g.returnType().is(Kind.MEMORY_SEGMENT) ? Access.STORAGE : Access.READ;
  }

  private NativeType parse() {
    if (MissingTypes.in(g.typeValue())) {
      ok = false; // javac reports the constant it could not find
      return null;
    }
    return TypeStrings.typeOf(
        TypeParser.parse(g.type(), scope), "type", g.displayName(),
        (message, args) -> report(message, g.method(), g.typeValue(), args));
  }

  /**
   * What a variable can be: a scalar, a {@code char *}, a struct or union, or an inline array of
   * constant length of scalars, strings or structs.
   */
  private boolean supported(NativeType type) {
    String why =
        switch (type) {
          case NativeType.Basic b when b.base() == BaseType.VOID -> "a variable cannot be void";
          case NativeType.Basic b when b.base() == BaseType.BUFFER ->
              "\"buffer\" is a pointer parameter type; declare a void * variable as \"pointer\", and an"
                  + " inline array of bytes as \"u8[N]\"";
          case NativeType.Basic b -> null;
          case NativeType.ArrayOf a when a.star() -> OUT_PARAMETER;
          case NativeType.ArrayOf a -> inline(a.length(), a.element().canonical());
          case NativeType.StructValue v -> struct(v.struct());
          case NativeType.StructArray a when a.star() -> OUT_PARAMETER;
          case NativeType.StructArray a -> {
            String length = inline(a.length(), a.struct().name());
            yield length != null ? length : struct(a.struct());
          }
          case NativeType.Inline i -> "\"" + i.spelling() + "\" is a struct field type"; // never parsed here
        };
    if (why != null && !why.isEmpty()) {
      report(Message.GLOBAL_TYPE, g.method(), g.typeValue(), type.spelling(), g.displayName(), why);
    }
    if (why != null) {
      ok = false;
    }
    return why == null;
  }

  private static final String OUT_PARAMETER =
      "an out-parameter type (with *) is only for parameters; declare a pointer variable as \"pointer\"";

  /** Why an inline array of this length cannot be a variable, or null when it can. */
  private static String inline(Length length, String element) {
    if (!(length instanceof Length.Fixed fixed)) {
      return "an inline array needs a constant length, such as \"" + element + "[16]\"; declare a pointer"
          + " variable as \"pointer\"";
    }
    if (fixed.count() < 1 || fixed.count() > Integer.MAX_VALUE - 8) {
      return "an inline array has 1 to " + (Integer.MAX_VALUE - 8) + " elements";
    }
    return null;
  }

  /**
   * Why a struct cannot be a variable, or null when it can; "" (nothing more to report) when the
   * struct has errors of its own, reported at its record, or is not complete yet.
   */
  private String struct(StructRef ref) {
    StructModel model = structs.model(scope, ref).orElse(null);
    if (model == null) {
      return "";
    }
    if (model.flexibleArray().isPresent()) {
      return model.ref().cName() + " ends in a flexible array member ('" + model.flexibleArray().get().cName()
          + "'), so ffibind cannot know how large the variable is; bind its storage with a type of fixed size"
          + " such as \"u8[N]\"";
    }
    struct = model;
    return null;
  }

  private void checkJavaType(NativeType type, Access access) {
    if (access == Access.WRITE) {
      MethodDeclaration.Parameter p = g.parameters().get(0);
      List<JavaType> accepted = writable(type);
      if (MissingTypes.in(p.element().asType())) {
        ok = false;
      } else if (!accepted.contains(p.type())) {
        ok = false;
        diagnostics.report(
            Message.GLOBAL_JAVA_TYPE, p.element(), "parameter '" + p.name() + "'", g.displayName(), p.type(),
            type.spelling(), list(accepted, false));
      }
      return;
    }
    List<JavaType> accepted = new ArrayList<>(readable(type));
    accepted.add(JavaType.of(Kind.MEMORY_SEGMENT));
    if (MissingTypes.in(g.method().getReturnType())) {
      ok = false;
    } else if (!accepted.contains(g.returnType())
        && !(g.returnType().is(Kind.CALLBACK) && accepted.contains(JavaMapping.ANY_CALLBACK))) {
      report(
          Message.GLOBAL_JAVA_TYPE, g.method(), g.typeValue(), "the result", g.displayName(), g.returnType(),
          type.spelling(), list(accepted, true));
    }
  }

  /** Java types a getter may return the value as ({@code MemorySegment} is the storage instead). */
  static List<JavaType> readable(NativeType type) {
    List<JavaType> out = new ArrayList<>(JavaMapping.accepted(type, Role.RESULT));
    out.remove(JavaType.of(Kind.MEMORY_SEGMENT));
    return out;
  }

  /** Java types a setter may take: the value, or for pointer-like variables the pointer to store. */
  static List<JavaType> writable(NativeType type) {
    return switch (type) {
      case NativeType.Basic b when b.base().isScalar() && JavaMapping.carrier(b.base()) != Kind.MEMORY_SEGMENT ->
          JavaMapping.accepted(type, Role.PARAMETER);
      case NativeType.Basic b -> List.of(JavaType.of(Kind.MEMORY_SEGMENT)); // pointer, function, string
      case NativeType.ArrayOf a when a.element() == BaseType.STRING || a.element() == BaseType.POINTER
              || a.element() == BaseType.FUNCTION ->
          List.of(JavaType.arrayOf(JavaType.of(Kind.MEMORY_SEGMENT)));
      case NativeType.ArrayOf a -> readable(type);
      case NativeType.StructValue v -> List.of(v.struct().javaType());
      case NativeType.StructArray a -> List.of(JavaType.arrayOf(a.struct().javaType()));
      default -> List.of();
    };
  }

  private void report(Message message, javax.lang.model.element.Element element,
      javax.lang.model.element.AnnotationValue value, Object... args) {
    ok = false;
    diagnostics.report(message, element, g.global(), value, args);
  }

  private static String list(List<JavaType> types, boolean storageLast) {
    return types.stream()
        .map(t -> storageLast && t.is(Kind.MEMORY_SEGMENT) ? "MemorySegment (its storage)" : t.toString())
        .collect(Collectors.joining(", "));
  }

  // ---- across methods -------------------------------------------------------------------------

  /** A declaration and the model its checks produced. */
  record Checked(GlobalDeclaration declaration, GlobalModel model) {}

  /**
   * One C variable, one type, whichever methods read or write it; and no C symbol bound both as a
   * function and as a global.
   */
  static void checkConflicts(List<Checked> globals, List<FunctionModel> functions, Diagnostics diagnostics) {
    Map<String, GlobalModel> byName = new HashMap<>();
    Map<String, FunctionModel> functionsByName = new HashMap<>();
    functions.forEach(f -> functionsByName.putIfAbsent(f.symbolName(), f));
    for (Checked checked : globals) {
      GlobalModel global = checked.model();
      GlobalDeclaration declaration = checked.declaration();
      String describe = "global \"" + global.type().spelling() + "\"";
      GlobalModel earlier = byName.putIfAbsent(global.symbolName(), global);
      if (earlier != null && !earlier.type().spelling().equals(global.type().spelling())) {
        diagnostics.report(
            Message.GLOBAL_CONFLICT, declaration.method(), declaration.global(), declaration.typeValue(),
            global.displayName(), global.symbolName(), describe, earlier.displayName(),
            "global \"" + earlier.type().spelling() + "\"");
      }
      FunctionModel function = functionsByName.get(global.symbolName());
      if (function != null) {
        diagnostics.report(
            Message.GLOBAL_CONFLICT, declaration.method(), declaration.global(), null,
            global.displayName(), global.symbolName(), describe, function.displayName(), "a function");
      }
    }
  }
}
