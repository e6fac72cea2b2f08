package io.ffibind.internal;

/**
 * The pointers being followed while a record graph is written to C memory or read from it: it keeps
 * the conversion finite. Writing remembers the records on the current path by identity and reading
 * the addresses, so a cycle fails with a {@link StructException} naming the field instead of
 * recursing forever; and no path may be deeper than {@link #MAX_DEPTH} pointers, so a very long
 * chain fails the same way instead of with a {@link StackOverflowError}.
 */
public final class Chain {
  /**
   * How many pointers deep a record graph may go: 256, or the system property {@code
   * ffibind.struct.maxDepth}. Inline structs do not count; each followed pointer does.
   */
  public static final int MAX_DEPTH = Math.max(1, Integer.getInteger("ffibind.struct.maxDepth", 256));

  /** Writing: the records on the path. Reading: the struct types (codecs) read at {@link #addresses}. */
  private Object[] records;
  private long[] addresses;
  private int size;

  private Chain(Object root) {
    records = new Object[8];
    records[size++] = root;
  }

  private Chain(long root, Object type) {
    records = new Object[8];
    addresses = new long[8];
    records[size] = type;
    addresses[size++] = root;
  }

  /** {@code chain}, or a new one whose root is {@code record}, being written. */
  public static Chain write(Chain chain, Object record) {
    return chain != null ? chain : new Chain(record);
  }

  /**
   * {@code chain}, or a new one whose root is the struct of {@code type} (its codec) at {@code
   * address} (-1: not native memory).
   */
  public static Chain read(Chain chain, long address, Object type) {
    return chain != null ? chain : new Chain(address, type);
  }

  /** Follows a pointer field to {@code record}, which is written next. */
  public void enter(Object record, String field) {
    for (int i = 0; i < size; i++) {
      if (records[i] == record) {
        throw StructException.of(field,
            "refers back to a record already being written (a cycle): ffibind copies trees of records"
                + " to C, not cycles; pass MemorySegment for this field instead");
      }
    }
    depth(field);
    if (size == records.length) {
      records = java.util.Arrays.copyOf(records, size * 2);
    }
    records[size++] = record;
  }

  /**
   * Follows a pointer field to {@code address}, where a struct of {@code type} (its codec) is read
   * next: a cycle is the same type at the same address again (a struct and the first struct inside
   * it share an address without being a cycle).
   */
  public void enter(long address, Object type, String field) {
    for (int i = 0; i < size; i++) {
      if (addresses[i] == address && records[i] == type) {
        throw StructException.of(field, String.format(
            "points back to the struct at 0x%x, which is already being read (a cycle): records cannot"
                + " hold a cycle; declare this field as MemorySegment and follow it yourself", address));
      }
    }
    depth(field);
    if (size == addresses.length) {
      addresses = java.util.Arrays.copyOf(addresses, size * 2);
      records = java.util.Arrays.copyOf(records, size * 2);
    }
    records[size] = type;
    addresses[size++] = address;
  }

  /** Back from the last {@code enter}. */
  public void exit() {
    size--;
    records[size] = null;
  }

  private void depth(String field) {
    if (size > MAX_DEPTH) {
      throw StructException.of(field,
          "is more than " + MAX_DEPTH + " pointers deep: ffibind stops there rather than overflow the"
              + " stack; raise -Dffibind.struct.maxDepth, or declare the field as MemorySegment");
    }
  }
}
