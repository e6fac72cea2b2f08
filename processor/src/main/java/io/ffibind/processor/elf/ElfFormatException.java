package io.ffibind.processor.elf;

/**
 * A file ffibind cannot read as a library: not ELF, an ELF variant it does not support (32-bit,
 * big-endian), or damaged. The message says which, in words a user can act on.
 */
public final class ElfFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ElfFormatException(String message) {
    super(message);
  }

  public ElfFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
