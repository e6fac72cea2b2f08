package io.ffibind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of random ffibind declarations, valid and invalid: type strings (well formed,
 * misspelt, truncated, absurd), arities, Java types, names, charsets, annotations in the wrong places,
 * library shapes; struct and union records, callback interfaces, globals and call options, and the
 * methods that use them ({@link RandomFeatures}). Each call of {@link #file} gives one compilation unit
 * holding one top-level type.
 *
 * <p><strong>Where new features plug in</strong>: {@link RandomFeatures} for declarations a library
 * uses, {@link #EXTRA_TYPES} for top-level declarations of their own (each returns the source of one
 * top-level declaration named {@code $NAME}, or null), {@link #TYPE_STRINGS} and {@link #JAVA_TYPES}.
 */
final class RandomDeclarations {
  /**
   * Top-level declarations that are not libraries: an interface holding struct records and callback
   * interfaces, whose companions and callback classes are generated whether or not a library uses them.
   */
  static final List<Function<Random, String>> EXTRA_TYPES = List.of(
      random -> {
        RandomFeatures features = new RandomFeatures(random, random.nextBoolean(), "$NAME");
        return "interface $NAME {\n" + features.records("  ", false) + features.callbacks("  ", false) + "}\n";
      },
      random -> {
        // A.B_C and A_B.C: one generated name for two declarations (FFI028)
        String kind = List.of(
            "@Struct record D(int x) {}",
            "@Callback(parameters = \"i32\", result = \"i32\") interface D { int apply(int x); }",
            "@NativeLibrary(\"c\") interface D { @Symbol(result = \"i32\") int f(); }").get(random.nextInt(3));
        return "interface $NAME {\n  interface A { interface B_C { " + kind + " } }\n"
            + "  interface A_B { interface C { " + kind.replace("int f()", "int g()") + " } }\n}\n";
      });

  static final List<String> TYPE_STRINGS = new ArrayList<>(List.of(
      // valid, every base type and alias
      "void", "bool", "char", "i8", "int8", "u8", "uint8", "i16", "int16", "u16", "uint16", "i32", "int32",
      "u32", "uint32", "i64", "int64", "u64", "uint64", "usize", "isize", "long", "ulong", "f32", "float",
      "float32", "f64", "double", "float64", "pointer", "ptr", "function", "string", "str", "buffer",
      "arraybuffer", "const buffer", "buffer[16]", "buffer[n]", "buffer[x]", "const buffer[len]",
      "i32[]", "i32[4]", "i32[n]", "const i32[n]", "u8[len]", "f64[2]", "string[]", "string[n]",
      "pointer[]", "pointer[2]", "const string[]", "i32*", "u64*", "string*", "pointer*", "usize*",
      "f32[]", "u16[n]", "i64[count]", "...",
      // invalid or doubtful
      "", " ", "i23", "int", "uint", "i33", "string**", "i32**", "void*", "void[]", "const", "const i32",
      "const i32*", "i32[", "i32]", "i32[[1]]", "i32[-1]", "i32[0]", "i32[99999999999999999999]",
      "buffer[]", "buffer*", "bool[]", "function[]", "...[]", "…", "I32", "F64", "Point", "Point*",
      "Point[2]", "f64[count]*", "u8[n", "[n]", "*", "string[n]*", "const const i32", "i32 []",
      "\u00e9", "\\n", "\"", "i32[n][m]", "unsigned", "size_t", "char*", "const char*"));

  static final List<String> JAVA_TYPES = new ArrayList<>(List.of(
      "boolean", "byte", "short", "char", "int", "long", "float", "double", "String", "MemorySegment",
      "ByteBuffer", "byte[]", "short[]", "char[]", "int[]", "long[]", "float[]", "double[]", "String[]",
      "MemorySegment[]", "List<String>", "Object", "Integer", "Long", "int[][]", "List<Integer>",
      "java.util.List", "Runnable", "CharSequence", "Boolean", "boolean[]", "Object[]", "Void"));

  private static final List<String> CHARSETS = List.of(
      "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "ISO-8859-1", "US-ASCII", "utf8", "EBCDIC",
      "", "UTF-16", "latin1", "x-unknown");

  private static final List<String> FREE_NAMES = List.of("free", "sqlite3_free", "", "1bad", "a b", "$free");

  private final Random random;
  private int counter;
  private boolean allValid;

  RandomDeclarations(long seed) {
    this.random = new Random(seed);
  }

  /** One compilation unit in package {@code test}: its simple type name and source. */
  record Unit(String name, String source) {}

  Unit file() {
    String name = "T" + counter++;
    allValid = random.nextInt(3) == 0; // a library that should generate, so generated code gets compiled
    StringBuilder sb = new StringBuilder("package test;\n\nimport io.ffibind.*;\n")
        .append("import java.lang.foreign.MemorySegment;\nimport java.nio.ByteBuffer;\nimport java.util.List;\n")
        .append("import java.util.concurrent.CompletableFuture;\n\n");
    if (!EXTRA_TYPES.isEmpty() && random.nextInt(8) == 0) {
      String extra = EXTRA_TYPES.get(random.nextInt(EXTRA_TYPES.size())).apply(random);
      if (extra != null) {
        return new Unit(name, sb.append(extra.replace("$NAME", name)).toString());
      }
    }
    int shape = allValid ? 3 + random.nextInt(17) : random.nextInt(20);
    if (shape == 0) {
      // @NativeLibrary on something that is not an interface, with bound-looking methods
      String kind = pick(List.of("class", "enum", "record", "@interface"));
      sb.append("@NativeLibrary(\"m\")\n").append(kind.equals("@interface") ? "@interface " : kind + " ")
          .append(name).append(kind.equals("record") ? "(int x)" : "").append(" {\n");
      if (kind.equals("class")) {
        sb.append("  @Symbol(parameters = {\"f64\"}, result = \"f64\")\n  double cos(double x) { return x; }\n");
      }
      return new Unit(name, sb.append("}\n").toString());
    }
    if (shape == 1) {
      // @Symbol outside a library, in a class and in a plain interface
      sb.append(random.nextBoolean() ? "abstract class " : "interface ").append(name).append(" {\n");
      sb.append("  @Symbol(parameters = {\"i32\"}, result = \"i32\")\n  ")
          .append(sb.indexOf("abstract class") >= 0 ? "abstract " : "").append("int abs(int x);\n");
      return new Unit(name, sb.append("}\n").toString());
    }
    if (shape == 2) {
      // a library inside a method, a lambda or an initializer
      sb.append("class ").append(name).append(" {\n  void run() {\n    @NativeLibrary(\"m\")\n    interface Lib {\n")
          .append(method(0)).append("    }\n  }\n}\n");
      return new Unit(name, sb.toString());
    }
    boolean nested = shape == 3;
    String library = nested ? "Inner" : name;
    RandomFeatures features = random.nextBoolean() ? new RandomFeatures(random, allValid, name) : null;
    if (nested) {
      sb.append("class ").append(name).append(" {\n");
      if (features != null) {
        sb.append(features.records("  ", true)).append(features.callbacks("  ", true));
      }
    }
    sb.append("@NativeLibrary(");
    if (random.nextInt(6) == 0) {
      sb.append("value = ").append(quote(pick(List.of("m", "", "z", "/no/such/lib.so", "libm.so.6"))))
          .append(", charset = ").append(quote(pick(CHARSETS)));
    } else {
      sb.append(quote(pick(List.of("m", "", "c", "z", "does-not-exist"))));
    }
    sb.append(")\n");
    String modifiers = nested ? pick(List.of("", "public ", "private ", "static ", "protected ")) : pick(List.of("", "public "));
    sb.append(modifiers).append("interface ").append(library);
    if (random.nextInt(12) == 0) {
      sb.append("<T>");
    }
    if (random.nextInt(4) == 0) {
      sb.append(" extends AutoCloseable");
    }
    sb.append(" {\n");
    if (features != null && !nested) {
      sb.append(features.records("  ", false)).append(features.callbacks("  ", false));
    }
    int methods = 1 + random.nextInt(8);
    for (int i = 0; i < methods; i++) {
      sb.append(features != null && random.nextInt(3) != 0 ? features.member(i) : method(i));
    }
    sb.append("}\n");
    if (nested) {
      sb.append("}\n");
    }
    return new Unit(name, sb.toString());
  }

  /** A type string and the Java parameter and result types that carry it (null: not a result). */
  private record Valid(String type, String parameter, String result) {}

  private static final List<Valid> VALID = List.of(
      new Valid("i32", "int", "int"), new Valid("u32", "long", "long"), new Valid("u32", "int", "int"),
      new Valid("u8", "int", "short"), new Valid("u16", "char", "char"), new Valid("i64", "long", "long"),
      new Valid("u64", "long", "long"), new Valid("usize", "long", "long"), new Valid("long", "long", "long"),
      new Valid("f32", "float", "float"), new Valid("f64", "double", "double"),
      new Valid("bool", "boolean", "boolean"), new Valid("char", "byte", "byte"),
      new Valid("i16", "short", "short"), new Valid("pointer", "MemorySegment", "MemorySegment"),
      new Valid("function", "MemorySegment", "MemorySegment"), new Valid("string", "String", "String"),
      new Valid("string", "MemorySegment", "MemorySegment"), new Valid("buffer", "byte[]", "MemorySegment"),
      new Valid("const buffer", "ByteBuffer", null), new Valid("buffer[16]", "byte[]", "MemorySegment"),
      new Valid("buffer", "MemorySegment", "MemorySegment"), new Valid("i32[]", "int[]", null),
      new Valid("i32[4]", "int[]", "int[]"), new Valid("f64[2]", "double[]", "double[]"),
      new Valid("const f32[]", "float[]", null), new Valid("u16[3]", "char[]", "char[]"),
      new Valid("string[]", "String[]", null), new Valid("string[2]", "String[]", "String[]"),
      new Valid("pointer[]", "MemorySegment[]", null), new Valid("pointer[2]", "MemorySegment[]", "MemorySegment[]"),
      new Valid("const string[]", "List<String>", null), new Valid("i32*", "int[]", null),
      new Valid("string*", "String[]", null), new Valid("pointer*", "MemorySegment[]", null),
      new Valid("usize*", "long[]", null), new Valid("string*", "MemorySegment[]", null));

  /** Simple names of types generated code calls static methods of: as parameter names they hide them. */
  private static final List<String> TYPE_NAMES = List.of(
      "Marshal", "Args", "MemorySegment", "Scratch", "Trace", "Integer", "Math", "String", "Errno", "Structs");

  private static final List<String> PROMOTED = List.of("i32", "i64", "f64", "string", "pointer", "usize");

  /** A declaration that should compile, with a length parameter, variadic part or @Critical now and then. */
  private String validMethod(int index) {
    List<String> types = new ArrayList<>();
    List<String> javaTypes = new ArrayList<>();
    int arity = random.nextInt(5);
    for (int i = 0; i < arity; i++) {
      Valid v = VALID.get(random.nextInt(VALID.size()));
      types.add(v.type());
      javaTypes.add(v.parameter());
    }
    int lengthIndex = -1;
    if (random.nextInt(5) == 0) { // a buffer whose length is the parameter n
      types.add("buffer[n]");
      javaTypes.add(pick(List.of("byte[]", "ByteBuffer", "MemorySegment", "int[]")));
      types.add("usize");
      lengthIndex = javaTypes.size();
      javaTypes.add("long");
    }
    boolean variadic = random.nextInt(6) == 0;
    if (variadic) {
      types.add("...");
      for (int i = random.nextInt(3); i > 0; i--) {
        String t = pick(PROMOTED);
        types.add(t);
        javaTypes.add(switch (t) {
          case "i32" -> "int";
          case "f64" -> "double";
          case "string" -> "String";
          case "pointer" -> "MemorySegment";
          default -> "long";
        });
      }
    }
    String result = "void";
    String returnType = "void";
    if (random.nextInt(4) != 0) {
      Valid v = VALID.get(random.nextInt(VALID.size()));
      if (v.result() != null) {
        result = v.type();
        returnType = v.result();
      }
    }
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(8) == 0) {
      sb.append("  @Critical\n");
    }
    if ((result.equals("string") && returnType.equals("String")) && random.nextInt(3) == 0) {
      sb.append("  @FreeResult\n");
    }
    sb.append("  @Symbol(name = \"f").append(index).append("\", parameters = {")
        .append(String.join(", ", types.stream().map(RandomDeclarations::quote).toList()))
        .append("}, result = ").append(quote(result)).append(")\n");
    sb.append("  ").append(returnType).append(" m").append(index).append('(');
    for (int i = 0; i < javaTypes.size(); i++) {
      // now and then named like a type generated code calls, which the parameter hides in its body
      String name = i == lengthIndex ? "n" : random.nextInt(6) == 0 ? TYPE_NAMES.get(i) : "p" + i;
      sb.append(i == 0 ? "" : ", ").append(javaTypes.get(i)).append(' ').append(name);
    }
    return sb.append(");\n").toString();
  }

  private String method(int index) {
    if (allValid || random.nextInt(10) < 6) {
      return validMethod(index);
    }
    StringBuilder sb = new StringBuilder();
    int arity = random.nextInt(5);
    int typeCount = random.nextInt(8) == 0 ? random.nextInt(6) : arity;
    List<String> types = new ArrayList<>();
    for (int i = 0; i < typeCount; i++) {
      types.add(pick(TYPE_STRINGS));
    }
    String result = pick(TYPE_STRINGS);
    boolean close = index == 0 && random.nextInt(15) == 0; // close() of an AutoCloseable library, or bound
    String methodName = close ? "close"
        : random.nextInt(30) == 0 ? pick(List.of("toString", "hashCode", "m0$trace", "m" + index + "$call", "load"))
        : "m" + index;
    if (close) {
      arity = 0;
      typeCount = random.nextInt(8) == 0 ? 1 : 0;
      types.clear();
      for (int i = 0; i < typeCount; i++) {
        types.add(pick(TYPE_STRINGS));
      }
    }
    if (random.nextInt(10) == 0) {
      sb.append("  @Critical\n");
    }
    if (random.nextInt(10) == 0) {
      sb.append(random.nextBoolean() ? "  @FreeResult\n" : "  @FreeResult(" + quote(pick(FREE_NAMES)) + ")\n");
    }
    boolean symbol = random.nextInt(12) != 0;
    if (symbol) {
      sb.append("  @Symbol(");
      List<String> members = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        members.add("name = " + quote(pick(List.of("sin", "", "a b", "m" + index, "$x", "strlen"))));
      }
      if (!types.isEmpty() || random.nextBoolean()) {
        members.add("parameters = {" + String.join(", ", types.stream().map(RandomDeclarations::quote).toList()) + "}");
      }
      if (random.nextInt(5) != 0) {
        members.add("result = " + quote(result));
      }
      if (random.nextInt(10) == 0) {
        members.add("charset = " + quote(pick(CHARSETS)));
      }
      sb.append(String.join(", ", members)).append(")\n");
    }
    String generic = !close && random.nextInt(20) == 0 ? "<T> " : "";
    String modifier = !close && random.nextInt(15) == 0 ? pick(List.of("default ", "static ")) : "";
    String returnType = close || random.nextInt(6) == 0 ? "void" : pick(JAVA_TYPES);
    sb.append("  ").append(modifier).append(generic).append(returnType).append(' ').append(methodName).append('(');
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < arity; i++) {
      String parameterName = random.nextInt(25) == 0
          ? pick(List.of("$p", "m0$handle", "m1$address", "CHARSET$UTF_8", "Ffibind_X", "a$b"))
          : pick(List.of("n", "len", "x", "count", "size", "p", "Marshal", "MemorySegment", "String", "Args"));
      if (!names.add(parameterName)) {
        parameterName = parameterName + i;
      }
      sb.append(i == 0 ? "" : ", ").append(pick(JAVA_TYPES)).append(' ').append(parameterName);
    }
    sb.append(')');
    if (!modifier.isEmpty()) {
      sb.append(" { ").append(returnType.equals("void") ? "" : "return " + defaultValue(returnType) + "; ").append("}\n");
    } else {
      sb.append(";\n");
    }
    return sb.toString();
  }

  private static String defaultValue(String type) {
    return switch (type) {
      case "boolean" -> "false";
      case "byte", "short", "char", "int", "long", "float", "double" -> "(" + type + ") 0";
      default -> "null";
    };
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
