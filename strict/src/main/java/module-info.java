/**
 * A user's named module, as strict as builds get: {@code -Xlint:all -Werror}, its binding package
 * exported (so lints about exported API apply to generated code too). Generated code calls {@code
 * io.ffibind.internal}, which the runtime exports; {@code requires transitive} because an exported
 * binding's API shows ffibind's types ({@code -Xlint:exports} says so otherwise). A module that keeps its
 * bindings in packages it does not export needs only {@code requires io.ffibind}.
 */
module io.ffibind.strict {
  requires transitive io.ffibind;

  exports io.ffibind.strict;
}
