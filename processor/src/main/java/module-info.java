/**
 * The ffibind annotation processor. It runs from the annotation processor path ({@code
 * annotationProcessorPaths} in Maven, {@code annotationProcessor} in Gradle) or from {@code
 * --processor-module-path}; users' code never requires this module.
 *
 * <p>It uses javac's tree API ({@code jdk.compiler}) only to find {@code @NativeLibrary} types
 * declared inside methods, which the processing API cannot see; elsewhere it uses {@code
 * java.compiler} alone.
 */
@SuppressWarnings("requires-automatic") // JavaPoet is an automatic module (Automatic-Module-Name)
module io.ffibind.processor {
  requires java.compiler;
  requires jdk.compiler;
  requires com.palantir.javapoet;

  provides javax.annotation.processing.Processor with
      io.ffibind.processor.FfibindProcessor;
}
