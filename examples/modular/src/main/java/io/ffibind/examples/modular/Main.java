package io.ffibind.examples.modular;

import io.ffibind.Callbacks;
import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Loads zlib and libc through {@code Native.load} from a named module and prints what they compute:
 * plain calls, a struct returned by value and read through its companion, a callback passed for one
 * call and one kept with an arena ({@code Callbacks.pointer}, which reaches the generated callback
 * class reflectively). With the argument {@code pointer-first}, a callback's C function pointer is made
 * before any library is loaded, so that the runtime's upcall stub is its first native access.
 */
public final class Main {
  private Main() {}

  /** Ascending ints, for qsort and bsearch. */
  private static final LibC.IntComparator ASCENDING =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("pointer-first")) {
      try (Arena arena = Arena.ofConfined()) {
        System.out.println("pointer " + Ffibind_LibC_IntComparator.pointer(ASCENDING, arena));
      }
      return;
    }
    Zlib zlib = Native.load(Zlib.class);
    byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
    System.out.println("module: " + Main.class.getModule().getName());
    System.out.println("zlib " + zlib.zlibVersion());
    System.out.printf("crc32(\"hello\") = 0x%08x%n", zlib.crc32(0, hello, hello.length));
    System.out.println("compressBound(1000) = " + zlib.compressBound(1000));

    LibC libc = Native.load(LibC.class);
    LibC.Div div = libc.div(-7, 2);
    System.out.println("div(-7, 2) = " + div);
    int[] values = {42, -7, 19, 0};
    libc.qsort(values, values.length, Integer.BYTES, ASCENDING);
    System.out.println("qsort = " + Arrays.toString(values));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment stored = Ffibind_LibC_Div.allocate(arena, div);
      System.out.println("div_t in memory: quot " + Ffibind_LibC_Div.quot(stored) + ", rem "
          + Ffibind_LibC_Div.rem(stored) + ", " + Ffibind_LibC_Div.SIZE + " bytes");
      MemorySegment sorted = arena.allocateFrom(ValueLayout.JAVA_INT, values);
      MemorySegment key = arena.allocateFrom(ValueLayout.JAVA_INT, 19);
      MemorySegment compare = Callbacks.pointer(LibC.IntComparator.class, ASCENDING, arena);
      MemorySegment found = libc.bsearch(key, sorted, values.length, Integer.BYTES, compare);
      System.out.println("bsearch(19) at index " + (found.address() - sorted.address()) / Integer.BYTES);
    }
  }
}
