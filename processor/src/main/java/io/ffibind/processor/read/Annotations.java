package io.ffibind.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads ffibind's annotations through mirrors, keeping each value for precise error positions. */
public final class Annotations {
  /** The package of every ffibind annotation: the processor claims {@code io.ffibind.*}. */
  public static final String PACKAGE = "io.ffibind";
  public static final String NATIVE_LIBRARY = "io.ffibind.NativeLibrary";
  public static final String SYMBOL = "io.ffibind.Symbol";
  public static final String CRITICAL = "io.ffibind.Critical";
  public static final String FREE_RESULT = "io.ffibind.FreeResult";
  public static final String STRUCT = "io.ffibind.Struct";
  public static final String UNION = "io.ffibind.Union";
  public static final String FIELD = "io.ffibind.Field";
  public static final String CALLBACK = "io.ffibind.Callback";
  public static final String GLOBAL = "io.ffibind.Global";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value written for {@code name}, or null when the default applies. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The string value of {@code name}, or {@code fallback} when not written. */
  public static String string(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? fallback : String.valueOf(value.getValue());
  }

  /** A boolean member; false when not written (every ffibind flag defaults to false). */
  public static boolean bool(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /** The elements of an array-valued member; a single value written without braces counts as one. */
  public static List<AnnotationValue> list(AnnotationValue value) {
    if (value == null) {
      return List.of();
    }
    if (value.getValue() instanceof List<?> list) {
      return list.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of(value);
  }
}
