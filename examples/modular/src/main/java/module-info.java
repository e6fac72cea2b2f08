/**
 * A modular application using ffibind. All it needs: {@code requires io.ffibind}. Run it with native
 * access for itself and for the runtime:
 *
 * <pre>
 * java --enable-native-access=io.ffibind.examples.modular,io.ffibind \
 *      --module-path app.jar:ffibind-runtime.jar \
 *      --module io.ffibind.examples.modular/io.ffibind.examples.modular.Main
 * </pre>
 *
 * <p>The package holding the binding is not exported: the generated class exports it to {@code
 * io.ffibind} itself when it loads, so {@code Native.load} can reach it.
 */
module io.ffibind.examples.modular {
  requires io.ffibind;
}
