package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Gradle's isolating processing, which {@code META-INF/gradle/incremental.annotation.processors}
 * declares: every generated file has exactly one originating element, the library interface it was
 * generated from, and what is generated for a library depends only on what is reachable from it (its
 * own file and the types it names), never on the other files of the compilation.
 *
 * <p>The processor runs here, as under Gradle, behind a wrapped {@link ProcessingEnvironment} whose
 * {@link Filer} records every file and its originating elements.
 */
class OriginatingElementsTest {
  /**
   * Libraries of every shape (top level, nested, inherited), struct records (top level, nested, one
   * holding another), a callback interface, and a library using them.
   */
  private static final List<JavaFileObject> SOURCES =
      List.of(
          source(
              "Base",
              """
              @NativeLibrary("m")
              public interface Base {
                @Symbol(parameters = {"f64"}, result = "f64")
                double cos(double x);
              }
              """),
          source(
              "Derived",
              """
              @NativeLibrary("m")
              public interface Derived extends Base {
                @Symbol(parameters = {"f64", "f64"}, result = "f64")
                double pow(double x, double y);
              }
              """),
          source(
              "Outer",
              """
              public class Outer {
                @NativeLibrary("")
                public interface Inner {
                  @FreeResult
                  @Symbol(parameters = {"string"}, result = "string")
                  String strdup(String s);

                  @Critical
                  @Symbol(parameters = {"buffer[n]", "usize", "...", "i32"}, result = "i32")
                  int snprintf(byte[] b, long n, int x);
                }
              }
              """),
          source(
              "Unrelated",
              """
              public class Unrelated {
                public static final int ANSWER = 42;
              }
              """),
          source(
              "Point",
              """
              @Struct
              public record Point(double x, double y) {}
              """),
          source(
              "Shapes",
              """
              import java.lang.foreign.MemorySegment;

              public interface Shapes {
                @Struct
                record Line(Point from, Point to, @Field("Point*") MemorySegment raw) {}
              }
              """),
          source(
              "Compare",
              """
              @Callback(parameters = {"i32", "i32"}, result = "i32")
              public interface Compare {
                int compare(int a, int b);
              }
              """),
          source(
              "Geometry",
              """
              @NativeLibrary("geometry")
              public interface Geometry {
                @Symbol(parameters = {"Point", "Point*"}, result = "Point")
                Point mid(Point a, Point[] b);

                @Symbol(parameters = {"function", "i32"}, result = "i32", errno = true)
                int call(Compare compare, int x);
              }
              """));

  /** Each generated file and the one element it is generated from. */
  private static Map<String, List<String>> expectedOrigins() {
    Map<String, List<String>> expected = new TreeMap<>();
    for (String library : List.of("test.Base", "test.Derived", "test.Outer.Inner", "test.Geometry")) {
      expected.put("source " + generated(library), List.of(library));
      expected.put(
          "resource META-INF/native-image/ffibind/" + library + "/reachability-metadata.json", List.of(library));
    }
    for (String struct : List.of("test.Point", "test.Shapes.Line")) {
      expected.put("source " + generated(struct), List.of(struct)); // companions: no metadata, they link nothing
    }
    expected.put("source test.Ffibind_Compare", List.of("test.Compare"));
    expected.put("resource META-INF/native-image/ffibind/test.Compare/reachability-metadata.json", List.of("test.Compare"));
    return expected;
  }

  private static String generated(String qualified) {
    return "test.Ffibind_" + qualified.substring(5).replace('.', '_');
  }

