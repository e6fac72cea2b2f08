package io.ffibind.tests.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.tests.structs.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ffi-rs's {@code callFunction} scenario: C calls a Java function twice with an int, a bool, a string,
 * a string array of length 2, an int array of length 3 and a {@code Person*} (ffi-rs's whole Person:
 * strings, arrays with their lengths, a nested parent, bools, an {@code int64_t}, a {@code char}), in
 * fresh C memory that it frees after each call.
 */
class CallFunctionTest {
  private static final CallbackLib LIB = Native.load(CallbackLib.class);

  @Test
  void everyArgumentOfBothCalls() {
    List<String> calls = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    LIB.callFunction((a, b, c, d, e, p) -> {
      assertEquals(100, a);
      assertFalse(b);
      assertEquals("Hello, World!", c);
      assertArrayEquals(new String[] {"Hello", "world"}, d);
      assertArrayEquals(new int[] {101, 202, 303}, e);
      assertPerson(p);
      calls.add(c + " " + String.join(" ", d) + " " + e.length);
      people.add(p);
    });
    assertEquals(List.of("Hello, World! Hello world 3", "Hello, World! Hello world 3"), calls);
    assertEquals(2, people.size());
    assertNotSame(people.get(0), people.get(1), "each call reads its own copy");
    assertEquals(people.get(0), people.get(1));
  }

  /** st_createPerson's person, field by field (person.c). */
  private static void assertPerson(Person p) {
    assertEquals(23, p.age());
    assertArrayEquals(new double[] {1.1, 2.2, 3.3}, p.doubleArray());
    assertEquals(3, p.doubleArrayLen());
    assertEquals(1.1, p.doubleProps());
    assertEquals("tom", p.name());
    assertArrayEquals(new String[] {"tom"}, p.stringArray());
    assertEquals(1, p.stringArrayLen());
    assertArrayEquals(new int[] {1, 2, 3, 4}, p.i32Array());
    assertEquals(4, p.i32ArrayLen());
    assertTrue(p.boolTrue());
    assertFalse(p.boolFalse());
    assertEquals(4294967296L, p.longVal());
    assertEquals('A', p.byteValue());
    assertArrayEquals(new byte[] {101, 102}, p.byteArray());
    assertEquals(2, p.byteArrayLen());
    Person parent = p.parent();
    assertEquals(43, parent.age());
    assertArrayEquals(new double[] {1.1, 2.2, 3.3}, parent.doubleArray());
    assertEquals(3.3, parent.doubleProps());
    assertEquals("tom father", parent.name());
    assertArrayEquals(new String[] {"tom", "father"}, parent.stringArray());
    assertArrayEquals(new int[] {5, 6, 7}, parent.i32Array());
    assertTrue(parent.boolTrue());
    assertFalse(parent.boolFalse());
    assertEquals(5294967296L, parent.longVal());
    assertEquals('B', parent.byteValue());
    assertArrayEquals(new byte[] {103, 104}, parent.byteArray());
    assertNull(parent.parent());
  }

  @Test
  void copiesOutliveCsMemory() {
    // C frees its memory after each call; what Java kept is its own copy.
    List<Object> kept = new ArrayList<>();
    LIB.callFunction((a, b, c, d, e, p) -> {
      kept.add(c);
      kept.add(d);
      kept.add(e);
      kept.add(p);
    });
    assertEquals(8, kept.size());
    assertEquals("Hello, World!", kept.get(4));
    assertArrayEquals(new String[] {"Hello", "world"}, (String[]) kept.get(5));
    assertArrayEquals(new int[] {101, 202, 303}, (int[]) kept.get(6));
    assertPerson((Person) kept.get(7));
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
