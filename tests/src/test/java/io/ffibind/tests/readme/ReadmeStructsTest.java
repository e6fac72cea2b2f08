package io.ffibind.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Runs the README's struct snippets against the C library; {@link People} only has to compile. */
class ReadmeStructsTest {
  @Test
  void time() {
    Time c = Native.load(Time.class);
    assertEquals(new Time.Div(-3, -1), c.div(-7, 2));
    Time.Timespec[] now = new Time.Timespec[1];
    assertEquals(0, c.clock_gettime(0, now)); // CLOCK_REALTIME
    assertTrue(Math.abs(now[0].tv_sec() - System.currentTimeMillis() / 1000) < 60, now[0].toString());
    Time.Tm tm = c.gmtime_r(new long[] {0}, new Time.Tm[1]);
    assertEquals(70, tm.tm_year());
    assertEquals("GMT", tm.tm_zone());
  }

  @Test
  void companion() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ts = Ffibind_Time_Timespec.allocate(arena);         // zeroed, 16 bytes
      Ffibind_Time_Timespec.tv_sec(ts, 42);                             // in place
      Time.Timespec copy = Ffibind_Time_Timespec.read(ts);              // a record
      MemorySegment array = Ffibind_Time_Timespec.allocateArray(arena, copy, copy);
      long nanos = Ffibind_Time_Timespec.tv_nsec(Ffibind_Time_Timespec.elementAt(array, 1));
      assertEquals(new Time.Timespec(42, 0), copy);
      assertEquals(0, nanos);
      assertEquals(8, Ffibind_Time_Timespec.tv_nsec$OFFSET);
      assertEquals(16, Ffibind_Time_Timespec.LAYOUT.byteSize());
    }
  }

  @Test
  void peopleCompilesWithItsCompanion() {
    assertEquals(56, Ffibind_People_Person.SIZE);
    try (Arena arena = Arena.ofConfined()) {
      People.Person grandma = new People.Person("Ada", 80, null, new double[] {9.5}, 1, new String[] {"x"}, 1);
      People.Person me = new People.Person("Bo", 8, grandma, new double[] {7, 8}, 2, new String[0], 0);
      MemorySegment p = Ffibind_People_Person.allocate(arena, me);
      assertEquals("Ada", Ffibind_People_Person.parent(p).name());
      assertEquals(me.name(), Ffibind_People_Person.read(p).name());
    }
  }
}
