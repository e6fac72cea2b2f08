package io.ffibind.processor.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An ELF file read in pure Java: its section headers, and the contents of any section on demand
 * (decompressed when {@code SHF_COMPRESSED} or a legacy {@code .zdebug_*} section).
 *
 * <p>Supported: 64-bit little-endian ELF (x86-64, AArch64, RISC-V 64 on Linux), zlib-compressed
 * sections. Not supported, with an {@link ElfFormatException} saying so: 32-bit ELF, big-endian ELF,
 * zstd-compressed sections, and anything that is not ELF (Mach-O, PE).
 */
public final class ElfFile {
  private static final int HEADER_SIZE = 64;
  private static final int SECTION_HEADER_SIZE = 64;
  private static final int COMPRESSION_HEADER_SIZE = 24;
  private static final int COMPRESS_ZLIB = 1;
  private static final int COMPRESS_ZSTD = 2;
  private static final int NT_GNU_BUILD_ID = 3;
  private static final int PROGRAM_HEADER_SIZE = 56;
  private static final int PT_GNU_RELRO = 0x6474e552;

  /** An address range {@code [start, end)} of the library's address space. */
  public record Range(long start, long end) {
    public boolean contains(long address) {
      return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
    }
  }

  private final Path path;
  private final long fileSize;
  private final List<Section> sections;
  private final List<Range> relro;

  private ElfFile(Path path, long fileSize, List<Section> sections, List<Range> relro) {
    this.path = path;
    this.fileSize = fileSize;
    this.sections = sections;
    this.relro = relro;
  }

