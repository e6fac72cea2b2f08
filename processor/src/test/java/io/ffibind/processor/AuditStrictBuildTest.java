package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 black box: a user's bindings using every feature compile under {@code -Xlint:all -Werror}
 * without a single warning, and the native-image metadata written next to them is valid JSON listing
 * the descriptors and options the declarations ask for.
 */
class AuditStrictBuildTest {

  private static final JavaFileObject EVERYTHING =
      JavaFileObjects.forSourceString(
          "com.example.audit.Everything",
          """
          package com.example.audit;

          import io.ffibind.*;
          import java.lang.foreign.MemorySegment;
          import java.lang.foreign.SegmentAllocator;
          import java.util.List;
          import java.util.concurrent.CompletableFuture;

          @NativeLibrary("")
          public interface Everything extends AutoCloseable {
            @Struct(name = "div_t") record Div(int quot, int rem) {}
            @Union(name = "num") record Num(long i, double d) {}
            @Struct(name = "holder") record Holder(String name, @Field("i32[3]") int[] xs, Div div) {}

            @Callback(parameters = {"pointer", "pointer"}, result = "i32")
            interface Compare { int compare(MemorySegment a, MemorySegment b); }

            @Callback(parameters = {"i32"}, result = "void")
            interface Sink { void accept(int x); }

            @Symbol(parameters = {"i32", "i32"}, result = "div_t")
            Div div(int a, int b);

            @Symbol(parameters = {"num*"}, result = "f64")
            double numValue(Num n);

            @Symbol(parameters = {"holder*"}, result = "i32")
            int holderSum(Holder[] h);

            @Symbol(parameters = {"pointer", "usize", "usize", "function"})
            void qsort(MemorySegment base, long n, long size, Compare compare);

            @Symbol(parameters = {"function"}, result = "function")
            Sink swap(Sink s);

            @Symbol(parameters = {"string"}, result = "usize")
            long strlen(String s);

            @Critical
            @Symbol(parameters = {"const u8[n]", "usize"}, result = "u32")
            int checksum(byte[] data, long n);

            @FreeResult
            @Symbol(parameters = {"string"}, result = "string")
            String strdup(String s);

            @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32", "f64"}, result = "i32")
            int snprintf(byte[] buffer, long size, String format, int i, double d);

            @Symbol(parameters = {"string[]", "i32"}, result = "i32")
            int join(List<String> parts, int n);

            @Symbol(parameters = {"i64*"})
            void out(long[] value);

            @Symbol(name = "maybe_there", parameters = {"i32"}, result = "i32", optional = true)
            int maybe(int x);

            @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
            int open(String path, int flags, int mode);

            @Symbol(parameters = {"u32"}, result = "u32", nonblocking = true)
            CompletableFuture<Long> sleep(long seconds);

            @Symbol(parameters = {"u8[n]", "usize"}, nonblocking = true, errno = true)
            CompletableFuture<Void> fill(byte[] out, long n);

            @Global(type = "i32") int optind();
            @Global(name = "optind", type = "i32") void optind(int v);
            @Global(name = "optind", type = "i32") MemorySegment optindStorage();
            @Global(type = "pointer") MemorySegment environ();
            @Global(type = "string[2]") String[] tzname();
            @Global(name = "gl_string", type = "string") String glString();
            @Global(name = "gl_string", type = "string") void glString(MemorySegment v);
            @Global(name = "gl_bytes", type = "const u8[14]") byte[] bytes();
            @Global(name = "gl_u32", type = "u32") long u32();
            @Global(name = "gl_u32", type = "u32") void u32(long v);
            @Global(name = "gl_div", type = "div_t") Div divGlobal();
            @Global(name = "gl_div", type = "div_t") void divGlobal(Div d);
            @Global(name = "gl_holder", type = "holder") void holder(Holder h, SegmentAllocator allocator);
            @Global(name = "gl_maybe", type = "f64", optional = true) double maybeGlobal();

            default int twice(int x) { return 2 * x; }

            @Override
            void close();
          }
          """);

