package io.ffibind.processor.check;

import io.ffibind.processor.diag.Message;

/** Where a shared check's findings go: a message and its arguments, reported where the caller knows. */
@FunctionalInterface
interface Reporter {
  void report(Message message, Object... args);
}
