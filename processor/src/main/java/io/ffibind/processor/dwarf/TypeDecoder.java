package io.ffibind.processor.dwarf;

import java.util.ArrayList;
import java.util.List;

/** Turns one type DIE into a {@link CType}; the types it refers to stay references, resolved on demand. */
final class TypeDecoder {
  /** Makes the reference an attribute of a DIE holds. */
  @FunctionalInterface
  interface Refs {
    TypeRef of(Die die, int attribute);
  }

  private TypeDecoder() {}

  static CType decode(Die die, DieReader reader, Refs refs) throws DwarfFormatException {
    String name = die.string(Dw.AT_NAME);
    return switch (die.tag()) {
      case Dw.TAG_BASE_TYPE ->
          new CType.Base(name == null ? "?" : name, die.number(Dw.AT_BYTE_SIZE, -1), encoding((int) die.number(Dw.AT_ENCODING, 0)));
      case Dw.TAG_POINTER_TYPE, Dw.TAG_REFERENCE_TYPE, Dw.TAG_RVALUE_REFERENCE_TYPE ->
          new CType.Pointer(refs.of(die, Dw.AT_TYPE), die.number(Dw.AT_BYTE_SIZE, die.unit.addressSize()));
      case Dw.TAG_CONST_TYPE -> new CType.Qualified("const", refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_VOLATILE_TYPE -> new CType.Qualified("volatile", refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_RESTRICT_TYPE -> new CType.Qualified("restrict", refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_ATOMIC_TYPE -> new CType.Qualified("_Atomic", refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_TYPEDEF -> new CType.Typedef(name == null ? "?" : name, refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_ENUMERATION_TYPE ->
          new CType.Enum(name == null ? "" : name, die.number(Dw.AT_BYTE_SIZE, -1), refs.of(die, Dw.AT_TYPE));
      case Dw.TAG_STRUCTURE_TYPE, Dw.TAG_CLASS_TYPE, Dw.TAG_UNION_TYPE -> aggregate(die, name, reader, refs);
      case Dw.TAG_ARRAY_TYPE -> array(die, reader, refs);
      case Dw.TAG_SUBROUTINE_TYPE -> function(die, reader, refs);
      case Dw.TAG_UNSPECIFIED_TYPE -> new CType.Unknown("unspecified type " + (name == null ? "" : name));
      default -> new CType.Unknown("DWARF tag 0x" + Integer.toHexString(die.tag()));
    };
  }

  private static CType.Encoding encoding(int ate) {
    return switch (ate) {
      case Dw.ATE_SIGNED -> CType.Encoding.SIGNED;
      case Dw.ATE_UNSIGNED, Dw.ATE_UTF, Dw.ATE_ADDRESS -> CType.Encoding.UNSIGNED;
      case Dw.ATE_SIGNED_CHAR -> CType.Encoding.SIGNED_CHAR;
      case Dw.ATE_UNSIGNED_CHAR -> CType.Encoding.UNSIGNED_CHAR;
      case Dw.ATE_BOOLEAN -> CType.Encoding.BOOLEAN;
      case Dw.ATE_FLOAT -> CType.Encoding.FLOAT;
      case Dw.ATE_COMPLEX_FLOAT -> CType.Encoding.COMPLEX_FLOAT;
      default -> CType.Encoding.OTHER;
    };
  }

  private static CType aggregate(Die die, String name, DieReader reader, Refs refs) throws DwarfFormatException {
    CType.Aggregate.Kind kind = die.tag() == Dw.TAG_UNION_TYPE ? CType.Aggregate.Kind.UNION : CType.Aggregate.Kind.STRUCT;
    boolean complete = !die.flag(Dw.AT_DECLARATION);
    List<CType.Member> members = new ArrayList<>();
    for (Die child : reader.children(die, DieReader.ALL)) {
      if (child.tag() != Dw.TAG_MEMBER) {
        continue;
      }
      long offset = memberOffset(child);
      long bitSize = child.number(Dw.AT_BIT_SIZE, 0);
      long bitOffset = 0;
      if (bitSize > 0) {
        long dataBitOffset = child.number(Dw.AT_DATA_BIT_OFFSET, -1);
        if (dataBitOffset >= 0) {
          bitOffset = dataBitOffset;
          offset = dataBitOffset / 8;
        } else {
          // DWARF 2/3: bits counted from the most significant bit of a storage unit of byte_size bytes.
          long storage = child.number(Dw.AT_BYTE_SIZE, 0) * 8;
          bitOffset = offset * 8 + storage - child.number(Dw.AT_BIT_OFFSET, 0) - bitSize;
        }
      }
      String memberName = child.string(Dw.AT_NAME);
      members.add(new CType.Member(memberName == null ? "" : memberName, offset, refs.of(child, Dw.AT_TYPE), bitSize, bitOffset));
    }
    return new CType.Aggregate(kind, name == null ? "" : name, complete ? die.number(Dw.AT_BYTE_SIZE, -1) : -1, complete, List.copyOf(members));
  }

  /** A constant, or DWARF 2's {@code DW_OP_plus_uconst n} expression; 0 in a union. */
  private static long memberOffset(Die member) throws DwarfFormatException {
    long constant = member.number(Dw.AT_DATA_MEMBER_LOCATION, -1);
    if (constant >= 0) {
      return constant;
    }
    byte[] expression = member.block(Dw.AT_DATA_MEMBER_LOCATION);
    if (expression != null && expression.length > 1 && Byte.toUnsignedInt(expression[0]) == Dw.OP_PLUS_UCONST) {
      return new Cursor(java.nio.ByteBuffer.wrap(expression), 1).uleb();
    }
    return 0;
  }

  private static CType array(Die die, DieReader reader, Refs refs) throws DwarfFormatException {
    List<Long> counts = new ArrayList<>();
    for (Die child : reader.children(die, DieReader.ALL)) {
      if (child.tag() == Dw.TAG_SUBRANGE_TYPE) {
        long count = child.number(Dw.AT_COUNT, -1);
        long upper = child.number(Dw.AT_UPPER_BOUND, -1);
        counts.add(count >= 0 ? count : upper >= 0 ? upper + 1 : -1);
      }
    }
    if (counts.isEmpty()) {
      counts.add(-1L);
    }
    return new CType.Array(refs.of(die, Dw.AT_TYPE), List.copyOf(counts));
  }

  private static CType function(Die die, DieReader reader, Refs refs) throws DwarfFormatException {
    List<TypeRef> parameters = new ArrayList<>();
    boolean variadic = false;
    for (Die child : reader.children(die, DieReader.ALL)) {
      if (child.tag() == Dw.TAG_FORMAL_PARAMETER) {
        parameters.add(refs.of(child, Dw.AT_TYPE));
      } else if (child.tag() == Dw.TAG_UNSPECIFIED_PARAMETERS) {
        variadic = true;
      }
    }
    boolean prototyped = die.flag(Dw.AT_PROTOTYPED) || !die.unit.isC();
    return new CType.Function(refs.of(die, Dw.AT_TYPE), List.copyOf(parameters), variadic, prototyped);
  }
}
