package io.ffibind.strict;

import io.ffibind.Callbacks;
import io.ffibind.Native;
import io.ffibind.strict.Shapes.Line;
import io.ffibind.strict.Shapes.Point;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

/**
 * User code calling the generated companions and callback classes directly, so that their public API
 * is compiled under {@code -Xlint:all -Werror} too. Never run: the strict library does not exist.
 */
public final class Usage {
  private Usage() {}

  /** Every kind of companion member: layout constants, allocation, whole records, fields in place. */
  public static double companions(Everything library) {
    StructLayout layout = Ffibind_Shapes_Point.LAYOUT;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment point = Ffibind_Shapes_Point.allocate(arena);
      Ffibind_Shapes_Point.x(point, 1.5);
      Point copy = Ffibind_Shapes_Point.read(point);
      MemorySegment array = Ffibind_Shapes_Point.allocateArray(arena, copy, new Point(3, 4));
      Point[] back = Ffibind_Shapes_Point.readArray(array, 2);
      Ffibind_Shapes_Point.writeArray(array, back, arena);
      MemorySegment line = Ffibind_Shapes_Line.allocate(arena, new Line(copy, back[1]));
      MemorySegment from = Ffibind_Shapes_Line.from$slice(line);
      MemorySegment person = Ffibind_Person.allocate(arena);
      Ffibind_Person.name(person, "Ada", arena);
      MemorySegment name = Ffibind_Person.name$address(person);
      Person read = Ffibind_Person.read(Ffibind_Person.ofAddress(library.findRaw("Ada")));
      library.updateInPlace(person, from);
      return layout.byteSize() + Ffibind_Shapes_Point.y(Ffibind_Shapes_Point.elementAt(array, 1))
          + Ffibind_Shapes_Line.SIZE + Ffibind_Shapes_Line.to$OFFSET + name.address()
          + (read == null ? 0 : read.age());
    }
  }

  /** Callbacks C keeps (arena-scoped pointers) and C function pointers called from Java. */
  public static int callbacks(Everything library) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment kept = Callbacks.pointer(io.ffibind.strict.Callbacks.Compare.class, Integer::compare, arena);
      MemorySegment direct = Ffibind_Callbacks_Compare.pointer((a, b) -> b - a, arena);
      library.keep(kept, direct);
      io.ffibind.strict.Callbacks.Compare wrapped = Callbacks.wrap(io.ffibind.strict.Callbacks.Compare.class, kept);
      io.ffibind.strict.Callbacks.Compare fromC = library.comparator();
      return wrapped.compare(1, 2) + fromC.compare(3, 4) + Ffibind_Callbacks_Compare.wrap(direct).compare(5, 6);
    }
  }

  /** Optional symbols and errno. */
  public static int options(Everything library) {
    int fd = Native.isPresent(library, "maybe") ? library.maybe(1) : library.open("/nope", 0, 0);
    return fd < 0 ? Native.errno() : fd;
  }
}
