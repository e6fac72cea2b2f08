package io.ffibind.processor.diag;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Collects diagnostics for javac at the narrowest position known, and counts errors so callers can
 * decide whether to generate. Never throws.
 *
 * <p>The same text at the same place is printed once: a library that extends another one checks the
 * inherited methods again, and their mistakes should not show twice.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Set<Printed> printed = new HashSet<>();
  private int errors;

  /** What makes two reports the same; javac's elements and mirrors compare by identity. */
  private record Printed(String text, Element element, AnnotationMirror annotation, AnnotationValue value) {}

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports on an element. */
  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Reports on an annotation value when one is known, else on the annotation, else the element. */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (!printed.add(new Printed(text, element, annotation, value))) {
      return;
    }
    if (annotation != null && value != null) {
      messager.printMessage(message.kind(), text, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(message.kind(), text, element, annotation);
    } else {
      messager.printMessage(message.kind(), text, element);
    }
  }

  /** Reports at a position only the source tree knows, such as a local type. */
  public void report(Message message, SourcePosition position, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    position.print(message.kind(), message.format(args));
  }

  public int errorCount() {
    return errors;
  }
}
