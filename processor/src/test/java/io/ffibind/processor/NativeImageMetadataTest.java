package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM reachability metadata written beside each generated class that links C: valid JSON in
 * the schema's shape, listing exactly the function descriptors and linker options the class links.
 * "Exactly" is checked against the running code: the generated classes are recompiled with a recorder
 * in place of {@code Linker.downcallHandle} ({@link ForeignRecorder}) and initialized, and each
 * descriptor they create is compared, as a layout, with the metadata read back in the builder's syntax
 * ({@link ForeignSyntax}). Callback classes: the downcall that calls a C function pointer and the
 * descriptor of their upcall stubs. Reflection entries: each names a method that exists.
 */
class NativeImageMetadataTest {
  private static final String PATH = "META-INF/native-image/ffibind/test.Lib/reachability-metadata.json";

  private static final JavaFileObject LIB =
      source(
          "Lib",
          """
          import java.lang.foreign.MemorySegment;

          @NativeLibrary("lib")
          public interface Lib {
            @Symbol(parameters = {"bool", "i8", "u16", "i32", "u64", "f32", "f64"}, result = "void")
            void all(boolean a, byte b, char c, int d, long e, float f, double g);

            @Symbol(parameters = {"usize", "long", "pointer", "string", "buffer", "i32[]", "string*"}, result = "isize")
            long pointers(long a, long b, MemorySegment c, String d, byte[] e, int[] f, String[] g);

            @Symbol(name = "all", parameters = {"bool", "i8", "u16", "i32", "u64", "f32", "f64"}, result = "void")
            void sameDescriptorTwice(boolean a, byte b, char c, int d, long e, float f, double g);

            @Critical
            @Symbol(parameters = {"const u8[n]", "u32"}, result = "u32")
            int crc(byte[] data, int n);

            @Symbol(parameters = {"string", "...", "i32", "f64"}, result = "i32")
            int printf(String format, int a, double b);

            @FreeResult
            @Symbol(parameters = {}, result = "string")
            String owned();
          }
          """);

  /** Every feature that links something: structs by value, errno, callbacks, nonblocking, optional. */
  private static final JavaFileObject FEATURES =
      source(
          "Features",
          """
          import java.lang.foreign.MemorySegment;
          import java.util.concurrent.CompletableFuture;

          @NativeLibrary("features")
          public interface Features {
            @Struct(size = 16)
            record Point(double x, double y) {}

            @Struct
            record Line(Point from, Point to, byte tag) {}

            @Union
            record Value(int i, double d, @Field("u8[12]") byte[] bytes) {}

            @Struct
            record Tagged(byte tag, Value value, @Field("bool[3]") boolean[] flags, @Field("Point[2]") Point[] two) {}

            @Struct(packed = true)
            record Packed(byte c, int i) {}

            @Callback(parameters = {"i32", "string", "pointer"}, result = "u8")
            interface Visitor {
              short visit(int n, String s, MemorySegment point);
            }

            @Callback(parameters = {"function", "f64"}, result = "function")
            interface Higher {
              MemorySegment apply(Visitor visitor, double x);
            }

            @Symbol(parameters = {"Point", "Line"}, result = "Line")
            Line line(Point p, Line l);

            @Symbol(parameters = {"Tagged", "Value"}, result = "Value")
            Value tagged(MemorySegment t, Value v);

            @Symbol(parameters = {"Point*", "const Line[n]", "usize", "Packed*"}, result = "Point*")
            Point pointers(Point[] p, Line[] l, long n, Packed packed);

            @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
            int open(String path, int flags, int mode);

            @Symbol(parameters = {"Point"}, result = "Point", errno = true, optional = true)
            Point errnoPoint(Point p);

            @Critical
            @Symbol(parameters = {"const Point*"}, result = "f64")
            double critical(Point p);

            @Symbol(parameters = {"function", "function", "i32"}, result = "function")
            Higher callbacks(Visitor visitor, Higher higher, int x);

            @Symbol(parameters = {"Point", "..."}, result = "i32")
            int variadic(Point p);

            @Symbol(parameters = {"Point"}, result = "Point", nonblocking = true)
            CompletableFuture<Point> later(Point p);

            @Global(type = "i32")
            int counter();
          }
          """);

