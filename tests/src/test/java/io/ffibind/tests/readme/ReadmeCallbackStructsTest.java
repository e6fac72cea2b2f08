package io.ffibind.tests.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Runs the README's snippets where callbacks meet structs, as written there, against libc. */
class ReadmeCallbackStructsTest {
  @Test
  void qsortOfStructs() {
    SortingEntries libc = Native.load(SortingEntries.class);
    SortingEntries.Entry[] entries = {
        new SortingEntries.Entry(3, 0.3), new SortingEntries.Entry(1, 0.1), new SortingEntries.Entry(2, 0.2)};
    libc.qsort(entries, entries.length, Ffibind_SortingEntries_Entry.SIZE,
        (a, b) -> Integer.compare(a.key(), b.key()));
    // entries is [Entry[key=1, value=0.1], Entry[key=2, value=0.2], Entry[key=3, value=0.3]]
    assertArrayEquals(new SortingEntries.Entry[] {
        new SortingEntries.Entry(1, 0.1), new SortingEntries.Entry(2, 0.2), new SortingEntries.Entry(3, 0.3)}, entries);
  }

  @Test
  void fopencookieKeepsAVtable() {
    Cookies libc = Native.load(Cookies.class);
    StringBuilder out = new StringBuilder();
    try (Arena arena = Arena.ofConfined()) {
      // Written through the companion into the arena: the callbacks live until it closes.
      MemorySegment io = Ffibind_Cookies_IoFunctions.allocate(arena, new Cookies.IoFunctions(
          null, (cookie, buf, size) -> { out.append(new String(buf, UTF_8)); return size; }, null, cookie -> 0));
      MemorySegment file = libc.fopencookie(null, "w", io);
      libc.fputs("hello, ", file);
      libc.fputs("cookie", file);
      libc.fclose(file); // flushes through write, then calls close: before the arena closes
    }
    // out is "hello, cookie"
    assertEquals("hello, cookie", out.toString());
  }
}
