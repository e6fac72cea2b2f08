package io.ffibind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The struct, union and callback declarations of one random library, and the methods and globals
 * that use them: {@link RandomDeclarations} asks for them per library. Records and callback
 * interfaces are nested in the library (or, for a library nested in a class, declared beside it with
 * random modifiers), so that every unit stays one self-contained file. Valid declarations are
 * generated as often as broken ones, so generated companions and callback classes get compiled too.
 *
 * <p>Every declaration is valid Java: each mistake is one ffibind must report (a wrong type string, a
 * stated size that is not C's, a struct containing itself...), never one javac would.
 */
final class RandomFeatures {
  /** A struct or union record declared in the unit. */
  private record StructInfo(
      String javaName, String typeName, boolean union, boolean packed, long size, long align, boolean flexible,
      boolean pointsToMemory) {}

  /** A {@code @Callback} interface declared in the unit. */
  private record CallbackInfo(String javaName) {}

  /** A field kind: its {@code @Field} type string ("" for none), Java type, size and alignment. */
  private record FieldKind(String type, String java, long size, long align, boolean pointsToMemory) {}

  private static final List<FieldKind> SCALARS = List.of(
      new FieldKind("", "int", 4, 4, false), new FieldKind("", "long", 8, 8, false),
      new FieldKind("", "double", 8, 8, false), new FieldKind("", "float", 4, 4, false),
      new FieldKind("", "byte", 1, 1, false), new FieldKind("", "short", 2, 2, false),
      new FieldKind("", "boolean", 1, 1, false), new FieldKind("", "char", 2, 2, false),
      new FieldKind("u8", "int", 1, 1, false), new FieldKind("u8", "short", 1, 1, false),
      new FieldKind("u16", "char", 2, 2, false), new FieldKind("u32", "long", 4, 4, false),
      new FieldKind("u32", "int", 4, 4, false), new FieldKind("usize", "long", 8, 8, false),
      new FieldKind("long", "long", 8, 8, false), new FieldKind("ulong", "long", 8, 8, false),
      new FieldKind("i64", "long", 8, 8, false), new FieldKind("char", "byte", 1, 1, false),
      new FieldKind("bool", "boolean", 1, 1, false), new FieldKind("f32", "float", 4, 4, false),
      new FieldKind("i8", "byte", 1, 1, false), new FieldKind("i16", "short", 2, 2, false));

  /** Pointers a union may hold too (never followed). */
  private static final List<FieldKind> RAW_POINTERS = List.of(
      new FieldKind("", "MemorySegment", 8, 8, false), new FieldKind("pointer", "MemorySegment", 8, 8, false),
      new FieldKind("string", "MemorySegment", 8, 8, false), new FieldKind("function", "MemorySegment", 8, 8, false),
      new FieldKind("i32*", "MemorySegment", 8, 8, false));

  private static final List<FieldKind> FOLLOWED = List.of(
      new FieldKind("", "String", 8, 8, true), new FieldKind("string", "String", 8, 8, true),
      new FieldKind("u8[16]*", "byte[]", 8, 8, true), new FieldKind("string[2]*", "String[]", 8, 8, true),
      new FieldKind("i32[4]*", "int[]", 8, 8, true));

  private static final List<FieldKind> INLINE = List.of(
      new FieldKind("i32[4]", "int[]", 16, 4, false), new FieldKind("bool[3]", "boolean[]", 3, 1, false),
      new FieldKind("char[5]", "byte[]", 5, 1, false), new FieldKind("f64[2]", "double[]", 16, 8, false),
      new FieldKind("u16[3]", "char[]", 6, 2, false), new FieldKind("u8[7]", "byte[]", 7, 1, false),
      new FieldKind("pointer[2]", "MemorySegment[]", 16, 8, false));

  private static final List<FieldKind> INLINE_STRINGS = List.of(new FieldKind("string[2]", "String[]", 16, 8, true));

  /** A callback parameter: type string and Java type. */
  private record Param(String type, String java) {}

  private static final List<Param> CALLBACK_PARAMETERS = List.of(
      new Param("i32", "int"), new Param("u8", "short"), new Param("u8", "int"), new Param("u32", "long"),
      new Param("i64", "long"), new Param("f32", "float"), new Param("f64", "double"),
      new Param("bool", "boolean"), new Param("char", "byte"), new Param("u16", "char"),
      new Param("usize", "long"), new Param("pointer", "MemorySegment"), new Param("function", "MemorySegment"),
      new Param("string", "String"), new Param("string", "MemorySegment"), new Param("i32[3]", "int[]"),
      new Param("const u8[4]", "byte[]"), new Param("i64*", "long[]"), new Param("buffer[8]", "MemorySegment"),
      new Param("buffer", "MemorySegment"), new Param("pointer[2]", "MemorySegment[]"),
      new Param("string[2]", "String[]"), new Param("f64[2]", "MemorySegment"));

  /** A callback result: type string, Java type, and valid {@code onError} values. */
  private record Result(String type, String java, List<String> onError) {}

  private static final List<Result> CALLBACK_RESULTS = List.of(
      new Result("void", "void", List.of()), new Result("i32", "int", List.of("1", "-1", "2147483647")),
      new Result("u8", "short", List.of("255", "0")), new Result("u8", "int", List.of("7")),
      new Result("u16", "char", List.of("65535")), new Result("u32", "long", List.of("4294967295")),
      new Result("u32", "int", List.of("1")), new Result("bool", "boolean", List.of("true", "false")),
      new Result("f32", "float", List.of("NaN", "0.5")), new Result("f64", "double", List.of("-1.5", "NaN")),
      new Result("i64", "long", List.of("-1")), new Result("pointer", "MemorySegment", List.of()),
      new Result("function", "MemorySegment", List.of()), new Result("char", "byte", List.of("-128")));

  /** A global type: type string, getter type, setter type (null: no setter). */
  private record GlobalKind(String type, String getter, String setter) {}

  private static final List<GlobalKind> GLOBALS = List.of(
      new GlobalKind("i32", "int", "int"), new GlobalKind("u8", "int", "int"), new GlobalKind("u8", "byte", "byte"),
      new GlobalKind("u32", "long", "long"), new GlobalKind("f64", "double", "double"),
      new GlobalKind("bool", "boolean", "boolean"), new GlobalKind("long", "long", "long"),
      new GlobalKind("usize", "long", "long"), new GlobalKind("string", "String", "MemorySegment"),
      new GlobalKind("pointer", "MemorySegment", "MemorySegment"), new GlobalKind("i32[4]", "int[]", "int[]"),
      new GlobalKind("const u8[3]", "byte[]", null), new GlobalKind("string[2]", "String[]", "MemorySegment[]"),
      new GlobalKind("f32[2]", "float[]", "float[]"), new GlobalKind("function", "MemorySegment", "MemorySegment"));

  private final Random random;
  private final boolean valid;
  /** Starts every record and callback name: struct names are looked up package-wide, so units must not share them. */
  private final String prefix;
  private final List<StructInfo> structs = new ArrayList<>();
  private final List<CallbackInfo> callbacks = new ArrayList<>();
  private final List<String> globalNames = new ArrayList<>();
  private int counter;

  /**
   * @param valid whether every declaration should be right (the unit is then expected to generate)
   */
  RandomFeatures(Random random, boolean valid, String prefix) {
    this.random = random;
    this.valid = valid;
    this.prefix = prefix;
  }

  private boolean broken() {
    return !valid && random.nextInt(4) == 0;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  // ---- structs and unions ----------------------------------------------------------------------

  /** Zero to three struct or union records, each indented by {@code indent}. */
  String records(String indent, boolean besideTheLibrary) {
    StringBuilder sb = new StringBuilder();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      sb.append(record(indent, besideTheLibrary));
    }
    if (broken() && random.nextInt(3) == 0) {
      // @Field on a record that is not a struct
      sb.append(indent).append("record ").append(prefix).append("R").append(counter++)
          .append("(@Field(\"i32\") int x) {}\n");
    }
    if (broken() && !structs.isEmpty() && random.nextInt(3) == 0) {
      // a second record claiming a struct name
      StructInfo claimed = pick(structs);
      String javaName = prefix + "S" + counter++;
      sb.append(indent).append("@Struct(name = \"").append(claimed.typeName()).append("\")\n")
          .append(indent).append("record ").append(javaName).append("(int x) {}\n");
    }
    return sb.toString();
  }

  private String record(String indent, boolean besideTheLibrary) {
    // now and then a name generated code imports, which the record hides inside the binding
    String javaName = random.nextInt(12) == 0 && !prefix.startsWith("$") ? clashing() : prefix + "S" + counter++;
    boolean union = random.nextInt(4) == 0;
    boolean packed = !union && random.nextInt(6) == 0;
    String typeName = random.nextBoolean() ? javaName : javaName + "_t";
    List<String> components = new ArrayList<>();
    long offset = 0;
    long align = 1;
    long unionSize = 0;
    boolean flexible = false;
    boolean pointsToMemory = false;
    int fields = 1 + random.nextInt(5);
    for (int i = 0; i < fields; i++) {
      String name = "f" + i;
      FieldKind kind;
      if (broken()) {
        components.add(brokenComponent(name, javaName, typeName));
        continue;
      }
      int choice = random.nextInt(10);
      if (!union && choice == 0 && i == fields - 1 && !packed) {
        // a flexible array member, counted by a field before it
        components.add("@Field(\"usize\") long n" + i);
        offset = place(offset, 8, 8, packed);
        align = Math.max(align, packed ? 1 : 8);
        components.add("@Field(\"i16[n" + i + "]\") short[] " + name);
        offset = place(offset, 0, 2, packed);
        align = Math.max(align, 2);
        flexible = true;
        continue;
      }
      if (!union && choice == 1) {
        // an array behind a pointer, counted by a field
        components.add("@Field(\"i32\") int n" + i);
        offset = place(offset, 4, 4, packed);
        align = Math.max(align, packed ? 1 : 4);
        boolean structs = !this.structs.isEmpty() && random.nextBoolean();
        String element = structs ? pick(usable()).typeName() : "f64";
        String java = structs ? javaOf(element) + "[]" : "double[]";
        kind = new FieldKind(element + "[n" + i + "]*", java, 8, 8, true);
      } else if (choice == 2 && !structs.isEmpty()) {
        StructInfo inner = pick(usable());
        if (inner == null || inner.flexible() || inner.size() < 0) {
          kind = pick(SCALARS);
        } else if (random.nextBoolean()) {
          kind = new FieldKind(random.nextBoolean() ? "" : inner.typeName(), inner.javaName(), inner.size(), inner.align(),
              inner.pointsToMemory());
        } else {
          kind = new FieldKind(inner.typeName() + "[2]", inner.javaName() + "[]", 2 * inner.size(), inner.align(),
              inner.pointsToMemory());
        }
      } else if (!union && choice == 3) {
        // a pointer to a struct, followed: to itself or to an earlier one
        boolean self = structs.isEmpty() || random.nextBoolean();
        StructInfo target = self ? null : pick(usable());
        String type = self || target == null ? typeName : target.typeName();
        String java = self || target == null ? javaName : target.javaName();
        kind = new FieldKind(type + "*", random.nextInt(4) == 0 ? "MemorySegment" : java, 8, 8, true);
      } else if (choice == 4) {
        kind = pick(union ? RAW_POINTERS : FOLLOWED);
      } else if (choice == 5) {
        kind = pick(RAW_POINTERS);
      } else if (choice == 6) {
        kind = union ? pick(INLINE) : pick(random.nextInt(4) == 0 ? INLINE_STRINGS : INLINE);
      } else {
        kind = pick(SCALARS);
      }
      components.add(component(kind, name));
      pointsToMemory |= kind.pointsToMemory();
      long fieldAlign = packed ? 1 : kind.align();
      align = Math.max(align, fieldAlign);
      if (union) {
        unionSize = Math.max(unionSize, kind.size());
      } else {
        offset = place(offset, kind.size(), fieldAlign, packed);
      }
    }
    long size = roundUp(union ? unionSize : offset, align);
    boolean stateSize = random.nextInt(3) == 0;
    boolean stateAlign = random.nextInt(4) == 0;
    List<String> attributes = new ArrayList<>();
    if (!typeName.equals(javaName)) {
      attributes.add("name = \"" + typeName + "\"");
    }
    if (stateSize) {
      attributes.add("size = " + (valid || random.nextBoolean() ? size : size + 8));
    }
    if (stateAlign) {
      attributes.add("align = " + (valid || random.nextBoolean() ? align : (align == 8 ? 4 : 8)));
    }
    if (packed) {
      attributes.add("packed = true");
    }
    if (broken()) {
      String bad = pick(List.of("name = \"a b\"", "size = 0", "align = 3", "name = \"\"", "size = -5", "align = 0"));
      attributes.removeIf(a -> a.startsWith(bad.substring(0, bad.indexOf(' '))));
      attributes.add(bad);
    }
    StringBuilder sb = new StringBuilder(indent).append(union ? "@Union" : "@Struct");
    if (!attributes.isEmpty()) {
      sb.append('(').append(String.join(", ", attributes)).append(')');
    }
    if (broken() && random.nextInt(4) == 0) {
      sb.append(union ? " @Struct" : " @Union"); // both
    }
    sb.append('\n');
    String modifiers = besideTheLibrary ? pick(List.of("static ", "public static ", "private static ", "")) : "";
    String generic = broken() && random.nextInt(3) == 0 ? "<T>" : "";
    if (broken() && random.nextInt(3) == 0) {
      // @Struct on something that is not a record, or a record without components
      sb.append(indent).append(modifiers).append(random.nextBoolean() ? "class " + javaName + " {}\n" : "record " + javaName + "() {}\n");
      structs.add(new StructInfo(javaName, typeName, union, packed, -1, -1, false, false));
      return sb.toString();
    }
    sb.append(indent).append(modifiers).append("record ").append(javaName).append(generic).append('(')
        .append(String.join(", ", components)).append(") {}\n");
    structs.add(new StructInfo(javaName, typeName, union, packed, size, align, flexible, pointsToMemory));
    return sb.toString();
  }

  private String clashing() {
    for (String name : List.of("Chain", "Scratch", "Structs", "Errno", "Marshal", "Trace")) {
      if (structs.stream().noneMatch(st -> st.javaName().equals(name))) {
        return name;
      }
    }
    return prefix + "S" + counter++;
  }

  private List<StructInfo> usable() {
    return structs;
  }

  private String javaOf(String typeName) {
    return structs.stream().filter(s -> s.typeName().equals(typeName)).findFirst().map(StructInfo::javaName).orElse("Object");
  }

  private static long place(long offset, long size, long align, boolean packed) {
    return roundUp(offset, packed ? 1 : align) + size;
  }

  private static long roundUp(long value, long align) {
    return align <= 1 ? value : (value + align - 1) / align * align;
  }

  private static String component(FieldKind kind, String name) {
    return (kind.type().isEmpty() ? "" : "@Field(\"" + kind.type() + "\") ") + kind.java() + " " + name;
  }

  /** A component ffibind must reject (or, now and then, accept after all). */
  private String brokenComponent(String name, String javaName, String typeName) {
    return switch (random.nextInt(9)) {
      case 8 -> "float " + name + "n, @Field(\"f64[" + name + "n]*\") double[] " + name; // a length that is not an integer
      case 0 -> "@Field(" + RandomDeclarations.quote(pick(RandomDeclarations.TYPE_STRINGS)) + ") "
          + pick(RandomDeclarations.JAVA_TYPES) + " " + name;
      case 1 -> pick(List.of("int[]", "String[]", "Object", "Integer", "List<String>")) + " " + name; // no @Field
      case 2 -> "@Field(\"" + typeName + "\") " + javaName + " " + name; // itself, by value
      case 3 -> "@Field(\"Pont\") MemorySegment " + name; // a misspelt struct name
      case 4 -> "@Field(\"i16[" + name + "n]\") short[] " + name + ", int " + name + "n"; // flexible array member not last
      case 5 -> "@Field(\"f64[missing]*\") double[] " + name; // no such length field
      case 6 -> "@Field(value = \"i32\", name = " + RandomDeclarations.quote(pick(List.of("", "byte", "a b", "$x", "f0")))
          + ") int " + (name.equals("f0") // named like a companion member, once per record
              ? pick(List.of("read", "read$", "LAYOUT", "x$OFFSET", "segment", "SIZE")) : pick(List.of(name, name + "$")));
      default -> "@Field(\"" + pick(List.of("i32[]", "string[]", "u8[0]", "i32[-1]", "f64[n]")) + "\") "
          + pick(List.of("int[]", "String[]", "byte[]", "double[]")) + " " + name;
    };
  }

  // ---- callbacks -------------------------------------------------------------------------------

  /** Zero to two {@code @Callback} interfaces. */
  String callbacks(String indent, boolean besideTheLibrary) {
    StringBuilder sb = new StringBuilder();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      sb.append(callback(indent, besideTheLibrary));
    }
    return sb.toString();
  }

  private String callback(String indent, boolean besideTheLibrary) {
    String name = prefix + "C" + counter++;
    List<String> types = new ArrayList<>();
    List<String> javaTypes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int arity = random.nextInt(4);
    for (int i = 0; i < arity; i++) {
      if (broken()) {
        types.add(pick(RandomDeclarations.TYPE_STRINGS));
        javaTypes.add(pick(RandomDeclarations.JAVA_TYPES));
      } else if (!callbacks.isEmpty() && random.nextInt(6) == 0) {
        types.add("function");
        javaTypes.add(pick(callbacks).javaName());
      } else if (random.nextInt(8) == 0) {
        types.add("i32[n" + i + "]");
        javaTypes.add(random.nextBoolean() ? "int[]" : "MemorySegment");
        names.add("p" + i);
        types.add("i32");
        javaTypes.add("int");
        names.add("n" + i);
        continue;
      } else {
        Param p = pick(CALLBACK_PARAMETERS);
        types.add(p.type());
        javaTypes.add(p.java());
      }
      names.add(random.nextInt(8) == 0 ? List.of("Marshal", "Integer", "CallbackMarshal", "Args").get(i) : "p" + i);
    }
    Result result = pick(CALLBACK_RESULTS);
    String resultType = result.type();
    String returnType = result.java();
    String onError = result.onError().isEmpty() || random.nextInt(3) != 0 ? null : pick(result.onError());
    if (broken()) {
      switch (random.nextInt(5)) {
        case 0 -> {
          resultType = pick(List.of("string", "buffer", "i32[4]", "i32*", "..."));
          returnType = pick(List.of("String", "MemorySegment", "int[]"));
        }
        case 1 -> onError = pick(List.of("300", "x", "-1", "1.5", "true", "NaN", "99999999999999999999"));
        case 2 -> types.add(pick(List.of("...", "i32")));
        default -> returnType = pick(RandomDeclarations.JAVA_TYPES);
      }
    }
    StringBuilder sb = new StringBuilder(indent).append("@Callback(parameters = {")
        .append(String.join(", ", types.stream().map(RandomDeclarations::quote).toList()))
        .append("}, result = ").append(RandomDeclarations.quote(resultType));
    if (onError != null) {
      sb.append(", onError = ").append(RandomDeclarations.quote(onError));
    }
    if (random.nextInt(10) == 0) {
      sb.append(", charset = ").append(RandomDeclarations.quote(pick(List.of("UTF-16LE", "ISO-8859-1", "EBCDIC"))));
    }
    sb.append(")\n");
    String modifiers = besideTheLibrary ? pick(List.of("", "public ", "private ", "static ")) : "";
    int shape = broken() ? random.nextInt(5) : 0; // 1: generic, 2: a class, 3: two abstract methods
    StringBuilder parameters = new StringBuilder();
    for (int i = 0; i < javaTypes.size(); i++) {
      parameters.append(i == 0 ? "" : ", ").append(javaTypes.get(i)).append(' ')
          .append(i < names.size() ? names.get(i) : "x" + i);
    }
    if (shape == 2) {
      sb.append(indent).append(modifiers).append("abstract class ").append(name).append(" {\n");
      sb.append(indent).append("  abstract ").append(returnType).append(" call(").append(parameters).append(");\n");
    } else {
      sb.append(indent).append(modifiers).append("interface ").append(name).append(shape == 1 ? "<T>" : "").append(" {\n");
      sb.append(indent).append("  ").append(returnType).append(" call(").append(parameters).append(");\n");
      if (shape == 3) {
        sb.append(indent).append("  void another();\n");
      }
      if (random.nextInt(5) == 0) {
        sb.append(indent).append("  default int helper() { return 1; }\n");
      }
    }
    sb.append(indent).append("}\n");
    callbacks.add(new CallbackInfo(name));
    return sb.toString();
  }

  // ---- library methods and globals -------------------------------------------------------------

  /** One library method or global using this unit's structs, callbacks or call options; null if none fits. */
  String member(int index) {
    int choice = random.nextInt(6);
    if (choice == 0 && !structs.isEmpty()) {
      return structMethod(index);
    }
    if (choice == 1 && !callbacks.isEmpty()) {
      return callbackMethod(index);
    }
    if (choice == 2 || choice == 3) {
      return global(index);
    }
    return optionsMethod(index);
  }

  private String structMethod(int index) {
    StructInfo s = pick(structs);
    List<String> types = new ArrayList<>();
    List<String> javaTypes = new ArrayList<>();
    String result = "void";
    String returnType = "void";
    switch (random.nextInt(7)) {
      case 0 -> {
        types.add(s.typeName());
        javaTypes.add(random.nextInt(4) == 0 ? "MemorySegment" : s.javaName());
        result = s.typeName();
        returnType = s.javaName();
      }
      case 1 -> {
        types.add((random.nextBoolean() ? "const " : "") + s.typeName() + "*");
        javaTypes.add(pick(List.of(s.javaName(), s.javaName() + "[]", "MemorySegment")));
      }
      case 2 -> {
        types.add(s.typeName() + "[n]");
        javaTypes.add(random.nextBoolean() ? s.javaName() + "[]" : "MemorySegment");
        types.add("usize");
        javaTypes.add("long");
        result = s.typeName() + "[n]";
        returnType = random.nextBoolean() ? s.javaName() + "[]" : "MemorySegment";
      }
      case 3 -> {
        result = s.typeName() + "*";
        returnType = random.nextBoolean() ? s.javaName() : "MemorySegment";
      }
      case 4 -> {
        // by value through "...": never allowed
        types.add("i32");
        javaTypes.add("int");
        types.add("...");
        types.add(s.typeName());
        javaTypes.add(s.javaName());
      }
      case 5 -> {
        types.add(s.typeName() + "[4]");
        javaTypes.add(s.javaName() + "[]");
        result = s.typeName() + "[4]";
        returnType = s.javaName() + "[]";
      }
      default -> {
        types.add(s.typeName());
        javaTypes.add(s.javaName());
        types.add(s.typeName() + "*");
        javaTypes.add(s.javaName() + "[]");
      }
    }
    List<String> annotations = new ArrayList<>();
    if (random.nextInt(6) == 0) {
      annotations.add("@Critical");
    }
    if (result.endsWith("*") && returnType.equals(s.javaName()) && random.nextInt(3) == 0) {
      annotations.add("@FreeResult");
    }
    return method(index, annotations, types, javaTypes, result, returnType, options());
  }

  private String callbackMethod(int index) {
    String c = pick(callbacks).javaName();
    List<String> types = new ArrayList<>();
    List<String> javaTypes = new ArrayList<>();
    String result = "void";
    String returnType = "void";
    switch (random.nextInt(4)) {
      case 0 -> {
        types.add("function");
        javaTypes.add(c);
        types.add("i32");
        javaTypes.add("int");
        result = "i32";
        returnType = "int";
      }
      case 1 -> {
        result = "function";
        returnType = c;
      }
      case 2 -> {
        types.add("function*");
        javaTypes.add(c + "[]");
      }
      default -> {
        types.add("function");
        javaTypes.add(c);
        types.add("function");
        javaTypes.add("MemorySegment");
        result = "function";
        returnType = c;
      }
    }
    List<String> annotations = random.nextInt(8) == 0 ? List.of("@Critical") : List.of();
    return method(index, annotations, types, javaTypes, result, returnType, options());
  }

  private String optionsMethod(int index) {
    List<String> types = new ArrayList<>();
    List<String> javaTypes = new ArrayList<>();
    int arity = random.nextInt(3);
    for (int i = 0; i < arity; i++) {
      Param p = pick(List.of(new Param("i32", "int"), new Param("string", "String"), new Param("f64", "double"),
          new Param("buffer[n]", "byte[]"), new Param("usize", "long")));
      types.add(p.type());
      javaTypes.add(p.java());
    }
    if (types.contains("buffer[n]")) {
      types.add("usize");
      javaTypes.add("long");
    }
    Result r = pick(List.of(new Result("i32", "int", List.of()), new Result("void", "void", List.of()),
        new Result("string", "String", List.of()), new Result("u32", "long", List.of()),
        new Result("f64", "double", List.of()), new Result("pointer", "MemorySegment", List.of())));
    List<String> annotations = random.nextInt(8) == 0 ? List.of("@Critical") : List.of();
    return method(index, annotations, types, javaTypes, r.type(), r.java(), options());
  }

  /** {@code @Symbol}'s optional, nonblocking and errno. */
  private record Options(boolean optional, boolean nonblocking, boolean errno, boolean futureWithoutNonblocking) {}

  private Options options() {
    return new Options(
        random.nextInt(4) == 0, random.nextInt(4) == 0, random.nextInt(4) == 0, broken() && random.nextInt(3) == 0);
  }

  private String method(
      int index, List<String> annotations, List<String> types, List<String> javaTypes, String result,
      String returnType, Options options) {
    StringBuilder sb = new StringBuilder();
    for (String a : annotations) {
      sb.append("  ").append(a).append('\n');
    }
    sb.append("  @Symbol(name = \"x").append(index).append("\", parameters = {")
        .append(String.join(", ", types.stream().map(RandomDeclarations::quote).toList()))
        .append("}, result = ").append(RandomDeclarations.quote(result));
    if (options.optional()) {
      sb.append(", optional = true");
    }
    if (options.nonblocking()) {
      sb.append(", nonblocking = true");
    }
    if (options.errno()) {
      sb.append(", errno = true");
    }
    sb.append(")\n  ");
    String java = options.nonblocking() || options.futureWithoutNonblocking()
        ? "CompletableFuture<" + boxed(returnType) + ">"
        : returnType;
    if (options.nonblocking() && broken()) {
      // nonblocking without a future, or a future of a type that cannot carry the result
      java = random.nextBoolean() ? returnType : "CompletableFuture<" + pick(List.of("String", "Object", "int[]", "Long")) + ">";
    }
    sb.append(java).append(" m").append(index).append('(');
    int lengthIndex = -1; // the first usize after a "[n]" parameter is its length n
    int counted = -1;
    for (int i = 0; i < types.size() && !types.contains("..."); i++) {
      if (counted < 0 && types.get(i).endsWith("[n]")) {
        counted = i;
      } else if (counted >= 0 && lengthIndex < 0 && types.get(i).equals("usize")) {
        lengthIndex = i;
      }
    }
    for (int i = 0; i < javaTypes.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(javaTypes.get(i)).append(' ').append(i == lengthIndex ? "n" : "p" + i);
    }
    return sb.append(");\n").toString();
  }

  private static String boxed(String type) {
    return switch (type) {
      case "void" -> "Void";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "short" -> "Short";
      case "byte" -> "Byte";
      case "char" -> "Character";
      case "boolean" -> "Boolean";
      case "float" -> "Float";
      case "double" -> "Double";
      default -> type;
    };
  }

  private String global(int index) {
    GlobalKind kind = pick(GLOBALS);
    String type = kind.type();
    String symbol = "g" + (globalNames.isEmpty() || random.nextInt(3) != 0 ? index : 0);
    globalNames.add(symbol);
    StringBuilder sb = new StringBuilder();
    if (broken()) {
      switch (random.nextInt(7)) {
        case 0 -> type = structs.isEmpty() ? "Point" : pick(structs).typeName(); // structs are not globals yet
        case 1 -> type = pick(RandomDeclarations.TYPE_STRINGS);
        case 2 -> sb.append("  @Symbol(errno = true)\n");
        case 3 -> sb.append("  @Critical\n");
        case 4 -> symbol = "x" + random.nextInt(index + 1); // the name of a function, maybe
        case 5 -> {
          return "  @Global(type = \"i32\")\n  default int m" + index + "() { return 0; }\n"; // not abstract
        }
        case 6 -> {
          return "  @Global(name = \"" + symbol + "\", type = " + RandomDeclarations.quote(type) + ")\n  "
              + pick(RandomDeclarations.JAVA_TYPES) + " m" + index + "(" + pick(List.of("", "int a, int b", "String s"))
              + ");\n";
        }
      }
    }
    String optional = random.nextInt(5) == 0 ? ", optional = true" : "";
    sb.append("  @Global(name = \"").append(symbol).append("\", type = ").append(RandomDeclarations.quote(type))
        .append(optional).append(")\n");
    switch (random.nextInt(3)) {
      case 0 -> sb.append("  ").append(kind.getter()).append(" m").append(index).append("();\n");
      case 1 -> sb.append("  MemorySegment m").append(index).append("();\n");
      default -> {
        String setter = kind.setter() == null ? kind.getter() : kind.setter(); // a const setter is FFI074
        sb.append("  void m").append(index).append('(').append(setter).append(" value);\n");
      }
    }
    return sb.toString();
  }
}
