package io.ffibind.processor.dwarf;

import java.nio.ByteBuffer;

/** A read position in a little-endian DWARF section, with DWARF's variable-length numbers. */
final class Cursor {
  final ByteBuffer buffer;
  int position;

  Cursor(ByteBuffer buffer, long position) throws DwarfFormatException {
    this.buffer = buffer;
    seek(position);
  }

  void seek(long to) throws DwarfFormatException {
    if (to < 0 || to > buffer.limit()) {
      throw new DwarfFormatException("damaged: an offset (" + to + ") lies outside its section");
    }
    position = (int) to;
  }

  boolean atEnd() {
    return position >= buffer.limit();
  }

  int u8() throws DwarfFormatException {
    need(1);
    return Byte.toUnsignedInt(buffer.get(position++));
  }

  int u16() throws DwarfFormatException {
    return Short.toUnsignedInt(buffer.getShort(advance(2)));
  }

  int u24() throws DwarfFormatException {
    return u16() | (u8() << 16);
  }

  long u32() throws DwarfFormatException {
    return Integer.toUnsignedLong(buffer.getInt(advance(4)));
  }

  long u64() throws DwarfFormatException {
    return buffer.getLong(advance(8));
  }

  /** An offset into another section: 4 bytes in 32-bit DWARF, 8 in 64-bit DWARF. */
  long offset(int size) throws DwarfFormatException {
    return size == 8 ? u64() : u32();
  }

  /** An unsigned number of {@code size} bytes (1, 2, 4 or 8). */
  long unsigned(int size) throws DwarfFormatException {
    return switch (size) {
      case 1 -> u8();
      case 2 -> u16();
      case 4 -> u32();
      case 8 -> u64();
      default -> throw new DwarfFormatException("unsupported address size " + size);
    };
  }

  long uleb() throws DwarfFormatException {
    long result = 0;
    int shift = 0;
    while (true) {
      need(1);
      byte b = buffer.get(position++);
      if (shift < 64) {
        result |= (long) (b & 0x7f) << shift;
      }
      shift += 7;
      if (b >= 0) {
        return result;
      }
    }
  }

  long sleb() throws DwarfFormatException {
    long result = 0;
    int shift = 0;
    byte b;
    do {
      need(1);
      b = buffer.get(position++);
      if (shift < 64) {
        result |= (long) (b & 0x7f) << shift;
      }
      shift += 7;
    } while (b < 0);
    if (shift < 64 && (b & 0x40) != 0) {
      result |= -1L << shift;
    }
    return result;
  }

  void skip(long n) throws DwarfFormatException {
    if (n < 0 || n > buffer.limit() - position) {
      throw new DwarfFormatException("damaged: data runs past the end of its section");
    }
    position += (int) n;
  }

  byte[] bytes(long n) throws DwarfFormatException {
    if (n < 0 || n > buffer.limit() - position) {
      throw new DwarfFormatException("damaged: data runs past the end of its section");
    }
    byte[] out = new byte[(int) n];
    buffer.get(position, out);
    position += (int) n;
    return out;
  }

  /** Skips a NUL-terminated string, returning where it started. */
  int skipString() throws DwarfFormatException {
    int start = position;
    while (true) {
      need(1);
      if (buffer.get(position++) == 0) {
        return start;
      }
    }
  }

  /** Reads the null entry that ends a list of children, returning the position after it. */
  long skipNull() throws DwarfFormatException {
    uleb();
    return position;
  }

  /** Moves past the next {@code n} bytes, returning where they start. */
  private int advance(int n) throws DwarfFormatException {
    need(n);
    int start = position;
    position += n;
    return start;
  }

  private void need(int n) throws DwarfFormatException {
    if (position + n > buffer.limit()) {
      throw new DwarfFormatException("damaged: data runs past the end of its section");
    }
  }
}
