package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The companion generated for a representative struct, compared with a golden file as {@link
 * GoldenSourceTest} does (rewritten with {@code FFIBIND_UPDATE_GOLDEN=true}); and where struct names
 * resolve from.
 */
class StructSourcesTest {
  private static final String SPAN =
      """
      import java.lang.foreign.MemorySegment;

      @Struct(name = "span", size = 40, align = 8)
      record Span(
          String label,
          @Field("f64[count]*") double[] values,
          @Field("u32") long count,
          Vec origin,
          @Field("span*") Span next) {}

      @Struct(name = "vec")
      record Vec(float x, float y) {}
      """;

  @Test
  void companionMatchesTheGoldenFile() throws IOException {
    Compilation c = compile(source("Span", SPAN));
    assertThat(c).succeededWithoutWarnings();
    String actual = c.generatedSourceFile("test.Ffibind_Span").orElseThrow().getCharContent(false).toString();
    Path golden = Path.of(System.getProperty("ffibind.golden.dir", "src/test/resources/golden")).resolve("Ffibind_Span.java");
    if ("true".equalsIgnoreCase(System.getenv("FFIBIND_UPDATE_GOLDEN")) || Boolean.getBoolean("FFIBIND_UPDATE_GOLDEN")) {
      Files.writeString(golden, actual);
      return;
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + ": run once with FFIBIND_UPDATE_GOLDEN=true");
    assertEquals(Files.readString(golden), actual,
        "generated companion differs from " + golden + "; if intended, rerun with FFIBIND_UPDATE_GOLDEN=true");
  }

  @Test
  void namesResolveThroughTheMethodsJavaTypesAcrossPackages() {
    JavaFileObject geometry = JavaFileObjects.forSourceString("geo.Point",
        "package geo;\n\nimport io.ffibind.*;\n\n@Struct(name = \"point\")\npublic record Point(double x, double y) {}\n");
    JavaFileObject library = source("Lib",
        """
        import geo.Point;

        @NativeLibrary("m")
        interface Lib {
          @Symbol(parameters = "point*", result = "point")
          Point copy(Point p);
        }
        """);
    Compilation c = compile(geometry, library);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("geo.Ffibind_Point");
  }

  @Test
  void namesResolveInTheSamePackageWithoutAJavaType() {
    JavaFileObject point = source("Point", "@Struct record Point(double x, double y) {}\n");
    JavaFileObject library = source("Lib",
        """
        import java.lang.foreign.MemorySegment;

        @NativeLibrary("m")
        interface Lib {
          @Symbol(parameters = {"Point", "Point[]"}, result = "f64")
          double len(MemorySegment p, MemorySegment all);
        }
        """);
    assertThat(compile(point, library)).succeededWithoutWarnings();
  }

  @Test
  void aStructWhoseFieldTypeALaterRoundGeneratesIsWaitedFor() {
    JavaFileObject f = source("Lib",
        """
        @NativeLibrary("m")
        interface Lib {
          @Struct record Holder(int id, Gen gen) {}

          @Symbol(parameters = "Holder", result = "Holder")
          Holder echo(Holder h);
        }
        """);
    // The generator first: ffibind claims its annotations, so a "*" processor listed after it is not
    // offered a round that holds only ffibind's.
    Compilation c = Compiler.javac().withProcessors(new GenGenerator(), new FfibindProcessor()).compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
    assertThat(c).generatedSourceFile("test.Ffibind_Lib_Holder");
    assertThat(c).generatedSourceFile("test.Ffibind_Gen");
  }

  /** Stands for another processor: generates the struct record {@code test.Gen} in its first round. */
  private static final class GenGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("test.Gen").openWriter()) {
          w.write("package test;\n\n@io.ffibind.Struct\npublic record Gen(int a, double b) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aNameFromAnotherPackageIsNotInScopeWithoutAJavaType() {
    JavaFileObject geometry = JavaFileObjects.forSourceString("geo.Point",
        "package geo;\n\nimport io.ffibind.*;\n\n@Struct(name = \"point\")\npublic record Point(double x, double y) {}\n");
    JavaFileObject library = source("Lib",
        """
        import java.lang.foreign.MemorySegment;

        @NativeLibrary("m")
        interface Lib {
          @Symbol(parameters = "point", result = "f64")
          double len(MemorySegment p);
        }
        """);
    Compilation c = compile(geometry, library);
    assertThat(c).hadErrorContaining("[FFI010] parameter 1 of Lib.len: unknown type \"point\": did you mean \"");
  }
}
