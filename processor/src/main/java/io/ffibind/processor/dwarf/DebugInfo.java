package io.ffibind.processor.dwarf;

import io.ffibind.processor.elf.ElfFile;
import io.ffibind.processor.elf.ElfFormatException;
import io.ffibind.processor.elf.Section;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The C declarations in a library's DWARF ({@code .debug_info} with {@code .debug_abbrev}, {@code
 * .debug_str}, {@code .debug_line_str}, {@code .debug_str_offsets}, {@code .debug_addr}; versions 2
 * to 5): functions by name and by address, structs, unions and typedefs by name.
 *
 * <p>Reading indexes the file-scope entries of every unit once; prototypes and types are decoded
 * only when asked for. Not read: type units ({@code DW_FORM_ref_sig8}), dwz supplementary files,
 * split DWARF ({@code .dwo}); whatever refers to them decodes as {@link CType.Unknown}.
 */
public final class DebugInfo {
  private final DieReader reader;
  private final List<Unit> units = new ArrayList<>();
  private final Set<Integer> versions = new TreeSet<>();
  private long[] unitStarts = new long[0];
  /** Named subprograms: both DW_AT_name and DW_AT_linkage_name. */
  private final Map<String, List<Long>> functionsByName = new HashMap<>();
  /** Function definitions by entry address (DW_AT_low_pc). */
  private final Map<Long, Long> functionsByAddress = new HashMap<>();
  /** Complete structs and unions by tag name; typedefs by name. */
  private final Map<String, Long> aggregatesByTag = new HashMap<>();
  private final Map<String, Long> typedefs = new HashMap<>();
  private final Map<Long, CType> types = new HashMap<>();

  private DebugInfo(Sections sections) {
    this.reader = new DieReader(sections);
  }

  /** The debug information of {@code elf}, or empty when it has none. */
  public static Optional<DebugInfo> read(ElfFile elf) throws IOException, ElfFormatException, DwarfFormatException {
    ByteBuffer info = section(elf, "info");
    if (info.limit() == 0) {
      return Optional.empty();
    }
    Sections sections =
        new Sections(
            info, section(elf, "abbrev"), section(elf, "str"), section(elf, "line_str"),
            section(elf, "str_offsets"), section(elf, "addr"));
    DebugInfo debugInfo = new DebugInfo(sections);
    debugInfo.index(sections);
    debugInfo.unitStarts = debugInfo.units.stream().mapToLong(Unit::offset).toArray();
    return Optional.of(debugInfo);
  }

  /** True when {@code elf} has DWARF of its own (a stripped library keeps none). */
  public static boolean present(ElfFile elf) {
    return elf.sections().stream()
        .anyMatch(s -> (s.name().equals(".debug_info") || s.name().equals(".zdebug_info")) && s.hasContents());
  }

