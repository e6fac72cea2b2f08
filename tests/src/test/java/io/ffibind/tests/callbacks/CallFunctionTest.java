package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Memory;
import io.ffibind.Native;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ffi-rs's {@code callFunction} scenario: C calls a Java function twice with an int, a bool, a string,
 * a string array of length 2, an int array of length 3 and a {@code Person*}, in fresh C memory that
 * it frees after each call. The Person is read through the pointer until structs can be declared.
 */
class CallFunctionTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void everyArgumentOfBothCalls() {
    List<String> calls = new ArrayList<>();
    LIB.callFunction((a, b, c, d, e, p) -> {
      assertEquals(100, a);
      assertFalse(b);
      assertEquals("Hello, World!", c);
      assertArrayEquals(new String[] {"Hello", "world"}, d);
      assertArrayEquals(new int[] {101, 202, 303}, e);
      // struct cb_person { int32_t age; double height; const char *name; }
      assertEquals(23, Memory.getInt32(p, 0));
      assertEquals(1.85, Memory.getFloat64(p, 8));
      assertEquals("tom", Memory.readString(Memory.getPointer(p, 16)));
      calls.add(c + " " + String.join(" ", d) + " " + e.length);
    });
    assertEquals(List.of("Hello, World! Hello world 3", "Hello, World! Hello world 3"), calls);
  }

  @Test
  void copiesOutliveCsMemory() {
    // C frees its memory after each call; what Java kept is its own copy.
    List<Object> kept = new ArrayList<>();
    LIB.callFunction((a, b, c, d, e, p) -> {
      kept.add(c);
      kept.add(d);
      kept.add(e);
    });
    assertEquals(6, kept.size());
    assertEquals("Hello, World!", kept.get(3));
    assertArrayEquals(new String[] {"Hello", "world"}, (String[]) kept.get(4));
    assertArrayEquals(new int[] {101, 202, 303}, (int[]) kept.get(5));
  }

  @Test
  void anAssertionFailingInTheCallbackFailsTheCall() {
    // The check fails in both invocations: the call rethrows the first, with the second suppressed.
    AssertionError wrong =
        assertThrows(AssertionError.class, () -> LIB.callFunction((a, b, c, d, e, p) -> assertEquals(101, a)));
    assertEquals(1, wrong.getSuppressed().length);
    assertInstanceOf(AssertionError.class, wrong.getSuppressed()[0]);
  }
}
