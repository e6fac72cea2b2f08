package io.ffibind.processor.gen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * What every class ffibind generates carries, whatever it implements (a library binding, a struct
 * companion, a callback class): the {@code @Generated} marker and the one warning suppressed; where
 * the runtime reaches the class reflectively (a binding through {@code Native.load}, a callback class
 * through {@code Callbacks.pointer} and {@code Callbacks.wrap}) the export that lets {@code io.ffibind}
 * do so in a named module; and, where it makes downcall handles, the factory that turns a denied native
 * access into a message naming the flag to add. A struct companion needs neither: nothing reaches it
 * reflectively, and it links nothing.
 */
public final class GeneratedTypes {
  /** The generated factory every {@code static final} downcall handle is created with. */
  static final String DOWNCALL = "$downcall";

  private GeneratedTypes() {}

  /**
   * {@code @Generated} (when the user's module can see it) and {@code @SuppressWarnings}: {@code "restricted"}, as
   * generated code calls restricted Panama methods ({@code downcallHandle}, {@code reinterpret},
   * {@code upcallStub}) on the user's behalf, which {@code -Xlint:restricted} would otherwise report
   * once per call site and break {@code -Werror} builds. Also {@code "deprecation"} and
   * {@code "removal"}: a user who deprecates a library, struct or callback is warned where their own
   * code uses it, not at every use inside the code generated for it. Nothing else is suppressed.
   */
  public static void annotate(TypeSpec.Builder type, boolean generatedAnnotation) {
    if (generatedAnnotation) {
      type.addAnnotation(
          AnnotationSpec.builder(Names.GENERATED)
              .addMember("value", "$S", "io.ffibind.processor.FfibindProcessor")
              .build());
    }
    type.addAnnotation(
        AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S, $S}", "restricted", "deprecation", "removal")
            .build());
  }

  /**
   * A static initializer exporting the generated class's package to {@code io.ffibind}, so that
   * {@code Native.load} may call it reflectively when it lives in a named module that does not export
   * it. Only the module itself may add an export, hence generated code; in the unnamed module (the
   * class path) it does nothing.
   */
  public static CodeBlock exportToRuntime(ClassName self) {
    return CodeBlock.builder()
        .addStatement(
            "$T.class.getModule().addExports($T.class.getPackageName(), $T.class.getModule())",
            self, self, Names.NATIVE_BINDING)
        .build();
  }

  /**
   * {@code $downcall(descriptor, options...)}: {@code Linker.downcallHandle} from the generated class
   * (its module is the one that needs native access), with {@link IllegalCallerException} rethrown
   * naming the exact {@code --enable-native-access} flag when the JVM denies native access.
   */
  public static MethodSpec downcallFactory(ClassName self) {
    return MethodSpec.methodBuilder(DOWNCALL)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Names.METHOD_HANDLE)
        .addParameter(Names.FUNCTION_DESCRIPTOR, "descriptor")
        .addParameter(com.palantir.javapoet.ArrayTypeName.of(Names.LINKER_OPTION), "options")
        .varargs(true)
        .beginControlFlow("try")
        .addStatement("return LINKER.downcallHandle(descriptor, options)")
        .nextControlFlow("catch ($T e)", IllegalCallerException.class)
        .addStatement("throw $T.denied($T.class, e)", Names.NATIVE_ACCESS, self)
        .endControlFlow()
        .build();
  }
}
