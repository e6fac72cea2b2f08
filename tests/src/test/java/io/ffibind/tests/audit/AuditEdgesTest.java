package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Global;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Issue 8 edges, black box: storage sizes, optional but present, errno on virtual threads, nonblocking results. */
class AuditEdgesTest {

  @NativeLibrary("ffibind_fixtures")
  public interface Fx {
    @Global(name = "gl_string", type = "string")
    MemorySegment stringStorage();

    @Global(name = "gl_string", type = "string")
    String string();

    @Global(name = "gl_bool", type = "bool")
    MemorySegment boolStorage();

    @Global(name = "gl_bool", type = "bool")
    boolean bool();

    @Global(name = "gl_f32", type = "f32")
    MemorySegment f32Storage();

    @Global(name = "gl_u16s", type = "u16[3]")
    MemorySegment u16sStorage();

    @Global(name = "gl_u16s", type = "u16[3]")
    char[] u16s();

    @Global(name = "gl_names", type = "string[3]")
    String[] names();

    @Global(name = "gl_u32", type = "u32")
    long u32();

    @Global(name = "gl_usize", type = "usize")
    long usize();

    @Global(name = "gl_i8", type = "i8")
    byte i8();

    @Global(name = "gl_char", type = "char")
    byte ch();

    @Symbol(name = "opt_present", parameters = {"i32"}, result = "i32", optional = true)
    int present(int x);

    @Global(name = "opt_present_global", type = "i32", optional = true)
    int presentGlobal();

    @Symbol(name = "er_fail_after_yield", parameters = {"i32"}, result = "i32", errno = true)
    int failAfterYield(int value);

    @Symbol(name = "er_get_errno", result = "i32")
    int cErrno();

    @Symbol(name = "prim_add_i8", parameters = {"i8", "i8"}, result = "i8", nonblocking = true)
    CompletableFuture<Byte> addI8(byte a, byte b);

    @Symbol(name = "nb_hash_later", parameters = {"string", "const u8[n]", "usize", "i32"}, result = "u64", nonblocking = true)
    CompletableFuture<Long> hash(String s, byte[] bytes, long n, int sleepMs);
  }

  @Test
  void storageIsSizedToTheType() {
    Fx f = Native.load(Fx.class);
    MemorySegment s = f.stringStorage();
    assertEquals(8, s.byteSize());
    assertEquals(f.string(), s.get(ValueLayout.ADDRESS, 0).reinterpret(64).getString(0));
    assertEquals(1, f.boolStorage().byteSize());
    assertEquals(f.bool() ? 1 : 0, f.boolStorage().get(ValueLayout.JAVA_BYTE, 0));
    assertEquals(4, f.f32Storage().byteSize());
    assertEquals(1.5f, f.f32Storage().get(ValueLayout.JAVA_FLOAT, 0));
    assertEquals(6, f.u16sStorage().byteSize());
    assertArrayEquals(new char[] {0, 0x8000, 0xffff}, f.u16s());
    assertArrayEquals(new String[] {"zero", null, "two"}, f.names());
    assertEquals(4294967295L, f.u32());
    assertEquals(-1L, f.usize());
    assertEquals(Byte.MIN_VALUE, f.i8());
    assertEquals((byte) 'A', f.ch());
  }

  @Test
  void optionalButPresent() {
    Fx f = Native.load(Fx.class);
    assertTrue(Native.isPresent(f, "opt_present"));
    assertTrue(Native.isPresent(f, "opt_present_global"));
    assertEquals(-21, f.present(-7));
    assertEquals(5, f.presentGlobal());
  }

  @Test
  void errnoOnVirtualThreads() throws Exception {
    Fx f = Native.load(Fx.class);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 1; t <= 16; t++) {
      int value = 100 + t;
      threads.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 200; i++) {
          f.failAfterYield(value);
          Thread.yield(); // may continue on another carrier
          int seen = Native.errno();
          if (seen != value) failures.add(value + " saw " + seen);
        }
      }));
    }
    for (Thread t : threads) t.join();
    assertEquals(List.of(), List.copyOf(failures));
  }

  @Test
  void nonblockingResultsAndBadArguments() {
    Fx f = Native.load(Fx.class);
    assertEquals((byte) -128, f.addI8((byte) 127, (byte) 1).join());
    CompletableFuture<Long> bad = f.hash("a\0b", new byte[0], 0, 0);
    CompletionException e = assertThrows(CompletionException.class, bad::join);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    CompletableFuture<Long> shortArray = f.hash("a", new byte[1], 2, 0);
    e = assertThrows(CompletionException.class, shortArray::join);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }
}
