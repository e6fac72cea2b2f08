/**
 * ffibind's runtime: the annotations a library interface is declared with, {@link io.ffibind.Native}
 * that loads the generated binding, and the memory helpers.
 *
 * <p>A modular application needs {@code requires io.ffibind;} in its {@code module-info.java}, and
 * native access for its own module and this one: {@code
 * --enable-native-access=<your module>,io.ffibind}. Its generated bindings live in its own packages;
 * they export themselves to this module when they load, so {@link io.ffibind.Native#load(Class)} can
 * reach them without an {@code exports} clause.
 *
 * <p>{@code io.ffibind.internal} is exported only because generated code, compiled into users'
 * modules, calls it: it is not API and changes without notice.
 */
module io.ffibind {
  exports io.ffibind;
  exports io.ffibind.internal;
}
