package io.ffibind;

/**
 * A library could not be found or opened, a symbol it should export is missing, or no generated
 * binding exists for an interface. The message names what was looked for and everywhere it was
 * looked.
 */
public class NativeLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NativeLoadException(String message) {
    super(message);
  }

  public NativeLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
