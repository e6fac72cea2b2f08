package io.ffibind.examples;

import java.io.PrintStream;

/**
 * Runs every example and prints what C returned. Run it with {@code mvn -B -Pexamples verify
 * -DskipTests}, or on its own with {@code java --enable-native-access=ALL-UNNAMED -cp ...
 * io.ffibind.examples.Examples}.
 */
public final class Examples {
  private Examples() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the examples in order and prints them to {@code out}. */
  public static void run(PrintStream out) {
    LibcExample.run().print(out);
    MathExample.run().print(out);
    ZlibExample.run().print(out);
    StructsExample.run().print(out);
    ZlibStreamExample.run().print(out);
    SqliteExample.run().print(out);
    PosixExample.run().print(out);
    NonblockingZlibExample.run().print(out);
    CallbacksExample.run().print(out);
  }
}
