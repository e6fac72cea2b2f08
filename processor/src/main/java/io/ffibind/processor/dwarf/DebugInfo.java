package io.ffibind.processor.dwarf;

import io.ffibind.processor.elf.ElfFile;
import io.ffibind.processor.elf.ElfFormatException;
import io.ffibind.processor.elf.Section;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The C declarations in a library's DWARF ({@code .debug_info} with {@code .debug_abbrev}, {@code
 * .debug_str}, {@code .debug_line_str}, {@code .debug_str_offsets}, {@code .debug_addr}; versions 2
 * to 5): functions by name and by address, variables, structs, unions and typedefs by name.
 *
 * <p>Reading indexes the file-scope entries of every unit once; prototypes and types are decoded
 * only when asked for. Not read: type units ({@code DW_FORM_ref_sig8}), dwz supplementary files,
 * split DWARF ({@code .dwo}); whatever refers to them decodes as {@link CType.Unknown}.
 */
public final class DebugInfo {
  private final DieReader reader;
  private final DwarfIndex index;
  private final Map<Long, CType> types = new HashMap<>();

  private DebugInfo(DieReader reader, DwarfIndex index) {
    this.reader = reader;
    this.index = index;
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
    DieReader reader = new DieReader(sections);
    return Optional.of(new DebugInfo(reader, DwarfIndex.build(sections, reader)));
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
    return index.versions();
  }

  // ---- functions ----------------------------------------------------------------------------

  /**
   * The prototype of the function a library exports as {@code name} at {@code address}: the
   * definition at that address when there is one (it may carry another name, such as {@code
   * __snprintf} for {@code snprintf}), else an external definition or declaration with that name or
   * one of its {@code aliases}. Pass no address for an indirect function, whose symbol points at its
   * resolver rather than at the function. A definition in assembly (a unit GNU as describes) has no
   * prototype: only a C declaration by one of the names can give one.
   */
  public Optional<CFunction> function(String name, OptionalLong address, List<String> aliases)
      throws DwarfFormatException {
    if (address.isPresent()) {
      Long at = index.functionByAddress(address.getAsLong());
      if (at != null && !index.unitAt(at).isAssembly()) { // assembly says nothing of the prototype
        return Optional.of(prototype(die(at)));
      }
    }
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      Die best = bestNamed(n);
      if (best != null) {
        return Optional.of(prototype(best));
      }
    }
    return Optional.empty();
  }

  /** An external definition first, then an external declaration (as a header gives it). */
  private Die bestNamed(String name) throws DwarfFormatException {
    Die declaration = null;
    for (long offset : index.functionsNamed(name)) {
      Die die = die(offset);
      if (die.unit.isAssembly()) {
        continue; // says nothing of its prototype
      }
      if (!die.flag(Dw.AT_EXTERNAL) && !die.has(Dw.AT_SPECIFICATION) && !die.has(Dw.AT_ABSTRACT_ORIGIN)) {
        continue; // a static function that happens to share the name
      }
      if (!die.flag(Dw.AT_DECLARATION)) {
        return die;
      }
      if (declaration == null) {
        declaration = die;
      }
    }
    return declaration;
  }

  /** Reads a subprogram, following a concrete instance to its abstract origin and a definition to its declaration. */
  private CFunction prototype(Die die) throws DwarfFormatException {
    for (int i = 0; i < 8 && die.reference(Dw.AT_ABSTRACT_ORIGIN) >= 0; i++) {
      long origin = die.reference(Dw.AT_ABSTRACT_ORIGIN);
      die = die(origin);
    }
    List<Die> chain = new ArrayList<>();
    chain.add(die);
    for (int i = 0; i < 8 && chain.getLast().reference(Dw.AT_SPECIFICATION) >= 0; i++) {
      long spec = chain.getLast().reference(Dw.AT_SPECIFICATION);
      chain.add(die(spec));
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
      Die abstractParameter = die(origin);
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
    List<CType.Aggregate> all = aggregates(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every struct or union called {@code name}, tagged ones first, then typedefs: each unit repeats
   * the types it uses, and two files of a library may each define a different {@code struct point}.
   */
  public List<CType.Aggregate> aggregates(String name) throws DwarfFormatException {
    List<CType.Aggregate> found = new ArrayList<>();
    for (long offset : index.aggregatesTagged(name)) {
      if (type(offset) instanceof CType.Aggregate a && !found.contains(a)) {
        found.add(a);
      }
    }
    for (long offset : index.typedefsNamed(name)) {
      if (type(offset).resolved() instanceof CType.Aggregate a && a.complete() && !found.contains(a)) {
        found.add(a);
      }
    }
    return found;
  }

  // ---- variables ----------------------------------------------------------------------------

  /**
   * The type of the file-scope variable a library exports as {@code name}: an external definition,
   * else an external declaration (as a header gives it; a definition that completes a declaration
   * carries no name of its own). Empty when the debug information has neither.
   */
  public Optional<CType> variable(String name) throws DwarfFormatException {
    Die declaration = null;
    for (long offset : index.variablesNamed(name)) {
      Die die = die(offset);
      if (die.unit.isAssembly()) {
        continue; // says nothing of its prototype
      }
      if (!die.flag(Dw.AT_EXTERNAL)) {
        continue; // a static variable that happens to share the name
      }
      if (!die.flag(Dw.AT_DECLARATION)) {
        return Optional.of(variableType(die));
      }
      if (declaration == null) {
        declaration = die;
      }
    }
    return declaration == null ? Optional.empty() : Optional.of(variableType(declaration));
  }

  /** Its type, or that of the declaration it completes ({@code DW_AT_specification}). */
  private CType variableType(Die die) throws DwarfFormatException {
    Die typed = die;
    for (int i = 0; i < 8 && !typed.has(Dw.AT_TYPE) && typed.reference(Dw.AT_SPECIFICATION) >= 0; i++) {
      long spec = typed.reference(Dw.AT_SPECIFICATION);
      typed = die(spec);
    }
    return typeRef(typed, Dw.AT_TYPE).get();
  }

  // ---- types --------------------------------------------------------------------------------

  /** The entry at {@code offset} of {@code .debug_info}, with every attribute. */
  private Die die(long offset) throws DwarfFormatException {
    return reader.read(index.unitAt(offset), offset, DieReader.ALL);
  }

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
    CType decoded = TypeDecoder.decode(die(offset), reader, this::typeRef);
    types.put(offset, decoded);
    return decoded;
  }


}
