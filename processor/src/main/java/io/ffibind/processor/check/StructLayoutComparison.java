package io.ffibind.processor.check;

import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares a struct layout as ffibind computes it with the struct or union the library's DWARF
 * describes ({@link io.ffibind.processor.dwarf.DebugInfo#aggregates}): member count, each member's
 * offset and size (in order: Java may name them differently), and the total size. {@link
 * StructVerification} reports the problems at the {@code @Struct} as one error (FFI089), whose text
 * names C's struct, so the sentences here say only "C's".
 */
final class StructLayoutComparison {
  /** A member as ffibind lays it out: its name, byte offset and byte size. */
  record Field(String name, long offset, long size) {}

  private StructLayoutComparison() {}

  /** A record's fields as ffibind lays them out. */
  static List<Field> fields(StructModel struct) {
    return struct.fields().stream().map(f -> new Field(f.cName(), f.offset(), f.size())).toList();
  }

  /** What does not fit, one sentence each; empty when the layouts agree. */
  static List<String> compare(List<Field> fields, long size, CType.Aggregate c) {
    List<String> problems = new ArrayList<>();
    if (fields.size() != c.members().size()) {
      problems.add(
          fields.size() + " field" + (fields.size() == 1 ? "" : "s") + " declared, but C's has "
              + c.members().size() + " ("
              + c.members().stream().map(CType.Member::name).collect(Collectors.joining(", ")) + ")");
    }
    for (int i = 0; i < Math.min(fields.size(), c.members().size()); i++) {
      Field field = fields.get(i);
      CType.Member member = c.members().get(i);
      String cName = member.name().equals(field.name()) ? "" : " (C's '" + member.name() + "')";
      if (member.isBitField()) {
        problems.add("field '" + field.name() + "'" + cName + " is a " + member.bitSize() + "-bit bit-field in C, which a field cannot lay out");
        continue;
      }
      if (field.offset() != member.offset()) {
        problems.add(
            "field '" + field.name() + "'" + cName + " is at offset " + field.offset() + ", but C's is at " + member.offset());
      }
      if (member.size() >= 0 && field.size() != member.size()) {
        problems.add(
            "field '" + field.name() + "'" + cName + " is " + field.size() + " bytes, but C's is " + member.size());
      }
    }
    if (c.size() >= 0 && size != c.size()) {
      problems.add("the size is " + size + " bytes, but C's is " + c.size());
    }
    return problems;
  }
}
