package io.ffibind.processor.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The charsets strings may use: those whose NUL terminator width the runtime knows. */
final class Charsets {
  static final List<String> SUPPORTED =
      List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "ISO-8859-1", "US-ASCII");

  private Charsets() {}

  /** The canonical spelling of {@code name}, if supported. */
  static Optional<String> canonical(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT).replace('_', '-');
    if (upper.equals("UTF8")) {
      upper = "UTF-8";
    } else if (upper.equals("LATIN1") || upper.equals("LATIN-1")) {
      upper = "ISO-8859-1";
    } else if (upper.equals("ASCII")) {
      upper = "US-ASCII";
    }
    return SUPPORTED.contains(upper) ? Optional.of(upper) : Optional.empty();
  }
}
