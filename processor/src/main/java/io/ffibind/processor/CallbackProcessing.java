package io.ffibind.processor;

import com.palantir.javapoet.JavaFile;
import io.ffibind.processor.check.CallbackChecks;
import io.ffibind.processor.check.CallbackTypeChecks;
import io.ffibind.processor.check.StructRegistry;
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
import io.ffibind.processor.read.StructScopes;
import io.ffibind.processor.types.JavaType;
import io.ffibind.processor.types.NativeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * callback taking it as a parameter, a library passing it, a struct holding it in a field, and what
 * holds or passes such a struct): their generated code would not compile, and the callback's own
 * errors already say what to fix.
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
      StructRegistry structs,
      StructScopes scopes,
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
        guard.accept(type, () -> check(type, lastRound, structs, scopes, diagnostics).ifPresent(model -> {
          valid.put(qualifiedName(model), model);
          origins.put(qualifiedName(model), type);
        }));
      }
    }
    // A callback that uses a failed one fails too, directly or through a struct's fields, and so on.
    boolean changed = true;
    while (changed) {
      changed = valid.values().removeIf(model -> {
        boolean uses = model.callbacksUsed().stream().anyMatch(ref -> failed.contains(ref.qualifiedName()))
            || model.structsUsed().stream().anyMatch(ref -> reachesFailed(structs, ref));
        if (uses) {
          failed.add(qualifiedName(model));
        }
        return uses;
      });
    }
    valid.forEach((name, model) -> guard.accept(origins.get(name), () -> {
      if (generated.add(name)) {
        write(model, origins.get(name), generatedAnnotation.test(origins.get(name)), structs, diagnostics);
      }
    }));
  }

  /**
   * Whether the library's generated code can use every callback it names, and every struct it names
   * (a struct whose fields reach a failed callback has no companion).
   */
  boolean usable(LibraryModel library, StructRegistry structs) {
    boolean callbacks = library.functions().stream()
        .flatMap(CallbackProcessing::types)
        .filter(t -> t.is(JavaType.Kind.CALLBACK))
        .noneMatch(t -> failed.contains(t.declared().qualifiedName()));
    return callbacks && library.functions().stream()
        .flatMap(f -> Stream.concat(f.parameters().stream().map(FunctionModel.ParameterModel::nativeType), Stream.of(f.resultType())))
        .map(CallbackProcessing::structOf)
        .filter(Objects::nonNull)
        .noneMatch(ref -> reachesFailed(structs, ref));
  }

  /**
   * Whether a record of {@code struct} can hold (in a field, at any depth) a callback that was not
   * generated: then the struct's companion is not generated either.
   */
  boolean reachesFailed(StructRegistry structs, JavaType.ClassRef struct) {
    return structs.callbacksReachable(struct).stream().anyMatch(ref -> failed.contains(ref.qualifiedName()));
  }

  private static JavaType.ClassRef structOf(NativeType type) {
    return switch (type) {
      case NativeType.StructValue v -> v.struct().record();
      case NativeType.StructArray a -> a.struct().record();
      case null, default -> null;
    };
  }

  private Optional<CallbackModel> check(
      TypeElement type, boolean lastRound, StructRegistry structs, StructScopes scopes, Diagnostics diagnostics) {
    String name = type.getQualifiedName().toString();
    AnnotationMirror annotation = Annotations.find(type, Annotations.CALLBACK).orElseThrow();
    if (!CallbackTypeChecks.check(type, annotation, diagnostics)) {
      failed.add(name);
      return Optional.empty();
    }
    CallbackDeclaration declaration = new CallbackReader(env, scopes).read(type, annotation);
    boolean missingTypes = MissingTypes.in(declaration);
    if (missingTypes && !lastRound) {
      deferred.add(name);
      return Optional.empty();
    }
    structs.takeIncomplete();
    Optional<CallbackModel> model = CallbackChecks.check(declaration, structs, diagnostics);
    if (model.isEmpty() && structs.takeIncomplete() && !lastRound) {
      // A struct it uses has fields javac cannot resolve yet: a later round may complete it.
      deferred.add(name);
      return Optional.empty();
    }
    if (model.isEmpty() || missingTypes) {
      failed.add(name);
      return Optional.empty();
    }
    return model;
  }

  private void write(
      CallbackModel model, TypeElement origin, boolean generatedAnnotation, StructRegistry structs,
      Diagnostics diagnostics) {
    JavaFile file = CallbackWriter.write(model, generatedAnnotation, MemberTypes.inheritedFrom(origin));
    if (!files.source(model.packageName(), model.generatedName(), file, origin, diagnostics)) {
      failed.add(qualifiedName(model)); // what uses it is not generated either
      return;
    }
    files.resource(
        NativeImageMetadata.resourceName(model),
        NativeImageMetadata.json(model, FfibindProcessor.structModels(structs)),
        origin);
  }

  private static String qualifiedName(CallbackModel model) {
    return model.packageName().isEmpty() ? model.interfaceName() : model.packageName() + "." + model.interfaceName();
  }

  private static Stream<JavaType> types(FunctionModel f) {
    return Stream.concat(f.parameters().stream().map(FunctionModel.ParameterModel::javaType), Stream.of(f.returnType()));
  }
}
