package io.ffibind;

/**
 * A method bound with {@code optional = true} was called, but the loaded library does not export its
 * symbol. The message names the symbol and the library file; {@link Native#isPresent(Object, String)}
 * answers the same question without calling.
 */
public class MissingSymbolException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private final String symbol;
  private final String library;

  public MissingSymbolException(String message, String symbol, String library) {
    super(message);
    this.symbol = symbol;
    this.library = library;
  }

  /** The C symbol the library does not export. */
  public String symbol() {
    return symbol;
  }

  /** The library file that was searched (or a description such as "the process's default symbols"). */
  public String library() {
    return library;
  }
}
