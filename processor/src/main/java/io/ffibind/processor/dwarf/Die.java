package io.ffibind.processor.dwarf;

import io.ffibind.processor.dwarf.Abbreviations.Abbreviation;

/**
 * One debugging information entry, with the attribute values that were asked for decoded: constants,
 * addresses and flags as numbers, references as absolute {@code .debug_info} offsets, strings looked
 * up in their string section.
 */
final class Die {
  /** A reference this reader can follow. */
  static final Object REFERENCE = new Object();
  /** A value in a place ffibind does not read: a type unit, a dwz supplementary file. */
  static final Object UNSUPPORTED = new Object();

  final Unit unit;
  final long offset;
  final Abbreviation abbreviation;
  /** Where its children (or its next sibling, when it has none) start. */
  final long end;
  private final long[] numbers;
  private final Object[] objects;

  Die(Unit unit, long offset, Abbreviation abbreviation, long end, long[] numbers, Object[] objects) {
    this.unit = unit;
    this.offset = offset;
    this.abbreviation = abbreviation;
    this.end = end;
    this.numbers = numbers;
    this.objects = objects;
  }

  int tag() {
    return abbreviation.tag();
  }

  boolean hasChildren() {
    return abbreviation.hasChildren();
  }

  boolean has(int attribute) {
    return abbreviation.indexOf(attribute) >= 0;
  }

  /** A string attribute, or null when absent or stored where ffibind does not read. */
  String string(int attribute) {
    int i = abbreviation.indexOf(attribute);
    return i >= 0 && objects[i] instanceof String s ? s : null;
  }

  /** A constant, address or flag, or {@code fallback} when absent or not a number. */
  long number(int attribute, long fallback) {
    int i = abbreviation.indexOf(attribute);
    return i >= 0 && objects[i] == null ? numbers[i] : fallback;
  }

  boolean flag(int attribute) {
    return number(attribute, 0) != 0;
  }

  /** The absolute offset a reference attribute points at, or -1 when absent or not followable. */
  long reference(int attribute) {
    int i = abbreviation.indexOf(attribute);
    return i >= 0 && objects[i] == REFERENCE ? numbers[i] : -1;
  }

  /** True when the attribute is there but refers to something ffibind does not read. */
  boolean unsupported(int attribute) {
    int i = abbreviation.indexOf(attribute);
    return i >= 0 && objects[i] == UNSUPPORTED;
  }

  /** A block or expression, or null. */
  byte[] block(int attribute) {
    int i = abbreviation.indexOf(attribute);
    return i >= 0 && objects[i] instanceof byte[] b ? b : null;
  }
}
