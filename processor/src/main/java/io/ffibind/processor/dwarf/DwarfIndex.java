package io.ffibind.processor.dwarf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pass over {@code .debug_info}: its units, and their file-scope functions, variables, structs,
 * unions and typedefs by name (functions by address too), as offsets of the DIEs to decode when asked.
 */
final class DwarfIndex {
  /** What the index keeps of a function, struct, union or typedef. */
  private static final DieReader.Wanted INDEXED =
      a -> a == Dw.AT_SIBLING || a == Dw.AT_NAME || a == Dw.AT_LINKAGE_NAME || a == Dw.AT_MIPS_LINKAGE_NAME
          || a == Dw.AT_LOW_PC || a == Dw.AT_DECLARATION;

  private final DieReader reader;
  private final List<Unit> units = new ArrayList<>();
  private final Set<Integer> versions = new TreeSet<>();
  private long[] unitStarts = new long[0];
  /** Named subprograms: both DW_AT_name and DW_AT_linkage_name. */
  private final Map<String, List<Long>> functionsByName = new HashMap<>();
  /** Function definitions by entry address (DW_AT_low_pc). */
  private final Map<Long, Long> functionsByAddress = new HashMap<>();
  /**
   * Complete structs and unions by tag name, and typedefs by name: every one, in the order of the
   * units, since two files of a library may each define their own {@code struct point}.
   */
  private final Map<String, List<Long>> aggregatesByTag = new HashMap<>();
  private final Map<String, List<Long>> typedefs = new HashMap<>();
  /** File-scope variables (definitions and declarations) by name. */
  private final Map<String, List<Long>> variablesByName = new HashMap<>();

  private DwarfIndex(DieReader reader) {
    this.reader = reader;
  }

  static DwarfIndex build(Sections sections, DieReader reader) throws DwarfFormatException {
    DwarfIndex index = new DwarfIndex(reader);
    index.index(sections);
    index.unitStarts = index.units.stream().mapToLong(Unit::offset).toArray();
    return index;
  }

  Set<Integer> versions() {
    return versions;
  }

  List<Long> functionsNamed(String name) {
    return functionsByName.getOrDefault(name, List.of());
  }

  Long functionByAddress(long address) {
    return functionsByAddress.get(address);
  }

  List<Long> aggregatesTagged(String name) {
    return aggregatesByTag.getOrDefault(name, List.of());
  }

  List<Long> typedefsNamed(String name) {
    return typedefs.getOrDefault(name, List.of());
  }

  List<Long> variablesNamed(String name) {
    return variablesByName.getOrDefault(name, List.of());
  }

  private void index(Sections sections) throws DwarfFormatException {
    Map<Long, Abbreviations> abbreviations = new HashMap<>();
    Cursor c = new Cursor(sections.info(), 0);
    while (c.position + 11 <= sections.info().limit()) {
      long start = c.position;
      long length = c.u32();
      int offsetSize = 4;
      if (length == 0xffffffffL) {
        length = c.u64();
        offsetSize = 8;
      } else if (length >= 0xfffffff0L) {
        throw new DwarfFormatException("damaged: unit length 0x" + Long.toHexString(length) + " is reserved");
      }
      long end = c.position + length;
      if (end > sections.info().limit() || length < 0) {
        throw new DwarfFormatException("damaged: a unit runs past the end of .debug_info");
      }
      int version = c.u16();
      if (version < 2 || version > 5) {
        throw new DwarfFormatException("DWARF version " + version + " is not supported: ffibind reads versions 2 to 5");
      }
      int unitType = Dw.UT_COMPILE;
      int addressSize;
      long abbrevOffset;
      if (version == 5) {
        unitType = c.u8();
        addressSize = c.u8();
        abbrevOffset = c.offset(offsetSize);
        if (unitType == Dw.UT_SKELETON || unitType == Dw.UT_SPLIT_COMPILE) {
          c.u64();
        } else if (unitType == Dw.UT_TYPE || unitType == Dw.UT_SPLIT_TYPE) {
          c.u64();
          c.offset(offsetSize);
        }
      } else {
        abbrevOffset = c.offset(offsetSize);
        addressSize = c.u8();
      }
      Abbreviations table = abbreviations.get(abbrevOffset);
      if (table == null) {
        table = Abbreviations.read(sections.abbrev(), abbrevOffset);
        abbreviations.put(abbrevOffset, table);
      }
      Unit unit = new Unit(start, end, version, offsetSize, addressSize, table, c.position, -1, -1, 0);
      versions.add(version);
      if (unitType == Dw.UT_COMPILE || unitType == Dw.UT_PARTIAL) {
        unit = withBases(unit);
        units.add(unit);
        indexUnit(unit);
      } else {
        units.add(unit);
      }
      c.seek(end);
    }
  }