  private static ByteBuffer section(ElfFile elf, String name) throws IOException, ElfFormatException {
    Optional<Section> s = elf.section(".debug_" + name).or(() -> elf.section(".zdebug_" + name));
    return s.isPresent() ? elf.contents(s.get()) : ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The DWARF versions of its units, for messages and tests. */
  public Set<Integer> versions() {
    return versions;
  }

  // ---- index ------------------------------------------------------------------------------

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

  private static final DieReader.Wanted INDEXED =
      a -> a == Dw.AT_SIBLING || a == Dw.AT_NAME || a == Dw.AT_LINKAGE_NAME || a == Dw.AT_MIPS_LINKAGE_NAME
          || a == Dw.AT_LOW_PC || a == Dw.AT_DECLARATION;

  private static boolean indexed(int tag) {
    return tag == Dw.TAG_SUBPROGRAM || tag == Dw.TAG_STRUCTURE_TYPE || tag == Dw.TAG_UNION_TYPE
        || tag == Dw.TAG_CLASS_TYPE || tag == Dw.TAG_TYPEDEF;
  }

  /** Names, addresses and flags of what is indexed; of anything else, only where it ends. */
  private static DieReader.Wanted indexedAttributes(int tag) {
    return indexed(tag) ? INDEXED : DieReader.SIBLING;
  }

  /** The children of the root: file-scope functions, structs, unions and typedefs. */
  private void indexUnit(Unit unit) throws DwarfFormatException {
    Die root = reader.read(unit, unit.firstDie(), DieReader.SIBLING);
    if (root == null || !root.hasChildren()) {
      return;
    }
    long at = root.end;
    while (at < unit.end()) {
      Die die = reader.readByTag(unit, at, DebugInfo::indexedAttributes);
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
          typedefs.putIfAbsent(name, die.offset);
        }
      }
      default -> {
        if (name != null && !declaration) {
          aggregatesByTag.putIfAbsent(name, die.offset);
        }
      }
    }
  }

  // ---- functions ----------------------------------------------------------------------------

  /**
   * The prototype of the function a library exports as {@code name} at {@code address}: the
   * definition at that address when there is one (it may carry another name, such as {@code
   * __snprintf} for {@code snprintf}), else an external definition or declaration with that name or
   * one of its {@code aliases}. Pass no address for an indirect function, whose symbol points at its
   * resolver rather than at the function.
   */
  public Optional<CFunction> function(String name, OptionalLong address, List<String> aliases)
      throws DwarfFormatException {
    if (address.isPresent()) {
      Long at = functionsByAddress.get(address.getAsLong());
      if (at != null) {
        return Optional.of(prototype(at));
      }
    }
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      Long best = bestNamed(n);
      if (best != null) {
        return Optional.of(prototype(best));
      }
    }
    return Optional.empty();
  }

  /** An external definition first, then an external declaration (as a header gives it). */
  private Long bestNamed(String name) throws DwarfFormatException {
    Long declaration = null;
    for (long offset : functionsByName.getOrDefault(name, List.of())) {
      Die die = reader.read(unitAt(offset), offset, DieReader.ALL);
      if (!die.flag(Dw.AT_EXTERNAL) && !die.has(Dw.AT_SPECIFICATION) && !die.has(Dw.AT_ABSTRACT_ORIGIN)) {
        continue; // a static function that happens to share the name
      }
      if (!die.flag(Dw.AT_DECLARATION)) {
        return offset;
      }
      if (declaration == null) {
        declaration = offset;
      }
    }
    return declaration;
  }

  /** Reads a subprogram, following a concrete instance to its abstract origin and a definition to its declaration. */
  private CFunction prototype(long offset) throws DwarfFormatException {
    Die die = reader.read(unitAt(offset), offset, DieReader.ALL);
    for (int i = 0; i < 8 && die.reference(Dw.AT_ABSTRACT_ORIGIN) >= 0; i++) {
      long origin = die.reference(Dw.AT_ABSTRACT_ORIGIN);
      die = reader.read(unitAt(origin), origin, DieReader.ALL);
    }
    List<Die> chain = new ArrayList<>();
    chain.add(die);
    for (int i = 0; i < 8 && chain.getLast().reference(Dw.AT_SPECIFICATION) >= 0; i++) {
      long spec = chain.getLast().reference(Dw.AT_SPECIFICATION);
      chain.add(reader.read(unitAt(spec), spec, DieReader.ALL));
    }
    String name = null;
    TypeRef result = TypeRef.VOID;
    boolean prototyped = !die.unit.isC();
    for (Die d : chain) {
      name = name != null ? name : d.string(Dw.AT_NAME);
      if (result == TypeRef.VOID && (d.has(Dw.AT_TYPE))) {
        result = typeRef(d, Dw.AT_TYPE);
      }
      prototyped |= d.flag(Dw.AT_PROTOTYPED);
    }
    for (Die d : chain) {
      List<Die> children = reader.children(d, DieReader.ALL);
      boolean hasParameters =
          children.stream().anyMatch(c -> c.tag() == Dw.TAG_FORMAL_PARAMETER || c.tag() == Dw.TAG_UNSPECIFIED_PARAMETERS);
      if (hasParameters || d == chain.getLast()) {
        List<CFunction.Parameter> parameters = new ArrayList<>();
        boolean variadic = false;
        for (Die child : children) {
          if (child.tag() == Dw.TAG_FORMAL_PARAMETER) {
            parameters.add(parameter(child));
          } else if (child.tag() == Dw.TAG_UNSPECIFIED_PARAMETERS) {
            variadic = true;
          }
        }
        return new CFunction(name == null ? "" : name, result.get(), List.copyOf(parameters), variadic, prototyped);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private CFunction.Parameter parameter(Die die) throws DwarfFormatException {
    String name = die.string(Dw.AT_NAME);
    Die typed = die;
    long origin = die.reference(Dw.AT_ABSTRACT_ORIGIN);
    if (origin >= 0) {
      Die abstractParameter = reader.read(unitAt(origin), origin, DieReader.ALL);
      name = name != null ? name : abstractParameter.string(Dw.AT_NAME);
      typed = die.has(Dw.AT_TYPE) ? die : abstractParameter;
    }
    return new CFunction.Parameter(name == null ? "" : name, typeRef(typed, Dw.AT_TYPE).get());
  }

  // ---- structs ------------------------------------------------------------------------------

  /**
   * The struct or union called {@code name}: a complete one with that tag ({@code struct name}), or
   * a typedef of that name that stands for one ({@code typedef struct {...} name}).
   */
  public Optional<CType.Aggregate> aggregate(String name) throws DwarfFormatException {
    Long tagged = aggregatesByTag.get(name);
    if (tagged != null && type(tagged) instanceof CType.Aggregate a) {
      return Optional.of(a);
    }
    Long typedef = typedefs.get(name);
    if (typedef != null && type(typedef).resolved() instanceof CType.Aggregate a && a.complete()) {
      return Optional.of(a);
    }
    return Optional.empty();
  }

  // ---- types --------------------------------------------------------------------------------

  private TypeRef typeRef(Die die, int attribute) {
    long target = die.reference(attribute);
    if (target >= 0) {
      return new TypeRef(this::typeOrUnknown, target);
    }
    if (die.unsupported(attribute)) {
      return TypeRef.of(new CType.Unknown("a type in a type unit or supplementary file, which ffibind does not read"));
    }
    return TypeRef.VOID;
  }

  private CType typeOrUnknown(long offset) {
    try {
      return type(offset);
    } catch (DwarfFormatException e) {
      return new CType.Unknown(e.getMessage());
    }
  }

  private CType type(long offset) throws DwarfFormatException {
    CType known = types.get(offset);
    if (known != null) {
      return known;
    }
    CType decoded = TypeDecoder.decode(reader.read(unitAt(offset), offset, DieReader.ALL), reader, this::typeRef);
    types.put(offset, decoded);
    return decoded;
  }

  private Unit unitAt(long offset) throws DwarfFormatException {
    int i = Arrays.binarySearch(unitStarts, offset);
    int index = i >= 0 ? i : -i - 2;
    if (index < 0 || offset >= units.get(index).end()) {
      throw new DwarfFormatException("damaged: a reference (0x" + Long.toHexString(offset) + ") points outside every unit");
    }
    return units.get(index);
  }
}
