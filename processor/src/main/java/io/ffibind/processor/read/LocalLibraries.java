package io.ffibind.processor.read;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import io.ffibind.processor.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.Elements;

/**
 * Finds {@code @NativeLibrary}, {@code @Callback}, {@code @Struct} and {@code @Union} types declared
 * inside method bodies, initializers or lambdas. Annotation processing never sees such local types,
 * so without this scan they would compile silently and fail only when {@code Native.load} (or a
 * binding, or a companion) needs a generated class that does not exist. Their annotations are not
 * resolved yet, so the name is matched as the source spells it.
 */
public final class LocalLibraries {
  private static final String PACKAGE = "io.ffibind";
  /** The annotations that generate a class for the type they are on. */
  private static final List<String> SIMPLE_NAMES = List.of("NativeLibrary", "Callback", "Struct", "Union");

  /**
   * A local type annotated with one of ffibind's generating annotations: its name, kind, the
   * annotation's simple name ({@code NativeLibrary}, {@code Callback}, {@code Struct}, {@code Union})
   * and where to report.
   */
  public record Found(
      String name, ElementKind kind, String annotationName, SourcePosition declaration, SourcePosition annotation) {}

  private final Trees trees;
  private final JavacTask task;
  private final Elements elements;
  private final Set<Object> scannedFiles = new HashSet<>();

  private LocalLibraries(Trees trees, JavacTask task, Elements elements) {
    this.trees = trees;
    this.task = task;
    this.elements = elements;
  }

  /**
   * A scanner; it finds nothing when the compiler is not javac, or when a build tool wraps javac's
   * processing environment (Gradle's incremental processing does), since neither has source trees.
   */
  public static LocalLibraries create(ProcessingEnvironment env) {
    Trees trees;
    JavacTask task;
    try {
      trees = Trees.instance(env);
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | IllegalStateException | LinkageError e) {
      trees = null;
      task = null;
    }
    return new LocalLibraries(trees, task, env.getElementUtils());
  }

  /**
   * Also scans each file once javac has analyzed it, for the files no processing round showed the
   * processor: a file whose only ffibind annotation is on a local type has no annotation processing
   * can see, so javac may never call the processor for it. Files already scanned in a round are not
   * scanned again.
   */
  public void checkEveryAnalyzedFile(Consumer<Found> report) {
    if (task == null) {
      return;
    }
    task.addTaskListener(
        new TaskListener() {
          @Override
          public void finished(TaskEvent event) {
            if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
              return;
            }
            try {
              find(Set.of(event.getTypeElement())).forEach(report);
            } catch (RuntimeException | LinkageError e) {
              // A check must never break the compilation it checks; the processor's rounds still ran.
            }
          }
        });
  }

  /** The local libraries in the files of {@code roots} not scanned before. */
  public List<Found> find(Set<? extends Element> roots) {
    List<Found> found = new ArrayList<>();
    if (trees == null) {
      return found;
    }
    for (Element root : roots) {
      TreePath path = trees.getPath(root);
      if (path == null || !scannedFiles.add(path.getCompilationUnit().getSourceFile().toUri())) {
        continue;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      for (Tree type : unit.getTypeDecls()) {
        scanMembers(type, unit, found);
      }
    }
    return found;
  }

  /** Member types are visible to processing; everything else in a type body may hold local types. */
  private void scanMembers(Tree tree, CompilationUnitTree unit, List<Found> found) {
    if (!(tree instanceof ClassTree type)) {
      return;
    }
    for (Tree member : type.getMembers()) {
      if (member instanceof ClassTree) {
        scanMembers(member, unit, found);
      } else {
        new LocalScanner(unit, found).scan(member, null);
      }
    }
  }

  /** Reports every annotated class below the tree it scans, local classes' members included. */
  private final class LocalScanner extends TreeScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final List<Found> found;

    LocalScanner(CompilationUnitTree unit, List<Found> found) {
      this.unit = unit;
      this.found = found;
    }

    @Override
    public Void visitClass(ClassTree type, Void unused) {
      for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
        String name = ffibindAnnotation(annotation, unit);
        if (name != null) {
          found.add(
              new Found(
                  type.getSimpleName().toString(),
                  kindOf(type.getKind()),
                  name,
                  (kind, text) -> trees.printMessage(kind, text, type, unit),
                  (kind, text) -> trees.printMessage(kind, text, annotation, unit)));
          break; // one report per type, for its first generating annotation
        }
      }
      return super.visitClass(type, unused);
    }
  }

  private static ElementKind kindOf(Tree.Kind kind) {
    return switch (kind) {
      case INTERFACE -> ElementKind.INTERFACE;
      case ENUM -> ElementKind.ENUM;
      case RECORD -> ElementKind.RECORD;
      case ANNOTATION_TYPE -> ElementKind.ANNOTATION_TYPE;
      default -> ElementKind.CLASS;
    };
  }

  /** The simple name of the generating ffibind annotation {@code annotation} is, or null. */
  private String ffibindAnnotation(AnnotationTree annotation, CompilationUnitTree unit) {
    for (String simpleName : SIMPLE_NAMES) {
      if (is(annotation, simpleName, unit)) {
        return simpleName;
      }
    }
    return null;
  }

  private boolean is(AnnotationTree annotation, String simpleName, CompilationUnitTree unit) {
    String name = annotation.getAnnotationType().toString();
    if (name.equals(PACKAGE + "." + simpleName)) {
      return true;
    }
    if (!name.equals(simpleName)) {
      return false;
    }
    String own = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    if (own.equals(PACKAGE) || imports(unit, PACKAGE + "." + simpleName)) {
      return true;
    }
    // An on-demand import loses to a type of that name imported by name or in the file's own package.
    String sibling = own.isEmpty() ? simpleName : own + "." + simpleName;
    return imports(unit, PACKAGE + ".*") && !importsSimpleName(unit, simpleName)
        && elements.getTypeElement(sibling) == null;
  }

  private static boolean importsSimpleName(CompilationUnitTree unit, String simpleName) {
    for (ImportTree i : unit.getImports()) {
      if (!i.isStatic() && i.getQualifiedIdentifier().toString().endsWith("." + simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static boolean imports(CompilationUnitTree unit, String name) {
    for (ImportTree i : unit.getImports()) {
      if (!i.isStatic() && i.getQualifiedIdentifier().toString().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
