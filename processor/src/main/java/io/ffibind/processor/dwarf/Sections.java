package io.ffibind.processor.dwarf;

import java.nio.ByteBuffer;

/** The DWARF sections ffibind reads, decompressed; an absent section is an empty buffer. */
record Sections(
    ByteBuffer info, ByteBuffer abbrev, ByteBuffer str, ByteBuffer lineStr, ByteBuffer strOffsets, ByteBuffer addr) {}
