package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Libraries that refer to classes javac cannot resolve: javac's own error must stand alone, and a
 * class another processor generates in a later round must be waited for, not reported.
 */
class MissingTypesTest {

  @Test
  void forgottenImportShowsOnlyJavacsError() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"pointer"}, result = "pointer")
              MemorySegment realloc(
                  MemorySegment p);
            }
            """);
    Compilation c = Compilations.compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("MemorySegment realloc(");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("MemorySegment p);");
  }

  @Test
  void forgottenImportInAFutureOrAGlobalShowsOnlyJavacsError() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"pointer"}, result = "i32", nonblocking = true)
              CompletableFuture<Integer> later(java.lang.foreign.MemorySegment p);

              @Global(type = "pointer")
              MemorySegment environ();
            }
            """);
    Compilation c = Compilations.compile(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("CompletableFuture<Integer> later(");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("MemorySegment environ();");
  }

  @Test
  void unknownConstantShowsOnlyJavacsError() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"i32"}, result = I32)
              int abs(int x);
            }
            """);
    Compilation c = Compilations.compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("result = I32");
  }

  @Test
  void typeStringSpelledLikeJavacsErrorValueIsStillReported() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {"i32"}, result = "<error>")
              int abs(int x);
            }
            """);
    Compilation c = Compilations.compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI010] result of Lib.abs: \"<error>\" is not a type string")
        .inFile(f)
        .onLineContaining("result = \"<error>\"");
  }

  @Test
  void constantsFromAClassGeneratedInALaterRound() {
    JavaFileObject f =
        source(
            "Lib",
            """
            @NativeLibrary("")
            interface Lib {
              @Symbol(parameters = {CTypes.SIZE}, result = CTypes.SIZE)
              long labs(long x);
            }
            """);
    // The generator comes first: ffibind claims its annotations, so javac offers a round that holds
    // nothing else only to the "*" processors ahead of it (as for any processor that claims).
    Compilation c =
        Compiler.javac().withProcessors(new CTypesGenerator(), new FfibindProcessor()).compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Lib");
  }

  /** Stands for any other processor: generates {@code test.CTypes} in its first round. */
  private static final class CTypesGenerator extends AbstractProcessor {
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
      if (done) {
        return false;
      }
      done = true;
      try (Writer w = processingEnv.getFiler().createSourceFile("test.CTypes").openWriter()) {
        w.write("package test;\n\nfinal class CTypes {\n  static final String SIZE = \"usize\";\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
