package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated source of one representative library, compared as text with a golden file so every
 * change to generated code shows up in review. With {@code FFIBIND_UPDATE_GOLDEN=true} (environment
 * or system property) the test rewrites the golden file instead.
 */
class GoldenSourceTest {
  private static final String GENERATED = "Ffibind_Showcase";

  private static final String SHOWCASE =
      """
      import java.lang.foreign.MemorySegment;
      import java.nio.ByteBuffer;
      import java.util.concurrent.CompletableFuture;

      @NativeLibrary("showcase")
      public interface Showcase extends AutoCloseable {
        @Symbol(parameters = {"i32", "u8", "f64", "bool"}, result = "i64")
        long mix(int a, int b, double c, boolean d);

        @Symbol(parameters = {"u32"}, result = "u16")
        char widen(long x);

        @Symbol(parameters = {"string"}, result = "usize")
        long strlen(String s);

        @FreeResult
        @Symbol(parameters = {"string"}, result = "string")
        String strdup(String s);

        @Symbol(parameters = {"buffer", "const buffer", "usize"})
        void copy(byte[] to, ByteBuffer from, long n);

        @Critical
        @Symbol(parameters = {"const f64[n]", "usize"}, result = "f64")
        double sum(double[] values, long n);

        @Symbol(parameters = {"string[]", "pointer*"}, result = "i32")
        int parse(String[] args, MemorySegment[] end);

        @Symbol(parameters = {"usize*"})
        void size(long[] out);

        @FreeResult("showcase_free")
        @Symbol(parameters = {"i32"}, result = "i32[n]")
        int[] range(int n);

        @Symbol(parameters = {"string", "i32"}, result = "i32", errno = true)
        int open(String path, int flags);

        @Symbol(parameters = {"const buffer[n]", "usize"}, result = "u32", nonblocking = true, optional = true)
        CompletableFuture<Long> digest(byte[] data, long n);

        @Global(type = "u16")
        char counter();

        @Global(name = "counter", type = "u16")
        void counter(int value);

        @Global(name = "names", type = "string[2]")
        String[] names();

        @Override
        void close();
      }
      """;

  @Test
  void generatedSourceMatchesTheGoldenFile() throws IOException {
    JavaFileObject f = source("Showcase", SHOWCASE);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    String actual =
        c.generatedSourceFile("test." + GENERATED).orElseThrow().getCharContent(false).toString();
    Path golden = goldenDir().resolve(GENERATED + ".java");
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
      return;
    }
    assertTrue(
        Files.exists(golden), "no golden file " + golden + ": run once with FFIBIND_UPDATE_GOLDEN=true");
    String expected = Files.readString(golden);
    assertEquals(
        expected,
        actual,
        "generated source differs from " + golden + " first at line " + firstDifference(expected, actual)
            + "; if the change is intended, rerun with FFIBIND_UPDATE_GOLDEN=true and review the diff");
  }

  /** Surefire names the directory; an IDE runs from the module directory. */
  static Path goldenDir() {
    return Path.of(System.getProperty("ffibind.golden.dir", "src/test/resources/golden"));
  }

  static boolean updating() {
    return "true".equalsIgnoreCase(System.getenv("FFIBIND_UPDATE_GOLDEN"))
        || Boolean.getBoolean("FFIBIND_UPDATE_GOLDEN");
  }

  static int firstDifference(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return i + 1;
  }
}
