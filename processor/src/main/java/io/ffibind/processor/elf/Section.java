package io.ffibind.processor.elf;

/**
 * One entry of an ELF section header table.
 *
 * @param type {@code sh_type}: {@link #PROGBITS}, {@link #NOBITS}, {@link #DYNSYM}...
 * @param flags {@code sh_flags}; {@link #COMPRESSED} marks contents behind an {@code Elf64_Chdr}
 * @param link {@code sh_link}: for a symbol table, the section holding its names
 */
public record Section(
    String name, int type, long flags, long address, long offset, long size, int link, int info, long entrySize) {
  public static final int PROGBITS = 1;
  public static final int NOTE = 7;
  public static final int NOBITS = 8;
  public static final int DYNAMIC = 6;
  public static final int DYNSYM = 11;
  public static final int GNU_VERDEF = 0x6ffffffd;
  public static final int GNU_VERSYM = 0x6fffffff;
  public static final long COMPRESSED = 0x800;
  /** {@code SHF_WRITE}: writable at run time. */
  public static final long WRITE = 0x1;
  /** {@code SHF_ALLOC}: mapped into memory. */
  public static final long ALLOC = 0x2;

  /** True when the file holds bytes for it: a stripped debug file keeps NOBITS headers only. */
  public boolean hasContents() {
    return type != NOBITS && size > 0;
  }

  /** Mapped into memory but not writable: {@code .rodata}, {@code .text}. */
  public boolean isReadOnlyData() {
    return (flags & ALLOC) != 0 && (flags & WRITE) == 0;
  }

  public boolean isCompressed() {
    return (flags & COMPRESSED) != 0;
  }
}