  /** Reads the ELF header and the section headers of {@code path}. */
  public static ElfFile open(Path path) throws IOException, ElfFormatException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long fileSize = channel.size();
      ByteBuffer header = read(channel, 0, (int) Math.min(HEADER_SIZE, fileSize));
      checkIdentity(header);
      if (header.limit() < HEADER_SIZE) {
        throw new ElfFormatException("damaged: the ELF header is cut short");
      }
      long sectionTable = header.getLong(40);
      int entrySize = Short.toUnsignedInt(header.getShort(58));
      int count = Short.toUnsignedInt(header.getShort(60));
      int namesIndex = Short.toUnsignedInt(header.getShort(62));
      if (sectionTable == 0) {
        throw new ElfFormatException("it has no section headers, so its symbols cannot be read");
      }
      if (entrySize != SECTION_HEADER_SIZE) {
        throw new ElfFormatException("damaged: section headers of " + entrySize + " bytes, not 64");
      }
      ByteBuffer first = readChecked(channel, fileSize, sectionTable, SECTION_HEADER_SIZE, "the section header table");
      if (count == 0) { // more than 0xff00 sections: the real count is in section 0
        count = (int) Math.min(Integer.MAX_VALUE / SECTION_HEADER_SIZE, first.getLong(32));
      }
      if (namesIndex == 0xffff) {
        namesIndex = first.getInt(40);
      }
      ByteBuffer table =
          readChecked(channel, fileSize, sectionTable, (long) count * SECTION_HEADER_SIZE, "the section header table");
      List<RawSection> raw = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        raw.add(RawSection.at(table, i * SECTION_HEADER_SIZE));
      }
      if (namesIndex >= raw.size()) {
        throw new ElfFormatException("damaged: the section name table index is out of range");
      }
      RawSection names = raw.get(namesIndex);
      ByteBuffer nameBytes = readChecked(channel, fileSize, names.offset, names.size, "the section name table");
      List<Section> sections = new ArrayList<>();
      for (RawSection s : raw) {
        sections.add(
            new Section(
                string(nameBytes, Integer.toUnsignedLong(s.nameOffset)), s.type, s.flags, s.address, s.offset, s.size, s.link, s.info,
                s.entrySize));
      }
      return new ElfFile(path, fileSize, List.copyOf(sections), relro(channel, fileSize, header));
    }
  }

  /**
   * The {@code PT_GNU_RELRO} segments: memory the dynamic linker makes read-only once it has applied
   * the relocations, where {@code const} data that holds addresses lives ({@code .data.rel.ro}).
   */
  private static List<Range> relro(FileChannel channel, long fileSize, ByteBuffer header)
      throws IOException, ElfFormatException {
    long table = header.getLong(32);
    int entrySize = Short.toUnsignedInt(header.getShort(54));
    int count = Short.toUnsignedInt(header.getShort(56));
    if (table == 0 || count == 0) {
      return List.of();
    }
    if (entrySize != PROGRAM_HEADER_SIZE) {
      throw new ElfFormatException("damaged: program headers of " + entrySize + " bytes, not 56");
    }
    ByteBuffer headers =
        readChecked(channel, fileSize, table, (long) count * PROGRAM_HEADER_SIZE, "the program header table");
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = i * PROGRAM_HEADER_SIZE;
      if (headers.getInt(at) == PT_GNU_RELRO) {
        long start = headers.getLong(at + 16);
        ranges.add(new Range(start, start + headers.getLong(at + 40)));
      }
    }
    return List.copyOf(ranges);
  }

  private static void checkIdentity(ByteBuffer header) throws ElfFormatException {
    if (header.limit() < 16
        || header.get(0) != 0x7f || header.get(1) != 'E' || header.get(2) != 'L' || header.get(3) != 'F') {
      throw new ElfFormatException("it is not an ELF file");
    }
    if (header.get(4) == 1) {
      throw new ElfFormatException("32-bit ELF is not supported (ffibind reads 64-bit little-endian ELF)");
    }
    if (header.get(4) != 2) {
      throw new ElfFormatException("unknown ELF class " + header.get(4));
    }
    if (header.get(5) == 2) {
      throw new ElfFormatException("big-endian ELF is not supported (ffibind reads 64-bit little-endian ELF)");
    }
    if (header.get(5) != 1) {
      throw new ElfFormatException("unknown ELF data encoding " + header.get(5));
    }
  }

  public Path path() {
    return path;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The address ranges that are read-only after relocation ({@code PT_GNU_RELRO}). */
  public List<Range> relro() {
    return relro;
  }

  /** The first section called {@code name}. */
  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The section at index {@code index} of the header table, as {@code sh_link} names them. */
  public Section section(int index) throws ElfFormatException {
    if (index < 0 || index >= sections.size()) {
      throw new ElfFormatException("damaged: a section refers to section " + index + ", which does not exist");
    }
    return sections.get(index);
  }

  /**
   * The bytes of a section, decompressed, as a little-endian buffer positioned at 0. A section the
   * file has no bytes for (NOBITS) is empty.
   */
  public ByteBuffer contents(Section section) throws IOException, ElfFormatException {
    if (!section.hasContents()) {
      return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
    }
    ByteBuffer stored;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      stored = readChecked(channel, fileSize, section.offset(), section.size(), "section " + section.name());
    }
    if (section.isCompressed()) {
      return decompress(section, stored);
    }
    if (section.name().startsWith(".zdebug")) {
      return decompressLegacy(section, stored);
    }
    return stored;
  }

  /** {@code Elf64_Chdr} then the compressed stream. */
  private static ByteBuffer decompress(Section section, ByteBuffer stored) throws ElfFormatException {
    if (stored.limit() < COMPRESSION_HEADER_SIZE) {
      throw new ElfFormatException("damaged: compressed section " + section.name() + " has no header");
    }
    int type = stored.getInt(0);
    long size = stored.getLong(8);
    if (type == COMPRESS_ZSTD) {
      throw new ElfFormatException(
          "section " + section.name() + " is compressed with zstd, which is not supported (zlib is): "
              + "rebuild with -gz=zlib, or decompress it with objcopy --decompress-debug-sections");
    }
    if (type != COMPRESS_ZLIB) {
      throw new ElfFormatException("section " + section.name() + " uses unknown compression " + type);
    }
    return inflate(section, stored, COMPRESSION_HEADER_SIZE, size);
  }

  /** GNU's older convention: "ZLIB", the size as 8 big-endian bytes, then the zlib stream. */
  private static ByteBuffer decompressLegacy(Section section, ByteBuffer stored) throws ElfFormatException {
    if (stored.limit() < 12 || stored.get(0) != 'Z' || stored.get(1) != 'L' || stored.get(2) != 'I' || stored.get(3) != 'B') {
      return stored;
    }
    long size = stored.duplicate().order(ByteOrder.BIG_ENDIAN).getLong(4);
    return inflate(section, stored, 12, size);
  }

  private static ByteBuffer inflate(Section section, ByteBuffer stored, int start, long size)
      throws ElfFormatException {
    if (size < 0 || size > Integer.MAX_VALUE - 8) {
      throw new ElfFormatException("section " + section.name() + " is too large to read (" + size + " bytes)");
    }
    byte[] out = new byte[(int) size];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(stored.slice(start, stored.limit() - start));
      int n = 0;
      while (n < out.length && !inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != out.length) {
        throw new ElfFormatException(
            "damaged: section " + section.name() + " decompresses to " + n + " bytes, not " + out.length);
      }
    } catch (DataFormatException e) {
      throw new ElfFormatException("damaged: section " + section.name() + " does not decompress: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The GNU build-id (lowercase hex), which names separate debug files under {@code .build-id/}. */
  public Optional<String> buildId() throws IOException, ElfFormatException {
    for (Section section : sections) {
      if (section.type() != Section.NOTE || !section.hasContents()) {
        continue;
      }
      ByteBuffer notes = contents(section);
      int at = 0;
      while (at + 12 <= notes.limit()) {
        int nameSize = notes.getInt(at);
        int descSize = notes.getInt(at + 4);
        int type = notes.getInt(at + 8);
        int name = at + 12;
        int desc = name + align4(nameSize);
        if (nameSize < 0 || descSize < 0 || desc + descSize > notes.limit()) {
          break;
        }
        if (type == NT_GNU_BUILD_ID && nameSize == 4 && string(notes, name).equals("GNU") && descSize > 0) {
          byte[] id = new byte[descSize];
          notes.get(desc, id);
          return Optional.of(HexFormat.of().formatHex(id));
        }
        at = desc + align4(descSize);
      }
    }
    return Optional.empty();
  }

  private static int align4(int n) {
    return (n + 3) & ~3;
  }

  /** The NUL-terminated string at {@code offset} of a string table. */
  static String string(ByteBuffer table, long offset) throws ElfFormatException {
    if (offset < 0 || offset >= table.limit()) {
      if (offset == 0 && table.limit() == 0) {
        return "";
      }
      throw new ElfFormatException("damaged: a name lies outside its string table");
    }
    return nulTerminated(table, (int) offset);
  }

  /** The UTF-8 string from {@code start} to the next NUL (or the end), as string tables hold them. */
  public static String nulTerminated(ByteBuffer table, int start) {
    int end = start;
    while (end < table.limit() && table.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - start];
    table.get(start, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static ByteBuffer readChecked(FileChannel channel, long fileSize, long offset, long size, String what)
      throws IOException, ElfFormatException {
    if (offset < 0 || size < 0 || offset > fileSize || size > fileSize - offset) {
      throw new ElfFormatException("damaged: " + what + " extends past the end of the file");
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new ElfFormatException(what + " is too large to read (" + size + " bytes)");
    }
    return read(channel, offset, (int) size);
  }

  private static ByteBuffer read(FileChannel channel, long offset, int size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        break;
      }
    }
    return buffer.flip();
  }

  /** A section header before its name is looked up. */
  private record RawSection(
      int nameOffset, int type, long flags, long address, long offset, long size, int link, int info, long entrySize) {
    static RawSection at(ByteBuffer table, int at) {
      return new RawSection(
          table.getInt(at), table.getInt(at + 4), table.getLong(at + 8), table.getLong(at + 16),
          table.getLong(at + 24), table.getLong(at + 32), table.getInt(at + 40), table.getInt(at + 44),
          table.getLong(at + 56));
    }
  }
}
