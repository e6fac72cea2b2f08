package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor claims ffibind's annotations, those of structs, callbacks and globals included (so
 * {@code -Xlint:processing} has nothing to report in a {@code -Werror} build), still finds {@code @NativeLibrary} types inside methods although no round
 * shows them, and leaves every other annotation to the processors that own it.
 */
class ClaimingTest {
  private static final JavaFileObject LIBRARY =
      source(
          "Lib",
          """
          @NativeLibrary("m")
          @Marker
          public interface Lib {
            @Struct
            record Point(double x, @Field("f64") double y) {}

            @Union
            record Value(int i, float f) {}

            @Callback(parameters = "i32", result = "i32")
            interface Op {
              int apply(int x);
            }

            @Critical
            @Symbol(parameters = {"f64"}, result = "f64")
            double cos(double x);

            @FreeResult
            @Symbol(parameters = {"string"}, result = "string")
            String strdup(String s);

            @Symbol(parameters = {"Point", "Value", "function"}, result = "i32", errno = true)
            int call(Point p, Value v, Op op);

            @Global(type = "i32", optional = true)
            int counter();
          }
          """);

  private static final JavaFileObject MARKER =
      JavaFileObjects.forSourceString(
          "test.Marker", "package test;\n\npublic @interface Marker {}\n");

  @Test
  void ownAnnotationsAreClaimedSoLintProcessingStaysQuiet() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new FfibindProcessor(), new MarkerProcessor())
            .withOptions("-Xlint:all", "-Werror")
            .compile(LIBRARY, MARKER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
  }

  @Test
  void withoutAnOwnerForItsAnnotationLintProcessingWouldWarn() {
    // What -Xlint:processing reports: proof that the test above would see an unclaimed annotation.
    Compilation c =
        Compiler.javac()
            .withProcessors(new FfibindProcessor())
            .withOptions("-Xlint:processing")
            .compile(LIBRARY, MARKER);
    assertThat(c).hadWarningContaining("No processor claimed any of these annotations: /test.Marker");
    assertThat(c).hadWarningCount(1); // not ffibind's, nor the @Generated of the generated class
  }

  @Test
  void anotherProcessorStillProcessesItsAnnotationInEitherOrder() {
    for (Processor[] processors :
        new Processor[][] {
          {new FfibindProcessor(), new MarkerProcessor()}, {new MarkerProcessor(), new FfibindProcessor()}
        }) {
      Compilation c = Compiler.javac().withProcessors(processors).compile(LIBRARY, MARKER);
      assertThat(c).succeededWithoutWarnings();
      assertThat(c).generatedSourceFile("test.Ffibind_Lib");
      assertThat(c).generatedSourceFile("test.LibMarked");
    }
  }

  @Test
  void aProcessorOfEveryAnnotationAheadOfFfibindSeesOursToo() {
    EveryAnnotation every = new EveryAnnotation();
    Compilation c = Compiler.javac().withProcessors(every, new FfibindProcessor()).compile(LIBRARY, MARKER);
    assertThat(c).succeededWithoutWarnings();
    org.junit.jupiter.api.Assertions.assertTrue(
        every.seen.containsAll(Set.of(
            "io.ffibind.NativeLibrary", "io.ffibind.Symbol", "io.ffibind.Struct", "io.ffibind.Union",
            "io.ffibind.Field", "io.ffibind.Callback", "io.ffibind.Global", "test.Marker")),
        every.seen::toString);
  }

  @Test
  void aLibraryInsideAMethodIsAnErrorWhenNothingElseInTheCompilationIsAnnotated() {
    JavaFileObject f =
        source(
            "Outer",
            """
            class Outer {
              Runnable r = () -> {
                @NativeLibrary("m")
                interface Lib {}
              };
            }
            """);
    Compilation c = Compilations.compile(f);
    assertThat(c).hadErrorContaining("[FFI002] Lib cannot be implemented by generated code").inFile(f)
        .onLineContaining("interface Lib");
    assertThat(c).hadErrorCount(1);
  }

  /** Generates {@code <Name>Marked} for every type annotated {@code @test.Marker}, and claims it. */
  static final class MarkerProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("test.Marker");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (Element e : round.getElementsAnnotatedWith(annotation)) {
          String name = "test." + e.getSimpleName() + "Marked";
          try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(name, e);
            try (Writer w = file.openWriter()) {
              w.write("package test;\n\nfinal class " + e.getSimpleName() + "Marked {}\n");
            }
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }
      }
      return true;
    }
  }

  /** Supports "*" and claims nothing, like many analysis processors. */
  static final class EveryAnnotation extends AbstractProcessor {
    final Set<String> seen = new java.util.TreeSet<>();

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
      annotations.forEach(a -> seen.add(a.getQualifiedName().toString()));
      return false;
    }
  }
}
