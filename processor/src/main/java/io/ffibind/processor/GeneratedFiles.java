package io.ffibind.processor;

import com.palantir.javapoet.JavaFile;
import io.ffibind.processor.diag.Diagnostics;
import io.ffibind.processor.diag.Message;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the processor generates, each file with its one originating element. Generated classes
 * are named after the nesting of their declaration joined by {@code _}, so two declarations can ask for
 * one name ({@code A.B_C.D} and {@code A_B.C.D} both give {@code Ffibind_A_B_C_D}): the second is
 * reported (FFI028) naming the first, instead of the Filer's refusal reaching the user as an internal
 * error.
 */
final class GeneratedFiles {
  private final ProcessingEnvironment env;
  /** Each generated class written so far, with the declaration it was generated for. */
  private final Map<String, String> origins = new HashMap<>();

  GeneratedFiles(ProcessingEnvironment env) {
    this.env = env;
  }

  /**
   * Writes a generated class; {@code origin} is the type it is generated from. Returns false, after
   * reporting why, when the name is taken.
   */
  boolean source(String packageName, String simpleName, JavaFile file, TypeElement origin, Diagnostics diagnostics) {
    String name = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    String originName = origin.getQualifiedName().toString();
    try {
      JavaFileObject source = env.getFiler().createSourceFile(name, origin);
      origins.put(name, originName);
      try (Writer writer = source.openWriter()) {
        file.writeTo(writer);
      }
      return true;
    } catch (FilerException e) {
      String other = origins.get(name);
      String taken = other != null
          ? "it is the class generated for " + other + " already (nested names are joined with '_')"
          : "the compilation has a class of that name already";
      diagnostics.report(Message.GENERATED_NAME_TAKEN, origin, name, originName, taken);
      return false;
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + name + ": " + e.getMessage(), e);
    }
  }

  /** A resource of the class output whose only originating element is {@code origin}. */
  void resource(String path, String content, TypeElement origin) {
    try {
      FileObject resource = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + path + ": " + e.getMessage(), e);
    }
  }
}