  @Test
  void everyGeneratedFileHasItsDeclarationAsOnlyOriginatingElement() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation c = Compiler.javac().withProcessors(recording).compile(SOURCES);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(expectedOrigins(), recording.files);
  }

  @Test
  void whatADeclarationGeneratesDependsOnlyOnWhatItReaches() {
    Compilation all = Compiler.javac().withProcessors(new FfibindProcessor()).compile(SOURCES);
    assertThat(all).succeeded();
    // Each declaration alone, with only the files it reaches: Derived reaches Base through extends,
    // Line reaches Point through its components, Geometry reaches Point and Compare through its methods.
    Map<String, List<String>> alone =
        Map.of(
            "Ffibind_Base", List.of("Base"),
            "Ffibind_Derived", List.of("Derived", "Base"),
            "Ffibind_Outer_Inner", List.of("Outer"),
            "Ffibind_Point", List.of("Point"),
            "Ffibind_Shapes_Line", List.of("Shapes", "Point"),
            "Ffibind_Compare", List.of("Compare"),
            "Ffibind_Geometry", List.of("Geometry", "Point", "Compare"));
    for (var entry : alone.entrySet()) {
      Compilation one = Compiler.javac().withProcessors(new FfibindProcessor()).compile(sources(entry.getValue()));
      assertThat(one).succeeded();
      String path = "test/" + entry.getKey() + ".java";
      assertEquals(
          text(all.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow()),
          text(one.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow()),
          path);
      for (var file : all.generatedFiles()) {
        if (file.getName().endsWith(entry.getValue().get(0) + "/reachability-metadata.json")) {
          String resource = file.getName().substring(file.getName().indexOf("META-INF"));
          assertEquals(
              text(file), text(one.generatedFile(StandardLocation.CLASS_OUTPUT, resource).orElseThrow()), resource);
        }
      }
    }
  }

  /**
   * The one lookup that reaches past the declaration: a struct name in a type string is also looked
   * up among the records of the package, which the declaration does not reach when no Java type names
   * the record. The generated class then names the record in a non-private signature ({@code
   * $structs}), which makes it a dependency Gradle's class analysis sees: when the record changes or is
   * deleted, Gradle recompiles the generated class's originating element, and the processor runs on it
   * again. Documented in README.md (Gradle), with the one case this cannot cover.
   */
  @Test
  void aStructNamedOnlyInATypeStringIsADependencyOfTheGeneratedClass() throws Exception {
    JavaFileObject byName =
        source(
            "ByName",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("geometry")
            public interface ByName {
              @Symbol(parameters = {"Line*"}, result = "f64")
              double length(MemorySegment line);
            }
            """);
    // Alone, the library does not reach Line: the name is unknown.
    Compilation alone = Compiler.javac().withProcessors(new FfibindProcessor()).compile(byName);
    assertThat(alone).hadErrorContaining("[FFI010] parameter 1 of ByName.length: unknown type \"Line\"");
    // In its package it is found, and the generated binding names it in a package-private signature.
    List<JavaFileObject> sources = List.of(byName, SOURCES.get(4), SOURCES.get(5));
    Compilation c = Compiler.javac().withProcessors(new FfibindProcessor()).compile(sources);
    assertThat(c).succeededWithoutWarnings();
    Class<?> binding = new ForeignRecorder.Loaded(c, sources).loadClass("test.Ffibind_ByName");
    java.lang.reflect.Method structs = null;
    for (java.lang.reflect.Method m : binding.getDeclaredMethods()) {
      if (m.getName().equals("$structs")) {
        structs = m;
      }
    }
    assertTrue(structs != null, "no $structs in " + binding);
    assertEquals(List.of("test.Shapes$Line"), java.util.Arrays.stream(structs.getParameterTypes()).map(Class::getName).toList());
    assertTrue(!java.lang.reflect.Modifier.isPrivate(structs.getModifiers()), "Gradle treats private members as implementation");
    // The companion of a record naming a record in its type strings does the same.
    assertThat(c).generatedSourceFile("test.Ffibind_Shapes_Line").contentsAsUtf8String().contains("static void $structs(Point s0)");
  }

  private static List<JavaFileObject> sources(List<String> simpleNames) {
    List<JavaFileObject> out = new ArrayList<>();
    for (String name : simpleNames) {
      out.add(SOURCES.stream().filter(f -> f.getName().endsWith("/" + name + ".java")).findFirst().orElseThrow());
    }
    return out;
  }

  @Test
  void theProcessorIsDeclaredIsolatingForGradle() throws IOException {
    try (var in = FfibindProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          "io.ffibind.processor.FfibindProcessor,isolating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void theServiceFileAndTheModuleDescriptorProvideTheSameProcessor() throws IOException {
    try (var in = FfibindProcessor.class.getResourceAsStream("/META-INF/services/javax.annotation.processing.Processor")) {
      assertEquals(
          FfibindProcessor.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
    try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("target/classes/module-info.class"))) {
      var descriptor = java.lang.module.ModuleDescriptor.read(in);
      assertEquals("io.ffibind.processor", descriptor.name());
      assertEquals(1, descriptor.provides().size());
      var provides = descriptor.provides().iterator().next();
      assertEquals(Processor.class.getName(), provides.service());
      assertEquals(List.of(FfibindProcessor.class.getName()), provides.providers());
    }
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** FfibindProcessor behind a wrapped environment, as Gradle runs it; records what the Filer makes. */
  static final class RecordingProcessor implements Processor {
    final Map<String, List<String>> files = new TreeMap<>();
    private final FfibindProcessor delegate = new FfibindProcessor();

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new Wrapped(env, new RecordingFiler(env.getFiler())));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        Element element, javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member, String text) {
      return delegate.getCompletions(element, annotation, member, text);
    }

    private void record(String what, Element... origins) {
      List<String> names = new ArrayList<>();
      for (Element e : origins) {
        names.add(e instanceof TypeElement t ? t.getQualifiedName().toString() : String.valueOf(e));
      }
      files.put(what, names);
    }

    private final class RecordingFiler implements Filer {
      private final Filer filer;

      RecordingFiler(Filer filer) {
        this.filer = filer;
      }

      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
        record("source " + name, origins);
        return filer.createSourceFile(name, origins);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
        record("class " + name, origins);
        return filer.createClassFile(name, origins);
      }

      @Override
      public FileObject createResource(
          JavaFileManager.Location location, CharSequence pkg, CharSequence name, Element... origins)
          throws IOException {
        assertEquals(StandardLocation.CLASS_OUTPUT, location, "Gradle accepts resources in CLASS_OUTPUT");
        record("resource " + (pkg.isEmpty() ? "" : pkg + "/") + name, origins);
        return filer.createResource(location, pkg, name, origins);
      }

      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name)
          throws IOException {
        throw new AssertionError("an isolating processor reads no resources: " + name);
      }
    }
  }

  /** A ProcessingEnvironment that is not javac's own, as under Gradle's incremental processing. */
  private record Wrapped(ProcessingEnvironment env, Filer filer) implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }
}
