package io.ffibind.processor.dwarf;

/**
 * One unit of {@code .debug_info}: where it lies, how its offsets and addresses are encoded, its
 * abbreviations, and the bases its indexed strings and addresses are relative to.
 *
 * @param offset where its header starts; unit-relative references count from here
 * @param end the first byte after it
 * @param firstDie where its root DIE starts
 * @param strOffsetsBase {@code DW_AT_str_offsets_base}, or -1
 * @param addrBase {@code DW_AT_addr_base}, or -1
 * @param language {@code DW_AT_language} of its root DIE, or 0
 */
record Unit(
    long offset,
    long end,
    int version,
    int offsetSize,
    int addressSize,
    Abbreviations abbreviations,
    long firstDie,
    long strOffsetsBase,
    long addrBase,
    int language) {

  Unit withBases(long strOffsets, long addr, int lang) {
    return new Unit(offset, end, version, offsetSize, addressSize, abbreviations, firstDie, strOffsets, addr, lang);
  }

  /** True for C, whose functions without DW_AT_prototyped are K&R style; other languages always have prototypes. */
  /**
   * True for hand-written assembly: GNU as 2.40 and later describe each function it defines with a
   * {@code DW_TAG_subprogram} of unspecified result and no parameters (glibc's system call wrappers,
   * {@code chdir} among them) under {@code DW_LANG_Mips_Assembler}, which says nothing of its prototype.
   */
  boolean isAssembly() {
    return language == 0x8001;
  }

  boolean isC() {
    return language == 0x01 || language == 0x02 || language == 0x0c || language == 0x1d || language == 0x2c;
  }
}
