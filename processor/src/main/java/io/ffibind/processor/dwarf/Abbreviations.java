package io.ffibind.processor.dwarf;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One abbreviation table of {@code .debug_abbrev}: for each code, a DIE's tag, whether it has
 * children, and its attributes with their forms.
 */
final class Abbreviations {
  /** One abbreviation; {@code implicitConstants[i]} is the value of attribute i when its form is implicit_const. */
  record Abbreviation(int tag, boolean hasChildren, int[] attributes, int[] forms, long[] implicitConstants) {
    int indexOf(int attribute) {
      for (int i = 0; i < attributes.length; i++) {
        if (attributes[i] == attribute) {
          return i;
        }
      }
      return -1;
    }
  }

  private final Abbreviation[] dense;
  private final Map<Long, Abbreviation> sparse;

  private Abbreviations(Abbreviation[] dense, Map<Long, Abbreviation> sparse) {
    this.dense = dense;
    this.sparse = sparse;
  }

  static Abbreviations read(ByteBuffer section, long offset) throws DwarfFormatException {
    Cursor c = new Cursor(section, offset);
    Map<Long, Abbreviation> all = new HashMap<>();
    long max = 0;
    while (!c.atEnd()) {
      long code = c.uleb();
      if (code == 0) {
        break;
      }
      int tag = (int) c.uleb();
      boolean children = c.u8() != 0;
      int[] attributes = new int[8];
      int[] forms = new int[8];
      long[] constants = new long[8];
      int n = 0;
      while (true) {
        int attribute = (int) c.uleb();
        int form = (int) c.uleb();
        if (attribute == 0 && form == 0) {
          break;
        }
        if (n == attributes.length) {
          attributes = Arrays.copyOf(attributes, n * 2);
          forms = Arrays.copyOf(forms, n * 2);
          constants = Arrays.copyOf(constants, n * 2);
        }
        attributes[n] = attribute;
        forms[n] = form;
        constants[n] = form == Dw.FORM_IMPLICIT_CONST ? c.sleb() : 0;
        n++;
      }
      all.put(code, new Abbreviation(
          tag, children, Arrays.copyOf(attributes, n), Arrays.copyOf(forms, n),
          Arrays.copyOf(constants, n)));
      max = Math.max(max, code);
    }
    if (max < 4 * all.size() + 64) {
      Abbreviation[] dense = new Abbreviation[(int) max + 1];
      all.forEach((code, a) -> dense[(int) (long) code] = a);
      return new Abbreviations(dense, null);
    }
    return new Abbreviations(null, all);
  }

  Abbreviation get(long code) throws DwarfFormatException {
    Abbreviation a =
        dense != null ? (code >= 0 && code < dense.length ? dense[(int) code] : null) : sparse.get(code);
    if (a == null) {
      throw new DwarfFormatException("damaged: abbreviation code " + code + " is not defined");
    }
    return a;
  }
}
