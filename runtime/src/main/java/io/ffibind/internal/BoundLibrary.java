package io.ffibind.internal;

/**
 * Implemented by every generated binding: the record component {@code $binding} (whose accessor
 * implements this method) gives {@link io.ffibind.Native}'s static helpers the loaded library behind
 * a binding without reflection. The {@code $} keeps it clear of any C name a user may bind.
 */
public interface BoundLibrary {
  /** The loaded library behind this binding. */
  NativeBinding $binding();
}
