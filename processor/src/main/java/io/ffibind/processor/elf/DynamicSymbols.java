package io.ffibind.processor.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a shared library offers the dynamic linker: the symbols of {@code .dynsym} that {@code dlsym}
 * can return (defined, global or weak, visible, and not a hidden old version such as {@code
 * realpath@GLIBC_2.2.5}), with their versions, and the libraries it needs ({@code DT_NEEDED}), in
 * whose symbols {@code dlsym} looks next.
 */
public final class DynamicSymbols {
  private static final int SYMBOL_SIZE = 24;
  private static final int SHN_UNDEF = 0;
  private static final int SHN_ABS = 0xfff1;
  private static final int STB_GLOBAL = 1;
  private static final int STB_WEAK = 2;
  private static final int STB_GNU_UNIQUE = 10;
  private static final int STV_INTERNAL = 1;
  private static final int STV_HIDDEN = 2;
  private static final int VERSYM_HIDDEN = 0x8000;
  private static final long DT_NEEDED = 1;

  private final Map<String, ElfSymbol> exported;
  private final Map<Long, List<String>> namesByAddress;
  private final List<String> needed;

  private DynamicSymbols(Map<String, ElfSymbol> exported, List<String> needed) {
    this.exported = Collections.unmodifiableMap(exported);
    this.needed = List.copyOf(needed);
    Map<Long, List<String>> byAddress = new HashMap<>();
    exported.values().forEach(s -> byAddress.computeIfAbsent(s.value(), a -> new ArrayList<>()).add(s.name()));
    this.namesByAddress = byAddress;
  }

  /** Reads {@code .dynsym}, its versions and {@code .dynamic}; a file without them exports nothing. */
  public static DynamicSymbols read(ElfFile elf) throws IOException, ElfFormatException {
    Optional<Section> table = elf.sections().stream().filter(s -> s.type() == Section.DYNSYM).findFirst();
    StringTables strings = new StringTables(elf);
    List<String> needed = needed(elf, strings);
    if (table.isEmpty()) {
      return new DynamicSymbols(new LinkedHashMap<>(), needed);
    }
    ByteBuffer symbols = elf.contents(table.get());
    ByteBuffer names = strings.linkedFrom(table.get());
    ByteBuffer versions = null;
    Map<Integer, String> versionNames = Map.of();
    for (Section s : elf.sections()) {
      if (s.type() == Section.GNU_VERSYM) {
        versions = elf.contents(s);
      } else if (s.type() == Section.GNU_VERDEF) {
        versionNames = versionNames(elf.contents(s), strings.linkedFrom(s), s.info());
      }
    }
    Map<String, ElfSymbol> exported = new LinkedHashMap<>();
    int count = symbols.limit() / SYMBOL_SIZE;
    for (int i = 1; i < count; i++) {
      int at = i * SYMBOL_SIZE;
      int info = Byte.toUnsignedInt(symbols.get(at + 4));
      int visibility = symbols.get(at + 5) & 3;
      int sectionIndex = Short.toUnsignedInt(symbols.getShort(at + 6));
      long value = symbols.getLong(at + 8);
      int binding = info >> 4;
      boolean visible =
          (binding == STB_GLOBAL || binding == STB_WEAK || binding == STB_GNU_UNIQUE)
              && visibility != STV_HIDDEN && visibility != STV_INTERNAL;
      // Version definitions appear as absolute symbols at 0 (GLIBC_2.2.5): they are not code or data.
      if (!visible || sectionIndex == SHN_UNDEF || sectionIndex == SHN_ABS && value == 0) {
        continue;
      }
      int version = versions != null && (i * 2 + 1) < versions.limit() ? Short.toUnsignedInt(versions.getShort(i * 2)) : 0;
      if ((version & VERSYM_HIDDEN) != 0) {
        continue; // an old version kept for old binaries: dlsym never returns it
      }
      String name = ElfFile.string(names, Integer.toUnsignedLong(symbols.getInt(at)));
      ElfSymbol symbol =
          new ElfSymbol(
              name, versionNames.getOrDefault(version & 0x7fff, ""), ElfSymbol.Kind.of(info & 0xf), value,
              symbols.getLong(at + 16), sectionIndex);
      exported.putIfAbsent(name, symbol);
    }
    return new DynamicSymbols(exported, needed);
  }

  /** {@code vd_ndx} to version name, from {@code .gnu.version_d}. */
  private static Map<Integer, String> versionNames(ByteBuffer definitions, ByteBuffer names, int count)
      throws ElfFormatException {
    Map<Integer, String> result = new HashMap<>();
    int at = 0;
    for (int i = 0; i < count && at + 20 <= definitions.limit(); i++) {
      int index = Short.toUnsignedInt(definitions.getShort(at + 4));
      int aux = definitions.getInt(at + 12);
      int next = definitions.getInt(at + 16);
      boolean base = (definitions.getShort(at + 2) & 1) != 0; // VER_FLG_BASE: the file's own name
      if (!base && aux > 0 && at + aux + 8 <= definitions.limit()) {
        result.put(index, ElfFile.string(names, Integer.toUnsignedLong(definitions.getInt(at + aux))));
      }
      if (next <= 0) {
        break;
      }
      at += next;
    }
    return result;
  }

  private static List<String> needed(ElfFile elf, StringTables strings) throws IOException, ElfFormatException {
    List<String> result = new ArrayList<>();
    for (Section s : elf.sections()) {
      if (s.type() != Section.DYNAMIC || !s.hasContents()) {
        continue;
      }
      ByteBuffer dynamic = elf.contents(s);
      ByteBuffer names = strings.linkedFrom(s);
      for (int at = 0; at + 16 <= dynamic.limit(); at += 16) {
        long tag = dynamic.getLong(at);
        if (tag == 0) {
          break;
        }
        if (tag == DT_NEEDED) {
          result.add(ElfFile.string(names, dynamic.getLong(at + 8)));
        }
      }
    }
    return result;
  }

  /**
   * The string tables sections name by {@code sh_link}, each read once: {@code .dynsym}, {@code
   * .gnu.version_d} and {@code .dynamic} all name {@code .dynstr}. Buffers are read by absolute index
   * only, so sharing one is safe.
   */
  private static final class StringTables {
    private final ElfFile elf;
    private final Map<Integer, ByteBuffer> byIndex = new HashMap<>();

    StringTables(ElfFile elf) {
      this.elf = elf;
    }

    ByteBuffer linkedFrom(Section section) throws IOException, ElfFormatException {
      ByteBuffer table = byIndex.get(section.link());
      if (table == null) {
        table = elf.contents(elf.section(section.link()));
        byIndex.put(section.link(), table);
      }
      return table;
    }
  }

  /** The symbol {@code dlsym} returns for {@code name}, if the library defines it. */
  public Optional<ElfSymbol> find(String name) {
    return Optional.ofNullable(exported.get(name));
  }

  /** Every exported name, for "did you mean" suggestions. */
  public Set<String> names() {
    return exported.keySet();
  }

  /** The other names exported at the same address: {@code snprintf} and {@code __snprintf}... */
  public List<String> aliases(ElfSymbol symbol) {
    return namesByAddress.getOrDefault(symbol.value(), List.of()).stream()
        .filter(n -> !n.equals(symbol.name()))
        .toList();
  }

  /** The {@code DT_NEEDED} file names, in order: where {@code dlsym} looks after this library. */
  public List<String> needed() {
    return needed;
  }
}
