package io.ffibind.processor;

import com.palantir.javapoet.JavaFile;
import io.ffibind.processor.check.GlobalPlacement;
import io.ffibind.processor.check.LibraryChecks;
import io.ffibind.processor.check.LibraryVerification;
import io.ffibind.processor.check.LocalTypeChecks;
import io.ffibind.processor.check.StructFieldPlacement;
import io.ffibind.processor.check.StructRegistry;
import io.ffibind.processor.check.TypeChecks;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import io.ffibind.processor.gen.BindingWriter;
import io.ffibind.processor.gen.CompanionWriter;
import io.ffibind.processor.gen.NativeImageMetadata;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.read.Annotations;
import io.ffibind.processor.read.LibraryDeclaration;
import io.ffibind.processor.read.LibraryReader;
import io.ffibind.processor.read.LocalLibraries;
import io.ffibind.processor.read.MemberTypes;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.read.StructReader;
import io.ffibind.processor.read.StructScopes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The ffibind annotation processor: for every {@code @NativeLibrary} interface, read → check →
 * generate. A thin loop: every failure, even a bug of ours, becomes an error on the element being
 * processed, never a javac crash.
 */
public final class FfibindProcessor extends AbstractProcessor {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Set<String> generated = new HashSet<>();
  /** Libraries that refer to types not resolved yet: a later round may generate them. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Struct records whose component types are not resolved yet. */
  private final Set<String> deferredStructs = new LinkedHashSet<>();
  private LocalLibraries localLibraries;
  /** Checks against the real libraries, when -Affibind.libraryPath says where they are. */
  private Optional<LibraryVerification> verification = Optional.empty();
  private CallbackProcessing callbacks;
  private GeneratedFiles files;
  /** Struct records whose companion could not be written (FFI028): what uses them is not generated. */
  private final Set<String> withoutCompanion = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    localLibraries = LocalLibraries.create(env);
    verification = LibraryVerification.fromOptions(env.getOptions());
    files = new GeneratedFiles(env);
    callbacks = new CallbackProcessing(env, files);
    localLibraries.checkEveryAnalyzedFile(
        local -> LocalTypeChecks.check(local, new Diagnostics(env.getMessager())));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return LibraryVerification.options();
  }

  /**
   * ffibind's own annotations, which it claims: no other processor has a use for them, and claiming
   * them keeps {@code -Xlint:processing} quiet in users' {@code -Werror} builds. So is {@code
   * @Generated}, which generated bindings carry into the next round (it has source retention and is
   * only read by tools such as Error Prone, never by a processor). Other annotations are left to other
   * processors.
   *
   * <p>A file whose only {@code @NativeLibrary} is inside a method shows javac no annotation at all, so
   * this processor may never be called for it: {@link LocalLibraries} also scans every file javac
   * analyzes, and each file is checked once either way.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.PACKAGE + ".*", GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    TypeElement libraryAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.NATIVE_LIBRARY);
    TypeElement symbolAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.SYMBOL);
    if (libraryAnnotation == null || symbolAnnotation == null) {
      return false; // ffibind-runtime is not on the classpath, so nothing here uses ffibind
    }
    StructScopes scopes = new StructScopes(processingEnv.getElementUtils());
    StructRegistry structs =
        new StructRegistry(new StructReader(processingEnv.getElementUtils(), scopes), scopes, diagnostics);
    List<PendingCompanion> companions = structs(round, structs, diagnostics);
    // Callbacks before libraries: a library that uses an invalid one is not generated.
    TypeElement callbackAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.CALLBACK);
    if (callbackAnnotation != null) {
      callbacks.process(
          new LinkedHashSet<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(callbackAnnotation))),
          round.processingOver(),
          structs,
          scopes,
          diagnostics,
          (type, work) -> guarded(type, diagnostics, work),
          origin -> visibleFrom(origin, GENERATED));
    }
    // Companions after callbacks: one whose fields reach a callback that was not generated is not either.
    for (PendingCompanion companion : companions) {
      guarded(companion.type(), diagnostics, () -> {
        if (!callbacks.reachesFailed(structs, companion.model().ref().record())
            && generated.add(companion.type().getQualifiedName().toString())) {
          JavaFile file = CompanionWriter.write(companion.model(), visibleFrom(companion.type(), GENERATED));
          if (!files.source(companion.model().packageName(), companion.model().companionName(), file,
              companion.type(), diagnostics)) {
            withoutCompanion.add(companion.type().getQualifiedName().toString());
          }
        }
      });
    }
    List<TypeElement> libraries = new ArrayList<>();
    deferred.forEach(name -> libraries.add(processingEnv.getElementUtils().getTypeElement(name)));
    deferred.clear();
    // Only types and methods: javac itself rejects the annotations anywhere else.
    libraries.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(libraryAnnotation)));
    for (TypeElement library : libraries) {
      if (library != null) {
        guarded(library, diagnostics, () -> processLibrary(library, round.processingOver(), structs, diagnostics));
      }
    }
    for (Element element : ElementFilter.methodsIn(round.getElementsAnnotatedWith(symbolAnnotation))) {
      guarded(element, diagnostics, () -> checkSymbolPlacement(element, diagnostics));
    }
    TypeElement globalAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.GLOBAL);
    if (globalAnnotation != null) {
      for (Element element : ElementFilter.methodsIn(round.getElementsAnnotatedWith(globalAnnotation))) {
        guarded(element, diagnostics, () -> GlobalPlacement.check(element, diagnostics));
      }
    }
    for (Element root : round.getRootElements()) {
      guarded(root, diagnostics, () -> {
        for (LocalLibraries.Found local : localLibraries.find(Set.of(root))) {
          LocalTypeChecks.check(local, diagnostics);
        }
      });
    }
    return true; // ffibind's annotations are ffibind's alone
  }

  /** A valid struct record whose companion is written once the round's callbacks are known. */
  private record PendingCompanion(TypeElement type, io.ffibind.processor.model.StructModel model) {}

  /**
   * Every {@code @Struct}/{@code @Union} type of the round gets checked and, when valid, its
   * companion, whether or not a library uses it; {@code @Field} outside such a record is an error.
   */
  private List<PendingCompanion> structs(RoundEnvironment round, StructRegistry structs, Diagnostics diagnostics) {
    List<PendingCompanion> pending = new ArrayList<>();
    List<TypeElement> types = new ArrayList<>();
    deferredStructs.forEach(name -> types.add(processingEnv.getElementUtils().getTypeElement(name)));
    deferredStructs.clear();
    for (String annotation : List.of(Annotations.STRUCT, Annotations.UNION)) {
      TypeElement a = processingEnv.getElementUtils().getTypeElement(annotation);
      if (a != null) {
        types.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(a)));
      }
    }
    for (TypeElement type : new LinkedHashSet<>(types)) {
      if (type == null || generated.contains(type.getQualifiedName().toString())) {
        continue;
      }
      guarded(type, diagnostics, () -> {
        if (!round.processingOver() && MissingTypes.inRecord(type)) {
          deferredStructs.add(type.getQualifiedName().toString());
          return;
        }
        structs.model(type).ifPresent(model -> pending.add(new PendingCompanion(type, model)));
      });
    }
    TypeElement field = processingEnv.getElementUtils().getTypeElement(Annotations.FIELD);
    if (field != null) {
      for (Element component : round.getElementsAnnotatedWith(field)) {
        guarded(component, diagnostics, () -> StructFieldPlacement.check(component, diagnostics));
      }
    }
    return pending;
  }

  private void processLibrary(TypeElement type, boolean lastRound, StructRegistry structs, Diagnostics diagnostics) {
    AnnotationMirror annotation = Annotations.find(type, Annotations.NATIVE_LIBRARY).orElseThrow();
    if (!TypeChecks.check(type, annotation, diagnostics)) {
      return;
    }
    LibraryDeclaration declaration = new LibraryReader(processingEnv).read(type, annotation);
    boolean missingTypes = MissingTypes.in(declaration);
    if (missingTypes && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    // Last round: javac reports what is still missing, the checks report everything else.
    structs.takeIncomplete();
    Optional<LibraryModel> model = LibraryChecks.check(declaration, structs, diagnostics);
    if (model.isEmpty() && structs.takeIncomplete() && !lastRound) {
      // A struct it uses has fields javac cannot resolve yet: a later round may generate them.
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    if (model.isPresent() && !missingTypes && callbacks.usable(model.get(), structs)
        && model.get().structsUsed().stream().noneMatch(withoutCompanion::contains)
        && generated.add(type.getQualifiedName().toString())) {
      verification.ifPresent(v -> v.verify(declaration, model.get(), structs, diagnostics));
      write(model.get(), type, structModels(structs), diagnostics);
    }
  }

  /** {@code @Symbol} belongs on abstract methods of {@code @NativeLibrary} interfaces only. */
  private void checkSymbolPlacement(Element element, Diagnostics diagnostics) {
    Element owner = element.getEnclosingElement();
    AnnotationMirror symbol = Annotations.find(element, Annotations.SYMBOL).orElseThrow();
    String name = owner.getSimpleName() + "." + element.getSimpleName();
    boolean inLibrary =
        owner.getKind() == ElementKind.INTERFACE
            && Annotations.find(owner, Annotations.NATIVE_LIBRARY).isPresent();
    if (!inLibrary && Annotations.find(owner, Annotations.NATIVE_LIBRARY).isPresent()) {
      return; // a @NativeLibrary class, enum or record: its own error says what to change
    }
    if (!inLibrary) {
      diagnostics.report(Message.SYMBOL_OUTSIDE_LIBRARY, element, symbol, null, name, owner.getSimpleName());
    } else if (element.getModifiers().contains(Modifier.DEFAULT)
        || element.getModifiers().contains(Modifier.STATIC)
        || element.getModifiers().contains(Modifier.PRIVATE)) {
      String kind = element.getModifiers().contains(Modifier.DEFAULT) ? "default"
          : element.getModifiers().contains(Modifier.STATIC) ? "static" : "private";
      diagnostics.report(Message.SYMBOL_NOT_ABSTRACT, element, symbol, null, kind, name);
    }
  }

  private void write(
      LibraryModel model, TypeElement origin, NativeImageMetadata.Structs structs, Diagnostics diagnostics) {
    JavaFile file = BindingWriter.write(model, visibleFrom(origin, GENERATED), MemberTypes.inheritedFrom(origin));
    if (files.source(model.packageName(), model.generatedName(), file, origin, diagnostics)) {
      files.resource(NativeImageMetadata.resourceName(model), NativeImageMetadata.json(model, structs), origin);
    }
  }

  /**
   * The checked models of the structs a library's descriptors hold by value, for its native-image
   * metadata: every one was checked for this library, in this round.
   */
  static NativeImageMetadata.Structs structModels(StructRegistry structs) {
    return ref -> structs.checkedModel(ref.record().qualifiedName())
        .orElseThrow(() -> new IllegalStateException("no checked layout for " + ref.cName()));
  }

  /**
   * Whether generated code next to {@code origin} may name {@code type}: in a named module only what
   * the module reads ({@code @Generated} needs {@code requires java.compiler}).
   */
  private boolean visibleFrom(Element origin, String type) {
    var elements = processingEnv.getElementUtils();
    var module = elements.getModuleOf(origin);
    return module == null || module.isUnnamed()
        ? elements.getTypeElement(type) != null
        : elements.getTypeElement(module, type) != null;
  }

  private static void guarded(Element element, Diagnostics diagnostics, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      String firstFrames = trace.toString().lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse("");
      diagnostics.report(Message.INTERNAL_ERROR, element, element.getSimpleName(), firstFrames);
    }
  }
}