  /** The root DIE first, for the bases its own indexed strings may need. */
  private Unit withBases(Unit unit) throws DwarfFormatException {
    Die root = reader.read(unit, unit.firstDie(), a -> a == Dw.AT_STR_OFFSETS_BASE || a == Dw.AT_ADDR_BASE || a == Dw.AT_LANGUAGE);
    if (root == null) {
      return unit;
    }
    return unit.withBases(
        root.number(Dw.AT_STR_OFFSETS_BASE, -1), root.number(Dw.AT_ADDR_BASE, -1), (int) root.number(Dw.AT_LANGUAGE, 0));
  }

  private static boolean indexed(int tag) {
    return tag == Dw.TAG_SUBPROGRAM || tag == Dw.TAG_STRUCTURE_TYPE || tag == Dw.TAG_UNION_TYPE
        || tag == Dw.TAG_CLASS_TYPE || tag == Dw.TAG_TYPEDEF || tag == Dw.TAG_VARIABLE;
  }

  /** Names, addresses and flags of what is indexed; of anything else, only where it ends. */
  private static DieReader.Wanted indexedAttributes(int tag) {
    return indexed(tag) ? INDEXED : DieReader.SIBLING;
  }

  /** The children of the root: file-scope functions, variables, structs, unions and typedefs. */
  private void indexUnit(Unit unit) throws DwarfFormatException {
    Die root = reader.read(unit, unit.firstDie(), DieReader.SIBLING);
    if (root == null || !root.hasChildren()) {
      return;
    }
    long at = root.end;
    while (at < unit.end()) {
      Die die = reader.readByTag(unit, at, DwarfIndex::indexedAttributes);
      if (die == null) {
        break;
      }
      if (indexed(die.tag())) {
        record(die);
      }
      at = reader.next(die);
    }
  }

  private void record(Die die) {
    String name = die.string(Dw.AT_NAME);
    boolean declaration = die.flag(Dw.AT_DECLARATION);
    switch (die.tag()) {
      case Dw.TAG_SUBPROGRAM -> {
        if (name != null) {
          functionsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(die.offset);
        }
        String linkage = die.string(Dw.AT_LINKAGE_NAME) != null ? die.string(Dw.AT_LINKAGE_NAME) : die.string(Dw.AT_MIPS_LINKAGE_NAME);
        if (linkage != null && !linkage.equals(name)) {
          functionsByName.computeIfAbsent(linkage, n -> new ArrayList<>()).add(die.offset);
        }
        long low = die.number(Dw.AT_LOW_PC, -1);
        if (low > 0 && !declaration) {
          functionsByAddress.putIfAbsent(low, die.offset);
        }
      }
      case Dw.TAG_TYPEDEF -> {
        if (name != null) {
          typedefs.computeIfAbsent(name, n -> new ArrayList<>()).add(die.offset);
        }
      }
      case Dw.TAG_VARIABLE -> {
        if (name != null) {
          variablesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(die.offset);
        }
      }
      default -> {
        if (name != null && !declaration) {
          aggregatesByTag.computeIfAbsent(name, n -> new ArrayList<>()).add(die.offset);
        }
      }
    }
  }

  /** The unit an offset of .debug_info lies in. */
  Unit unitAt(long offset) throws DwarfFormatException {
    int i = Arrays.binarySearch(unitStarts, offset);
    int index = i >= 0 ? i : -i - 2;
    if (index < 0 || offset >= units.get(index).end()) {
      throw new DwarfFormatException("damaged: a reference (0x" + Long.toHexString(offset) + ") points outside every unit");
    }
    return units.get(index);
  }}
