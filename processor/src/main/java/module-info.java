/**
 * The ffibind annotation processor. It runs from the annotation processor path ({@code
 * annotationProcessorPaths} in Maven, {@code annotationProcessor} in Gradle) or from {@code
 * --processor-module-path}; users' code never requires this module.
 *
 * <p>It uses javac's tree API ({@code jdk.compiler}) only to find {@code @NativeLibrary} types
 * declared inside methods, which the processing API cannot see; elsewhere it uses {@code
 * java.compiler} alone. With {@code -Affibind.libraryPath} it finds libraries with the runtime's own
 * pure-Java name rules ({@code io.ffibind.internal.LibraryFiles}), hence {@code requires io.ffibind}.
 */
@SuppressWarnings("requires-automatic") // JavaPoet is an automatic module (Automatic-Module-Name)
module io.ffibind.processor {
  requires java.compiler;
  requires jdk.compiler;
  requires com.palantir.javapoet;
  requires io.ffibind;

  provides javax.annotation.processing.Processor with
      io.ffibind.processor.FfibindProcessor;
}
