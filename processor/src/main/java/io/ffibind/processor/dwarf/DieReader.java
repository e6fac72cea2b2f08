package io.ffibind.processor.dwarf;

import io.ffibind.processor.dwarf.Abbreviations.Abbreviation;
import io.ffibind.processor.elf.ElfFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Reads DIEs and their attribute values from {@code .debug_info}, in every form of DWARF 2 to 5. */
final class DieReader {
  /** Which attributes to decode; the others are only skipped over. */
  @FunctionalInterface
  interface Wanted {
    boolean wants(int attribute);
  }

  static final Wanted ALL = a -> true;
  static final Wanted SIBLING = a -> a == Dw.AT_SIBLING;

  private final Sections sections;

  DieReader(Sections sections) {
    this.sections = sections;
  }

  /** The DIE at {@code offset}, or null for the null entry that ends a list of children. */
  Die read(Unit unit, long offset, Wanted wanted) throws DwarfFormatException {
    return readByTag(unit, offset, tag -> wanted);
  }

  /** The same, with the attributes to decode chosen by the DIE's tag. */
  Die readByTag(Unit unit, long offset, IntFunction<Wanted> byTag) throws DwarfFormatException {
    Cursor c = new Cursor(sections.info(), offset);
    long code = c.uleb();
    if (code == 0) {
      return null;
    }
    Abbreviation a = unit.abbreviations().get(code);
    Wanted wanted = byTag.apply(a.tag());
    int n = a.attributes().length;
    long[] numbers = new long[n];
    Object[] objects = new Object[n];
    for (int i = 0; i < n; i++) {
      boolean decode = wanted.wants(a.attributes()[i]);
      value(c, unit, a.forms()[i], a.implicitConstants()[i], decode, numbers, objects, i);
    }
    return new Die(unit, offset, a, c.position, numbers, objects);
  }

  /**
   * Where the next sibling of {@code die} starts: its {@code DW_AT_sibling}, or past all its
   * descendants. Iterative, so no nesting in a damaged file can overflow the stack.
   */
  long next(Die die) throws DwarfFormatException {
    if (!die.hasChildren()) {
      return die.end;
    }
    long sibling = die.reference(Dw.AT_SIBLING);
    if (sibling > die.offset && sibling <= die.unit.end()) {
      return sibling;
    }
    long at = die.end;
    int depth = 1;
    while (depth > 0) {
      Die child = read(die.unit, at, SIBLING);
      if (child == null) {
        at = new Cursor(sections.info(), at).skipNull();
        depth--;
      } else if (!child.hasChildren()) {
        at = child.end;
      } else {
        long skip = child.reference(Dw.AT_SIBLING);
        if (skip > child.offset && skip <= die.unit.end()) {
          at = skip;
        } else {
          at = child.end;
          depth++;
        }
      }
    }
    return at;
  }

  /** The children of {@code die}, each decoded with {@code wanted}. */
  List<Die> children(Die die, Wanted wanted) throws DwarfFormatException {
    List<Die> children = new ArrayList<>();
    if (!die.hasChildren()) {
      return children;
    }
    long at = die.end;
    while (at < die.unit.end()) {
      Die child = read(die.unit, at, wanted);
      if (child == null) {
        break;
      }
      children.add(child);
      at = next(child);
    }
    return children;
  }

