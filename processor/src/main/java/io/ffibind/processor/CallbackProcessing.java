package io.ffibind.processor;

import com.palantir.javapoet.JavaFile;
import io.ffibind.processor.check.CallbackChecks;
import io.ffibind.processor.check.CallbackTypeChecks;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.gen.CallbackWriter;
import io.ffibind.processor.gen.NativeImageMetadata;
import io.ffibind.processor.model.CallbackModel;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.read.Annotations;
import io.ffibind.processor.read.CallbackDeclaration;
import io.ffibind.processor.read.CallbackReader;
import io.ffibind.processor.read.MemberTypes;
import io.ffibind.processor.read.MissingTypes;
import io.ffibind.processor.types.JavaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Callback} interfaces of each round: read → check → generate {@code Ffibind_<Callback>}.
 * A callback that fails its checks is not generated, and neither is anything that uses it (another
 * callback taking it as a parameter, a library passing it): their generated code would not compile,
 * and the callback's own errors already say what to fix.
 */
final class CallbackProcessing {
  private final ProcessingEnvironment env;
  private final GeneratedFiles files;
  private final Set<String> generated = new HashSet<>();
  /** Callbacks not generated, by qualified name: invalid, or using one that is. */
  private final Set<String> failed = new HashSet<>();
  /** Callbacks that refer to types not resolved yet: a later round may generate them. */
  private final Set<String> deferred = new LinkedHashSet<>();

  CallbackProcessing(ProcessingEnvironment env, GeneratedFiles files) {
    this.env = env;
    this.files = files;
  }

  /**
   * @param guard runs a step so that a failure of ours becomes an error on the element, not a crash
   * @param generatedAnnotation whether code generated beside a type may carry {@code @Generated}
   */
  void process(
      Set<? extends TypeElement> annotated,
      boolean lastRound,
      Diagnostics diagnostics,
      BiConsumer<TypeElement, Runnable> guard,
      Predicate<TypeElement> generatedAnnotation) {
    List<TypeElement> callbacks = new ArrayList<>();
    deferred.forEach(name -> callbacks.add(env.getElementUtils().getTypeElement(name)));
    deferred.clear();
    callbacks.addAll(annotated);
    Map<String, CallbackModel> valid = new LinkedHashMap<>();
    Map<String, TypeElement> origins = new LinkedHashMap<>();
    for (TypeElement type : callbacks) {
      if (type != null) {
        guard.accept(type, () -> check(type, lastRound, diagnostics).ifPresent(model -> {
          valid.put(qualifiedName(model), model);
          origins.put(qualifiedName(model), type);
        }));
      }
    }
    // A callback that uses a failed one fails too, and so on.
    boolean changed = true;
    while (changed) {
      changed = valid.values().removeIf(model -> {
        boolean uses = model.callbacksUsed().stream().anyMatch(ref -> failed.contains(ref.qualifiedName()));
        if (uses) {
          failed.add(qualifiedName(model));
        }
        return uses;
      });
    }
    valid.forEach((name, model) -> guard.accept(origins.get(name), () -> {
      if (generated.add(name)) {
        write(model, origins.get(name), generatedAnnotation.test(origins.get(name)), diagnostics);
      }
    }));
  }

  /** Whether the library's generated code can use every callback it names. */
  boolean usable(LibraryModel library) {
    return library.functions().stream()
        .flatMap(CallbackProcessing::types)
        .filter(t -> t.is(JavaType.Kind.CALLBACK))
        .noneMatch(t -> failed.contains(t.declared().qualifiedName()));
  }

  private Optional<CallbackModel> check(TypeElement type, boolean lastRound, Diagnostics diagnostics) {
    String name = type.getQualifiedName().toString();
    AnnotationMirror annotation = Annotations.find(type, Annotations.CALLBACK).orElseThrow();
    if (!CallbackTypeChecks.check(type, annotation, diagnostics)) {
      failed.add(name);
      return Optional.empty();
    }
    CallbackDeclaration declaration = new CallbackReader(env).read(type, annotation);
    boolean missingTypes = MissingTypes.in(declaration);
    if (missingTypes && !lastRound) {
      deferred.add(name);
      return Optional.empty();
    }
    Optional<CallbackModel> model = CallbackChecks.check(declaration, diagnostics);
    if (model.isEmpty() || missingTypes) {
      failed.add(name);
      return Optional.empty();
    }
    return model;
  }

  private void write(CallbackModel model, TypeElement origin, boolean generatedAnnotation, Diagnostics diagnostics) {
    JavaFile file = CallbackWriter.write(model, generatedAnnotation, MemberTypes.inheritedFrom(origin));
    if (!files.source(model.packageName(), model.generatedName(), file, origin, diagnostics)) {
      failed.add(qualifiedName(model)); // what uses it is not generated either
      return;
    }
    // Callback type strings name no structs (yet): a struct here would be a bug of ours, reported.
    NativeImageMetadata.Structs noStructs = ref -> {
      throw new IllegalStateException("a struct in callback " + model.interfaceName() + ": " + ref.cName());
    };
    files.resource(NativeImageMetadata.resourceName(model), NativeImageMetadata.json(model, noStructs), origin);
  }

  private static String qualifiedName(CallbackModel model) {
    return model.packageName().isEmpty() ? model.interfaceName() : model.packageName() + "." + model.interfaceName();
  }

  private static Stream<JavaType> types(FunctionModel f) {
    return Stream.concat(f.parameters().stream().map(FunctionModel.ParameterModel::javaType), Stream.of(f.returnType()));
  }
}
