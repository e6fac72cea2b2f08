package io.ffibind.tests.readme;

import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/** README, "Struct and union globals": kept verbatim (the library is fixtures-c's src/readme/geometry.c). */
@NativeLibrary("geometry")
public interface Drawing {
  @Struct(name = "point") record Point(double x, double y) {}
  @Struct(name = "label") record Label(String text, int size) {}

  @Global(type = "point") Point origin();                           // a copy of the struct
  @Global(name = "origin", type = "point") void origin(Point value); // written whole
  @Global(name = "origin", type = "point") MemorySegment originStorage(); // 16 bytes at &origin

  @Global(type = "point[4]") Point[] corners();
  @Global(name = "corners", type = "point[4]") void corners(Point[] value); // exactly 4 points

  @Global(type = "label") Label title();
  // a label points to its text: the setter takes the allocator the text is copied into
  @Global(name = "title", type = "label") void title(Label value, SegmentAllocator allocator);

  @Global(type = "i32") int version(); // const in C: read only
}
