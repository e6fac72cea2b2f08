package io.ffibind.processor.dwarf;

/** Debug information ffibind cannot read: an unsupported DWARF version or form, or damaged data. */
public final class DwarfFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public DwarfFormatException(String message) {
    super(message);
  }
}
