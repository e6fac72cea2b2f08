package io.ffibind.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Collects diagnostics for javac at the narrowest position known, and counts errors so callers can
 * decide whether to generate. Never throws.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

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
    if (annotation != null && value != null) {
      messager.printMessage(message.kind(), text, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(message.kind(), text, element, annotation);
    } else {
      messager.printMessage(message.kind(), text, element);
    }
  }

  public int errorCount() {
    return errors;
  }
}
