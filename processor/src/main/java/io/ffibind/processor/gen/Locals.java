package io.ffibind.processor.gen;

import java.util.Set;

/**
 * Names of the locals generated method bodies declare for a parameter: {@code $name}, or
 * {@code $name$} when {@code $name} is one of the bodies' own locals ({@code $result}, the
 * {@code catch} variables {@code $e} and {@code $t}, ...). User names contain no {@code $} (FFI008),
 * so no other generated name can clash.
 */
final class Locals {
  /** The fixed locals of downcall ({@link DowncallEmitter}) and upcall ({@link UpcallEmitter}) bodies. */
  private static final Set<String> GENERATED = Set.of("result", "scratch", "mark", "lent", "e", "t", "target", "slot");

  private Locals() {}

  /** The local for the parameter {@code name}. */
  static String of(String name) {
    return "$" + name + (GENERATED.contains(name) ? "$" : "");
  }
}
