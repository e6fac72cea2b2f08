package io.ffibind.processor.diag;

import javax.tools.Diagnostic;

/**
 * A place in the source that no {@link javax.lang.model.element.Element} stands for, such as a type
 * declared inside a method: whoever found it knows how to print a message there.
 */
@FunctionalInterface
public interface SourcePosition {
  void print(Diagnostic.Kind kind, String text);
}
