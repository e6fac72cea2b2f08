package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM reachability metadata written beside each binding: valid JSON in the schema's shape,
 * listing exactly the function descriptors and linker options of the downcall handles the generated
 * class creates (read back from the generated source), and the reflective {@code load} method.
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

  @Test
  void listsExactlyTheDescriptorsAndOptionsTheGeneratedCodeUses() throws IOException {
    Compilation c = compile(LIB);
    assertThat(c).succeededWithoutWarnings();
    JsonObject json = parse(c.generatedFile(StandardLocation.CLASS_OUTPUT, PATH).orElseThrow());
    JsonArray downcalls = json.getAsJsonObject("foreign").getAsJsonArray("downcalls");
    List<String> listed = new ArrayList<>();
    for (JsonElement e : downcalls) {
      listed.add(e.toString());
    }
    assertEquals(
        List.of(
            "{\"returnType\":\"void\",\"parameterTypes\":[\"jboolean\",\"jbyte\",\"jshort\",\"jint\",\"jlong\",\"jfloat\",\"jdouble\"]}",
            "{\"returnType\":\"size_t\",\"parameterTypes\":[\"size_t\",\"long\",\"void*\",\"void*\",\"void*\",\"void*\",\"void*\"]}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"void*\",\"jint\"],\"options\":{\"critical\":{\"allowHeapAccess\":true}}}",
            "{\"returnType\":\"jint\",\"parameterTypes\":[\"void*\",\"jint\",\"jdouble\"],\"options\":{\"firstVariadicArg\":1}}",
            "{\"returnType\":\"void*\",\"parameterTypes\":[]}",
            "{\"returnType\":\"void\",\"parameterTypes\":[\"void*\"]}"),
        listed);
    // The same, read back from the handles the generated source creates.
    String source = c.generatedSourceFile("test.Ffibind_Lib").orElseThrow().getCharContent(true).toString();
    assertEquals(new java.util.TreeSet<>(listed), new java.util.TreeSet<>(handlesIn(source)));
  }

  @Test
  void registersTheLoadMethodNativeLoadCallsReflectively() throws IOException {
    Compilation c = compile(LIB);
    JsonObject json = parse(c.generatedFile(StandardLocation.CLASS_OUTPUT, PATH).orElseThrow());
    assertEquals(
        "[{\"type\":\"test.Ffibind_Lib\",\"methods\":[{\"name\":\"load\",\"parameterTypes\":[\"java.nio.file.Path\"]}]}]",
        json.getAsJsonArray("reflection").toString());
    // Only the schema's top-level keys.
    assertEquals(List.of("comment", "reflection", "foreign"), List.copyOf(json.keySet()));
    assertEquals(List.of("downcalls"), List.copyOf(json.getAsJsonObject("foreign").keySet()));
  }

  private static JsonObject parse(JavaFileObject file) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(file.getCharContent(true).toString()));
    reader.setStrictness(Strictness.STRICT);
    return JsonParser.parseReader(reader).getAsJsonObject();
  }

  private static final Map<String, String> LAYOUT_NAMES =
      Map.ofEntries(
          Map.entry("ValueLayout.JAVA_BOOLEAN", "jboolean"),
          Map.entry("ValueLayout.JAVA_BYTE", "jbyte"),
          Map.entry("ValueLayout.JAVA_SHORT", "jshort"),
          Map.entry("ValueLayout.JAVA_INT", "jint"),
          Map.entry("ValueLayout.JAVA_LONG", "jlong"),
          Map.entry("ValueLayout.JAVA_FLOAT", "jfloat"),
          Map.entry("ValueLayout.JAVA_DOUBLE", "jdouble"),
          Map.entry("ValueLayout.ADDRESS", "void*"),
          Map.entry("CLayouts.C_SIZE_T", "size_t"),
          Map.entry("CLayouts.C_LONG", "long"));

  /** Every {@code $downcall(...)} of the generated source, written as the metadata spells it. */
  private static List<String> handlesIn(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\$downcall\\((FunctionDescriptor\\.(ofVoid|of)\\(([^)]*)\\)|Marshal\\.FREE)(.*)\\);")
        .matcher(source);
    while (m.find()) {
      if (m.group(1).equals("Marshal.FREE")) {
        out.add("{\"returnType\":\"void\",\"parameterTypes\":[\"void*\"]}");
        continue;
      }
      List<String> layouts = new ArrayList<>();
      for (String layout : m.group(3).split(",\\s*")) {
        if (!layout.isBlank()) {
          layouts.add(LAYOUT_NAMES.get(layout.strip()));
        }
      }
      String result = m.group(2).equals("ofVoid") ? "void" : layouts.remove(0);
      StringBuilder sb = new StringBuilder("{\"returnType\":\"" + result + "\",\"parameterTypes\":[");
      for (int i = 0; i < layouts.size(); i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(layouts.get(i)).append('"');
      }
      sb.append(']');
      String options = m.group(4);
      List<String> opts = new ArrayList<>();
      Matcher v = Pattern.compile("firstVariadicArg\\((\\d+)\\)").matcher(options);
      if (v.find()) {
        opts.add("\"firstVariadicArg\":" + v.group(1));
      }
      if (options.contains("critical(true)")) {
        opts.add("\"critical\":{\"allowHeapAccess\":true}");
      }
      if (!opts.isEmpty()) {
        sb.append(",\"options\":{").append(String.join(",", opts)).append('}');
      }
      out.add(sb.append('}').toString());
    }
    return out;
  }
}