  private void value(Cursor c, Unit unit, int form, long implicit, boolean decode, long[] numbers, Object[] objects, int i)
      throws DwarfFormatException {
    switch (form) {
      case Dw.FORM_ADDR -> numbers[i] = c.unsigned(unit.addressSize());
      case Dw.FORM_DATA1, Dw.FORM_FLAG -> numbers[i] = c.u8();
      case Dw.FORM_DATA2 -> numbers[i] = c.u16();
      case Dw.FORM_DATA4 -> numbers[i] = c.u32();
      case Dw.FORM_DATA8 -> numbers[i] = c.u64();
      case Dw.FORM_DATA16 -> {
        c.skip(16);
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_SDATA -> numbers[i] = c.sleb();
      case Dw.FORM_UDATA -> numbers[i] = c.uleb();
      case Dw.FORM_IMPLICIT_CONST -> numbers[i] = implicit;
      case Dw.FORM_FLAG_PRESENT -> numbers[i] = 1;
      case Dw.FORM_SEC_OFFSET, Dw.FORM_LOCLISTX, Dw.FORM_RNGLISTX -> {
        numbers[i] = form == Dw.FORM_SEC_OFFSET ? c.offset(unit.offsetSize()) : c.uleb();
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_BLOCK1 -> block(c, c.u8(), decode, objects, i);
      case Dw.FORM_BLOCK2 -> block(c, c.u16(), decode, objects, i);
      case Dw.FORM_BLOCK4 -> block(c, c.u32(), decode, objects, i);
      case Dw.FORM_BLOCK, Dw.FORM_EXPRLOC -> block(c, c.uleb(), decode, objects, i);
      case Dw.FORM_STRING -> {
        int start = c.skipString();
        objects[i] = decode ? string(sections.info(), start) : Die.UNSUPPORTED;
      }
      case Dw.FORM_STRP -> strp(sections.str(), c.offset(unit.offsetSize()), decode, objects, i);
      case Dw.FORM_LINE_STRP -> strp(sections.lineStr(), c.offset(unit.offsetSize()), decode, objects, i);
      case Dw.FORM_STRP_SUP, Dw.FORM_GNU_STRP_ALT -> {
        c.offset(unit.offsetSize());
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_STRX, Dw.FORM_GNU_STR_INDEX -> strx(unit, c.uleb(), decode, objects, i);
      case Dw.FORM_STRX1 -> strx(unit, c.u8(), decode, objects, i);
      case Dw.FORM_STRX2 -> strx(unit, c.u16(), decode, objects, i);
      case Dw.FORM_STRX3 -> strx(unit, c.u24(), decode, objects, i);
      case Dw.FORM_STRX4 -> strx(unit, c.u32(), decode, objects, i);
      case Dw.FORM_ADDRX, Dw.FORM_GNU_ADDR_INDEX -> addrx(unit, c.uleb(), decode, numbers, objects, i);
      case Dw.FORM_ADDRX1 -> addrx(unit, c.u8(), decode, numbers, objects, i);
      case Dw.FORM_ADDRX2 -> addrx(unit, c.u16(), decode, numbers, objects, i);
      case Dw.FORM_ADDRX3 -> addrx(unit, c.u24(), decode, numbers, objects, i);
      case Dw.FORM_ADDRX4 -> addrx(unit, c.u32(), decode, numbers, objects, i);
      case Dw.FORM_REF1 -> reference(unit.offset() + c.u8(), numbers, objects, i);
      case Dw.FORM_REF2 -> reference(unit.offset() + c.u16(), numbers, objects, i);
      case Dw.FORM_REF4 -> reference(unit.offset() + c.u32(), numbers, objects, i);
      case Dw.FORM_REF8 -> reference(unit.offset() + c.u64(), numbers, objects, i);
      case Dw.FORM_REF_UDATA -> reference(unit.offset() + c.uleb(), numbers, objects, i);
      case Dw.FORM_REF_ADDR ->
          reference(unit.version() <= 2 ? c.unsigned(unit.addressSize()) : c.offset(unit.offsetSize()), numbers, objects, i);
      case Dw.FORM_REF_SIG8, Dw.FORM_REF_SUP8 -> {
        c.skip(8);
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_REF_SUP4 -> {
        c.skip(4);
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_GNU_REF_ALT -> {
        c.offset(unit.offsetSize());
        objects[i] = Die.UNSUPPORTED;
      }
      case Dw.FORM_INDIRECT -> {
        int actual = (int) c.uleb();
        if (actual == Dw.FORM_INDIRECT) {
          throw new DwarfFormatException("damaged: an indirect form names itself");
        }
        value(c, unit, actual, actual == Dw.FORM_IMPLICIT_CONST ? c.sleb() : 0, decode, numbers, objects, i);
      }
      default -> throw new DwarfFormatException("unknown attribute form 0x" + Integer.toHexString(form));
    }
  }

  private static void block(Cursor c, long length, boolean decode, Object[] objects, int i) throws DwarfFormatException {
    if (decode) {
      objects[i] = c.bytes(length);
    } else {
      c.skip(length);
      objects[i] = Die.UNSUPPORTED;
    }
  }

  private static void reference(long target, long[] numbers, Object[] objects, int i) {
    numbers[i] = target;
    objects[i] = Die.REFERENCE;
  }

  private void strp(ByteBuffer table, long offset, boolean decode, Object[] objects, int i) throws DwarfFormatException {
    objects[i] = decode ? string(table, offset) : Die.UNSUPPORTED;
  }

  private void strx(Unit unit, long index, boolean decode, Object[] objects, int i) throws DwarfFormatException {
    if (!decode) {
      objects[i] = Die.UNSUPPORTED;
      return;
    }
    // Without DW_AT_str_offsets_base (GNU's split DWARF), the first contribution's header is 8 bytes.
    long base = unit.strOffsetsBase() >= 0 ? unit.strOffsetsBase() : 8;
    Cursor c = new Cursor(sections.strOffsets(), base + index * unit.offsetSize());
    objects[i] = string(sections.str(), c.offset(unit.offsetSize()));
  }

  private void addrx(Unit unit, long index, boolean decode, long[] numbers, Object[] objects, int i)
      throws DwarfFormatException {
    if (!decode) {
      return;
    }
    long base = unit.addrBase() >= 0 ? unit.addrBase() : 8;
    numbers[i] = new Cursor(sections.addr(), base + index * unit.addressSize()).unsigned(unit.addressSize());
  }

  static String string(ByteBuffer table, long offset) throws DwarfFormatException {
    if (offset < 0 || offset >= table.limit()) {
      throw new DwarfFormatException("damaged: a string offset (" + offset + ") lies outside its section");
    }
    return ElfFile.nulTerminated(table, (int) offset);
  }
}
