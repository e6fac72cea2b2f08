package io.ffibind.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;

/**
 * What generated classes really link, recorded while their static initializers run: the generated
 * sources are compiled again with their {@code $downcall} factory calling {@link #downcall} instead of
 * {@code Linker.downcallHandle}, then loaded and initialized, so every descriptor and option object
 * they create is seen as it is, not as a reading of the source text. Public: generated code calls it.
 */
public final class ForeignRecorder {
  /** One {@code downcallHandle} request. */
  public record Linked(FunctionDescriptor descriptor, List<Linker.Option> options) {}

  private static final Map<Class<?>, List<Linked>> DOWNCALLS = new ConcurrentHashMap<>();

  private ForeignRecorder() {}

  /** Replaces {@code LINKER.downcallHandle(descriptor, options)} in the recompiled generated classes. */
  public static MethodHandle downcall(Class<?> owner, FunctionDescriptor descriptor, Linker.Option... options) {
    DOWNCALLS.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Linked(descriptor, List.of(options)));
    return null; // never called: the classes are only initialized
  }

  /** The classes of one compilation, recompiled with the recorder, in a class loader of their own. */
  static final class Loaded extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    Loaded(Compilation processed, List<JavaFileObject> userSources) {
      super(ForeignRecorder.class.getClassLoader());
      List<JavaFileObject> sources = new ArrayList<>(userSources);
      for (JavaFileObject generated : processed.generatedSourceFiles()) {
        String text = content(generated);
        String simple = simpleName(generated);
        text = text.replace(
            "LINKER.downcallHandle(descriptor, options)",
            ForeignRecorder.class.getName() + ".downcall(" + simple + ".class, descriptor, options)");
        sources.add(JavaFileObjects.forSourceString(qualifiedName(text, simple), text));
      }
      Compilation again = Compiler.javac().withOptions("-proc:none").compile(sources);
      if (again.status() != Compilation.Status.SUCCESS) {
        throw new AssertionError("recompiling the generated sources failed: " + again.errors());
      }
      for (JavaFileObject file : again.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.getName().substring(file.getName().indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
          try (InputStream in = file.openInputStream()) {
            classes.put(path.replace(".class", "").replace('/', '.'), in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    /** Initializes {@code name} and returns what its static initializer linked. */
    List<Linked> downcallsOf(String name) {
      try {
        Class<?> type = Class.forName(name, true, this);
        return DOWNCALLS.getOrDefault(type, List.of());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }

    Class<?> load(String name) {
      try {
        return Class.forName(name, true, this);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String simpleName(JavaFileObject file) {
    String name = file.getName();
    return name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length());
  }

  private static String qualifiedName(String text, String simple) {
    for (String line : text.split("\n")) {
      if (line.startsWith("package ")) {
        return line.substring("package ".length(), line.indexOf(';')).strip() + "." + simple;
      }
    }
    return simple;
  }
}
