package io.ffibind.tests.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's struct globals snippet against libgeometry.so, which fixtures-c builds beside the fixtures. */
class ReadmeGlobalsTest {
  private static Path geometry() {
    Path fixtures = Path.of(System.getProperty("ffibind.library.ffibind_fixtures"));
    Path library = fixtures.resolveSibling("libgeometry.so");
    assumeTrue(Files.isRegularFile(library), "libgeometry.so is built on Linux only");
    return library;
  }

  @Test
  void structGlobals() {
    Drawing d = Native.load(Drawing.class, geometry());
    assertEquals(new Drawing.Point(0, 0), d.origin());
    assertEquals(3, d.version());
    assertEquals(new Drawing.Label("untitled", 12), d.title());
    assertArrayEquals(
        new Drawing.Point[] {new Drawing.Point(0, 0), new Drawing.Point(1, 0), new Drawing.Point(1, 1), new Drawing.Point(0, 1)},
        d.corners());

    // The snippet.
    d.origin(new Drawing.Point(2, 3));
    Ffibind_Drawing_Point.x(d.originStorage(), 5); // in place: d.origin() is now Point[x=5.0, y=3.0]
    d.title(new Drawing.Label("Map", 14), Arena.global()); // the text lives as long as the program

    assertEquals(new Drawing.Point(5, 3), d.origin());
    assertEquals(16, d.originStorage().byteSize());
    assertEquals(new Drawing.Label("Map", 14), d.title());
    Drawing.Point[] shifted = {
      new Drawing.Point(1, 1), new Drawing.Point(2, 1), new Drawing.Point(2, 2), new Drawing.Point(1, 2)
    };
    d.corners(shifted);
    assertArrayEquals(shifted, d.corners());
  }
}