  @Test
  void everyFeatureUnderXlintAllWerror() throws IOException {
    Compilation c =
        Compiler.javac().withProcessors(new FfibindProcessor())
            .withOptions(List.of("-Xlint:all", "-Werror"))
            .compile(EVERYTHING);
    assertThat(c).succeededWithoutWarnings();

    List<JavaFileObject> metadata = new ArrayList<>();
    for (JavaFileObject file : c.generatedFiles()) {
      if (file.getName().endsWith("reachability-metadata.json")) {
        metadata.add(file);
      }
    }
    assertTrue(metadata.stream().anyMatch(m -> m.getName().contains("META-INF/native-image/")), metadata.toString());
    JsonObject library = null;
    for (JavaFileObject m : metadata) {
      JsonElement json = JsonParser.parseString(m.getCharContent(true).toString());
      assertTrue(json.isJsonObject(), m.getName());
      if (json.getAsJsonObject().get("comment").getAsString().contains("Everything:")
          || json.getAsJsonObject().get("comment").getAsString().endsWith("Everything")) {
        library = json.getAsJsonObject();
      }
    }
    assertTrue(library != null, metadata.toString());
    JsonArray downcalls = library.getAsJsonObject("foreign").getAsJsonArray("downcalls");
    Map<String, JsonObject> byShape = new TreeMap<>();
    for (JsonElement d : downcalls) {
      JsonObject o = d.getAsJsonObject();
      byShape.put(o.get("returnType").getAsString() + " " + o.getAsJsonArray("parameterTypes"), o);
    }
    // div_t by value
    assertTrue(byShape.containsKey("struct(jint, jint) [\"jint\",\"jint\"]"), byShape.keySet().toString());
    // open: variadic and errno
    JsonObject open = byShape.get("jint [\"void*\",\"jint\",\"jint\"]");
    assertTrue(open != null, byShape.keySet().toString());
    JsonObject options = open.getAsJsonObject("options");
    assertEquals(2, options.get("firstVariadicArg").getAsInt());
    assertTrue(options.get("captureCallState").getAsBoolean());
    // the @Critical call
    boolean critical = false;
    for (JsonObject o : byShape.values()) {
      critical |= o.has("options") && o.getAsJsonObject("options").has("critical");
    }
    assertTrue(critical, byShape.keySet().toString());
    // Native.load's one reflective look-up
    JsonObject reflected = library.getAsJsonArray("reflection").get(0).getAsJsonObject();
    assertEquals("com.example.audit.Ffibind_Everything", reflected.get("type").getAsString());
    assertEquals("load", reflected.getAsJsonArray("methods").get(0).getAsJsonObject().get("name").getAsString());
    // the comparator's stubs: an upcall taking two pointers, returning an int
    boolean upcall = false;
    for (JavaFileObject m : metadata) {
      JsonObject json = JsonParser.parseString(m.getCharContent(true).toString()).getAsJsonObject();
      if (json.get("comment").getAsString().contains("Everything.Compare")) {
        JsonObject up = json.getAsJsonObject("foreign").getAsJsonArray("upcalls").get(0).getAsJsonObject();
        assertEquals("jint", up.get("returnType").getAsString());
        assertEquals("[\"void*\",\"void*\"]", up.getAsJsonArray("parameterTypes").toString());
        upcall = true;
      }
    }
    assertTrue(upcall, metadata.toString());
    // every descriptor once
    assertEquals(downcalls.size(), byShape.size() + duplicates(downcalls));
  }

  @Test
  void runtimeMetadataIsValidJson() throws IOException {
    try (var in = io.ffibind.Native.class.getResourceAsStream(
        "/META-INF/native-image/io.ffibind/ffibind-runtime/reachability-metadata.json")) {
      assertTrue(in != null);
      JsonObject json = JsonParser.parseString(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
      JsonObject strerror = json.getAsJsonObject("foreign").getAsJsonArray("downcalls").get(0).getAsJsonObject();
      assertEquals("jint", strerror.get("returnType").getAsString());
      assertEquals("[\"jint\",\"void*\",\"size_t\"]", strerror.getAsJsonArray("parameterTypes").toString());
    }
  }

  private static int duplicates(JsonArray downcalls) {
    List<String> all = new ArrayList<>();
    for (JsonElement d : downcalls) all.add(d.toString());
    return (int) (all.size() - all.stream().distinct().count());
  }
}