  @Test
  void listsTheDescriptorsAndOptionsOfPrimitiveCalls() throws IOException {
    Compilation c = compile(LIB);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "{\"returnType\":\"void\",\"parameterTypes\":[\"jboolean\",\"jbyte\",\"jshort\",\"jint\",\"jlong\",\"jfloat\",\"jdouble\"]}",
            "{\"returnType\":\"size_t\",\"parameterTypes\":[\"size_t\",\"long\",\"void*\",\"void*\",\"void*\",\"void*\",\"void*\"]}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"void*\",\"jint\"],\"options\":{\"critical\":{\"allowHeapAccess\":true}}}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"void*\",\"jint\",\"jdouble\"],\"options\":{\"firstVariadicArg\":1}}",
            "{\"returnType\":\"void*\",\"parameterTypes\":[]}",
            "{\"returnType\":\"void\",\"parameterTypes\":[\"void*\"]}"),
        entries(parse(c, PATH), "downcalls"));
    assertLinksExactlyWhatTheMetadataLists(c, List.of(LIB));
  }

  @Test
  void listsStructLayoutsErrnoVariadicCriticalAndCallbacks() throws IOException {
    Compilation c = compile(FEATURES);
    assertThat(c).succeededWithoutWarnings();
    String point = "struct(jdouble, jdouble)";
    String line = "struct(" + point + ", " + point + ", jbyte, padding(7))";
    String value = "union(jint, jdouble, sequence(12, jbyte), padding(16))";
    String tagged = "struct(jbyte, padding(7), " + value + ", sequence(3, jboolean), padding(5), sequence(2, " + point + "))";
    assertEquals(
        List.of(
            "{\"returnType\":\"" + line + "\",\"parameterTypes\":[\"" + point + "\",\"" + line + "\"]}",
            "{\"returnType\":\"" + value + "\",\"parameterTypes\":[\"" + tagged + "\",\"" + value + "\"]}",
            "{\"returnType\":\"void*\",\"parameterTypes\":[\"void*\",\"void*\",\"size_t\",\"void*\"]}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"void*\",\"jint\",\"jint\"],"
                + "\"options\":{\"firstVariadicArg\":2,\"captureCallState\":true}}",
            "{\"returnType\":\"" + point + "\",\"parameterTypes\":[\"" + point + "\"],\"options\":{\"captureCallState\":true}}",
            "{\"returnType\":\"jdouble\",\"parameterTypes\":[\"void*\"],\"options\":{\"critical\":{\"allowHeapAccess\":true}}}",
            "{\"returnType\":\"void*\",\"parameterTypes\":[\"void*\",\"void*\",\"jint\"]}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"" + point + "\"],\"options\":{\"firstVariadicArg\":1}}",
            "{\"returnType\":\"" + point + "\",\"parameterTypes\":[\"" + point + "\"]}"),
        entries(parse(c, "META-INF/native-image/ffibind/test.Features/reachability-metadata.json"), "downcalls"));
    JsonObject visitor = parse(c, "META-INF/native-image/ffibind/test.Features.Visitor/reachability-metadata.json");
    String function = "{\"returnType\":\"jbyte\",\"parameterTypes\":[\"jint\",\"void*\",\"void*\"]}";
    assertEquals(List.of(function), entries(visitor, "downcalls"));
    assertEquals(List.of(function), entries(visitor, "upcalls"), "upcalls take no options");
    assertLinksExactlyWhatTheMetadataLists(c, List.of(FEATURES));
  }

  @Test
  void registersTheMethodsTheRuntimeCallsReflectively() throws IOException {
    Compilation c = compile(LIB, FEATURES);
    assertEquals(
        "[{\"type\":\"test.Ffibind_Lib\",\"methods\":[{\"name\":\"load\",\"parameterTypes\":[\"java.nio.file.Path\"]}]}]",
        parse(c, PATH).getAsJsonArray("reflection").toString());
    assertEquals(
        "[{\"type\":\"test.Ffibind_Features_Higher\",\"methods\":["
            + "{\"name\":\"pointer\",\"parameterTypes\":[\"test.Features$Higher\",\"java.lang.foreign.Arena\"]},"
            + "{\"name\":\"wrap\",\"parameterTypes\":[\"java.lang.foreign.MemorySegment\"]},"
            + "{\"name\":\"$upcall\",\"parameterTypes\":[\"io.ffibind.internal.UpcallSlot\","
            + "\"java.lang.foreign.MemorySegment\",\"double\"]}]}]",
        parse(c, "META-INF/native-image/ffibind/test.Features.Higher/reachability-metadata.json")
            .getAsJsonArray("reflection").toString());
    // Each listed method exists, with exactly those parameter types.
    ForeignRecorder.Loaded loaded = new ForeignRecorder.Loaded(c, List.of(LIB, FEATURES));
    for (Map.Entry<String, JsonObject> file : metadataFiles(c).entrySet()) {
      for (JsonElement entry : file.getValue().getAsJsonArray("reflection")) {
        Class<?> type = loaded.load(entry.getAsJsonObject().get("type").getAsString());
        for (JsonElement m : entry.getAsJsonObject().getAsJsonArray("methods")) {
          List<Class<?>> parameters = new ArrayList<>();
          for (JsonElement p : m.getAsJsonObject().getAsJsonArray("parameterTypes")) {
            parameters.add(classNamed(p.getAsString(), loaded));
          }
          Method method = declared(type, m.getAsJsonObject().get("name").getAsString(), parameters);
          assertTrue(method != null, file.getKey() + ": no " + m + " in " + type);
        }
      }
    }
  }

  @Test
  void onlyTheSchemasKeys() throws IOException {
    Compilation c = compile(LIB, FEATURES);
    Map<String, JsonObject> files = metadataFiles(c);
    assertEquals(
        Set.of("test.Lib", "test.Features", "test.Features.Visitor", "test.Features.Higher"), files.keySet(),
        "one file per binding and per callback class; struct companions link nothing");
    for (JsonObject json : files.values()) {
      assertEquals(List.of("comment", "reflection", "foreign"), List.copyOf(json.keySet()));
      for (String section : json.getAsJsonObject("foreign").keySet()) {
        assertTrue(Set.of("downcalls", "upcalls").contains(section), section);
        for (JsonElement e : json.getAsJsonObject("foreign").getAsJsonArray(section)) {
          Set<String> keys = e.getAsJsonObject().keySet();
          assertTrue(Set.of("returnType", "parameterTypes", "options").containsAll(keys), keys::toString);
          if (keys.contains("options")) {
            assertFalse(section.equals("upcalls"), "upcalls take no options");
            assertTrue(Set.of("firstVariadicArg", "critical", "captureCallState")
                .containsAll(e.getAsJsonObject().getAsJsonObject("options").keySet()));
          }
        }
      }
    }
  }

  @Test
  void theRuntimeListsItsOwnDowncall() throws IOException {
    String path = "/META-INF/native-image/io.ffibind/ffibind-runtime/reachability-metadata.json";
    try (InputStream in = io.ffibind.Native.class.getResourceAsStream(path)) {
      assertTrue(in != null, path);
      JsonObject json = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      // Errno's strerror_r: int (int, char *, size_t)
      assertEquals(
          List.of(ForeignSyntax.strip(FunctionDescriptor.of(
              java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT,
              java.lang.foreign.ValueLayout.ADDRESS, io.ffibind.internal.CLayouts.C_SIZE_T))),
          descriptors(json.getAsJsonObject("foreign").getAsJsonArray("downcalls")).stream()
              .map(Listed::descriptor).toList());
    }
  }

  // ---- the comparison with the running code ----------------------------------------------------

  /** A metadata entry read back: its descriptor as the builder builds it, and its options. */
  private record Listed(FunctionDescriptor descriptor, Set<Linker.Option> options) {}

  /**
   * For every metadata file: the downcalls it lists are exactly those its class links while it
   * initializes (no more, no fewer, options included), and a callback file's upcalls are the
   * descriptor its pool makes stubs with.
   */
  private static void assertLinksExactlyWhatTheMetadataLists(Compilation c, List<JavaFileObject> sources)
      throws IOException {
    ForeignRecorder.Loaded loaded = new ForeignRecorder.Loaded(c, sources);
    Map<String, JsonObject> files = metadataFiles(c);
    assertFalse(files.isEmpty());
    for (Map.Entry<String, JsonObject> file : files.entrySet()) {
      JsonObject json = file.getValue();
      String generated = json.getAsJsonArray("reflection").get(0).getAsJsonObject().get("type").getAsString();
      List<Listed> downcalls = descriptors(json.getAsJsonObject("foreign").getAsJsonArray("downcalls"));
      assertEquals(downcalls.size(), new HashSet<>(downcalls).size(), file.getKey() + ": listed twice");
      Set<Listed> linked = new HashSet<>();
      for (ForeignRecorder.Linked l : loaded.downcallsOf(generated)) {
        linked.add(new Listed(ForeignSyntax.strip(l.descriptor()), Set.copyOf(l.options())));
      }
      assertEquals(linked, new HashSet<>(downcalls), file.getKey() + ": downcalls");
      JsonArray upcalls = json.getAsJsonObject("foreign").getAsJsonArray("upcalls");
      if (upcalls != null) {
        FunctionDescriptor stubs = upcallDescriptor(loaded.load(generated));
        assertEquals(List.of(new Listed(ForeignSyntax.strip(stubs), Set.of())), descriptors(upcalls), file.getKey());
      } else {
        assertFalse(file.getKey().contains("Visitor") || file.getKey().contains("Higher"), "a callback without upcalls");
      }
    }
  }

  /** The descriptor a callback class gives its pool of upcall stubs. */
  private static FunctionDescriptor upcallDescriptor(Class<?> callbackClass) {
    try {
      Field field = callbackClass.getDeclaredField("$DESCRIPTOR");
      field.setAccessible(true);
      return (FunctionDescriptor) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Listed> descriptors(JsonArray entries) {
    List<Listed> out = new ArrayList<>();
    for (JsonElement e : entries) {
      JsonObject entry = e.getAsJsonObject();
      List<String> parameters = new ArrayList<>();
      entry.getAsJsonArray("parameterTypes").forEach(p -> parameters.add(p.getAsString()));
      FunctionDescriptor descriptor = ForeignSyntax.descriptor(entry.get("returnType").getAsString(), parameters);
      Set<Linker.Option> options = new HashSet<>();
      JsonObject o = entry.getAsJsonObject("options");
      if (o != null) {
        if (o.has("firstVariadicArg")) {
          options.add(Linker.Option.firstVariadicArg(o.get("firstVariadicArg").getAsInt()));
        }
        if (o.has("critical")) {
          options.add(Linker.Option.critical(o.getAsJsonObject("critical").get("allowHeapAccess").getAsBoolean()));
        }
        if (o.has("captureCallState") && o.get("captureCallState").getAsBoolean()) {
          options.add(Linker.Option.captureCallState("errno")); // what the generated code captures
        }
      }
      out.add(new Listed(ForeignSyntax.strip(descriptor), options));
    }
    return out;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Map<String, JsonObject> metadataFiles(Compilation c) throws IOException {
    Map<String, JsonObject> files = new LinkedHashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      String name = f.getName();
      if (name.endsWith("reachability-metadata.json")) {
        String origin = name.substring(name.indexOf("/ffibind/") + "/ffibind/".length(), name.lastIndexOf('/'));
        files.put(origin, parse(new StringReader(f.getCharContent(true).toString())));
      }
    }
    return files;
  }

  private static List<String> entries(JsonObject json, String section) {
    List<String> listed = new ArrayList<>();
    for (JsonElement e : json.getAsJsonObject("foreign").getAsJsonArray(section)) {
      listed.add(e.toString());
    }
    return listed;
  }

  private static JsonObject parse(Compilation c, String path) throws IOException {
    return parse(new StringReader(
        c.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true).toString()));
  }

  private static JsonObject parse(Reader in) {
    JsonReader reader = new JsonReader(in);
    reader.setStrictness(Strictness.STRICT);
    return JsonParser.parseReader(reader).getAsJsonObject();
  }

  private static Class<?> classNamed(String name, ClassLoader loader) {
    return switch (name) {
      case "boolean" -> boolean.class;
      case "byte" -> byte.class;
      case "short" -> short.class;
      case "char" -> char.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "float" -> float.class;
      case "double" -> double.class;
      default -> {
        try {
          yield Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    };
  }

  private static Method declared(Class<?> type, String name, List<Class<?>> parameters) {
    try {
      return type.getDeclaredMethod(name, parameters.toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
