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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated source of a representative callback and of a library method that passes and returns
 * callbacks, of a callback that takes and returns structs and of a struct whose fields are callbacks,
 * compared as text with golden files ({@code FFIBIND_UPDATE_GOLDEN=true} rewrites them).
 */
class CallbackGoldenSourceTest {
  private static final String VISITOR =
      """
      import java.lang.foreign.MemorySegment;

      @Callback(
          parameters = {"i32", "u8", "string", "string[2]", "i32[count]", "const buffer[4]", "pointer", "usize", "pointer", "function"},
          result = "u16",
          onError = "65535")
      public interface Visitor {
        char visit(int a, int b, String s, String[] pair, int[] values, MemorySegment four, MemorySegment p,
            long count, MemorySegment raw, BinOp op);
      }
      """;

  private static final String BIN_OP =
      """
      @Callback(parameters = {"i32", "i32"}, result = "i32")
      public interface BinOp {
        int apply(int a, int b);
      }
      """;

  private static final String POINT =
      """
      @Struct(name = "point")
      public record Point(double x, double y) {}
      """;

  /** Structs by value, by pointer and in an array; a struct result. */
  private static final String TRANSFORM =
      """
      import java.lang.foreign.MemorySegment;

      @Callback(parameters = {"const point*", "point", "point[n]", "i32", "ops*"}, result = "point")
      public interface Transform {
        Point apply(Point p, Point q, Point[] all, int n, MemorySegment ops);
      }
      """;

  /** A vtable: struct fields whose Java types are callback interfaces. */
  private static final String OPS =
      """
      @Struct(name = "ops")
      public record Ops(BinOp op, Transform transform, int base) {}
      """;

  private static final String LIBRARY =
      """
      @NativeLibrary("callbacks")
      public interface Lib {
        @Symbol(parameters = {"function", "i32"}, result = "i32")
        int call(BinOp op, int v);

        @Symbol(parameters = {"function", "function", "string"})
        void both(BinOp first, BinOp second, String name);

        @Symbol(result = "function")
        BinOp adder();

        @Symbol(parameters = {"string", "function*"}, result = "i32")
        int find(String name, BinOp[] out);

        @Symbol(parameters = {"const ops*", "point*"}, result = "point")
        Point run(Ops ops, java.lang.foreign.MemorySegment out);
      }
      """;

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    JavaFileObject visitor = source("Visitor", VISITOR);
    Compilation c = compile(visitor, source("BinOp", BIN_OP), source("Lib", LIBRARY), source("Point", POINT),
        source("Transform", TRANSFORM), source("Ops", OPS));
    assertThat(c).succeededWithoutWarnings();
    for (String generated : new String[] {"Ffibind_Visitor", "Ffibind_BinOp", "Ffibind_Lib", "Ffibind_Transform",
        "Ffibind_Ops"}) {
      String actual = c.generatedSourceFile("test." + generated).orElseThrow().getCharContent(false).toString();
      compare(generated, actual);
    }
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = GoldenSourceTest.goldenDir().resolve(name + ".java");
    if (GoldenSourceTest.updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
      return;
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + ": run once with FFIBIND_UPDATE_GOLDEN=true");
    String expected = Files.readString(golden);
    assertEquals(
        expected,
        actual,
        "generated source differs from " + golden + " first at line "
            + GoldenSourceTest.firstDifference(expected, actual)
            + "; if the change is intended, rerun with FFIBIND_UPDATE_GOLDEN=true and review the diff");
  }
}
