package io.ffibind.tests.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.FreeResult;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** ffi-rs's Person round trip: a whole graph of strings, arrays and a parent, to C and back. */
class PersonTest {
  @NativeLibrary("ffibind_fixtures")
  interface PersonLib {
    /** {@code st_person *st_getStruct(st_person *)}: returns its argument. */
    @Symbol(name = "st_getStruct", parameters = "st_person*", result = "st_person*")
    Person getStruct(Person person);

    /** Built by C with malloc; read into records, then freed by C's own function. */
    @FreeResult("st_freePerson")
    @Symbol(name = "st_createPerson", result = "st_person*")
    Person createPerson();

    @Symbol(name = "st_createPerson", result = "st_person*")
    MemorySegment createPersonRaw();

    @Symbol(name = "st_freePerson", parameters = "pointer")
    void freePerson(MemorySegment person);

    @Symbol(name = "st_personDigest", parameters = "const st_person*", result = "f64")
    double digest(Person person);
  }

  private static final PersonLib LIB = Native.load(PersonLib.class);

  static final Person PARENT = Person.of(43, new double[] {1.1, 2.2, 3.3}, null, 3.3, "tom father",
      new String[] {"tom", "father"}, new int[] {5, 6, 7}, 5294967296L, 'B', new byte[] {103, 104});
  static final Person PERSON = Person.of(23, new double[] {1.1, 2.2, 3.3}, PARENT, 1.1, "tom",
      new String[] {"tom"}, new int[] {1, 2, 3, 4}, 4294967296L, 'A', new byte[] {101, 102});

  @Test
  void getStructReturnsAnEqualRecord() {
    Person back = LIB.getStruct(PERSON);
    assertEquals(PERSON, back);
    assertNotSame(PERSON, back);
    assertEquals(PARENT, back.parent());
    assertNull(back.parent().parent());
  }

  @Test
  void createPersonEqualsTheExpectedValue() {
    Person created = LIB.createPerson();
    assertEquals(PERSON, created);
    assertEquals("tom father", created.parent().name());
    assertEquals(66, created.parent().byteValue()); // 'B'
  }

  @Test
  void cReadsWhatJavaWrote() {
    assertEquals(digest(PERSON), LIB.digest(PERSON), 1e-9);
    Person unicode = Person.of(1, null, null, 0, "grüße ✓", new String[] {"", "ä"}, null, -1, 'z', null);
    assertEquals(digest(unicode), LIB.digest(unicode), 1e-9);
  }

  @Test
  void nullsAndEmptyArraysGoThroughAsNull() {
    Person bare = Person.of(5, null, null, 0, null, null, null, 0, 'x', null);
    assertEquals(bare, LIB.getStruct(bare));
    assertNull(LIB.getStruct(null));
    Person empty = Person.of(5, new double[0], null, 0, "", new String[0], new int[0], 0, 'x', new byte[0]);
    Person back = LIB.getStruct(empty);
    assertEquals(0, back.doubleArray().length, "a zero-length array is not NULL");
    assertEquals("", back.name());
  }

  @Test
  void companionReadsCMemoryAndWritesIntoAnArena() {
    MemorySegment raw = LIB.createPersonRaw();
    try {
      assertEquals(PERSON, Ffibind_Person.read(raw));
      MemorySegment p = Ffibind_Person.ofAddress(raw);
      assertEquals(23, Ffibind_Person.age(p));
      assertEquals("tom", Ffibind_Person.name(p));
      assertEquals(PARENT, Ffibind_Person.parent(p));
      Ffibind_Person.age(p, 24); // in place: C sees it at once
      assertEquals(digest(PERSON) + 1, LIB.digest(Ffibind_Person.read(p)), 1e-9);
    } finally {
      LIB.freePerson(raw);
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment p = Ffibind_Person.allocate(arena, PERSON);
      assertEquals(PERSON, Ffibind_Person.read(p));
      assertEquals("father", Ffibind_Person.parent(p).stringArray()[1]);
    }
  }

  @Test
  void badFieldsAreNamedWithTheirPath() {
    Person nul = Person.of(1, null, Person.of(2, null, null, 0, "a\0b", null, null, 0, 'x', null), 0, "ok", null,
        null, 0, 'x', null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.getStruct(nul));
    assertTrue(e.getMessage().startsWith("argument 'person' of PersonLib.getStruct, field parent.name contains U+0000"),
        e.getMessage());
    Person shortArray = new Person(1, new double[] {1}, 2, null, 0, null, null, 0, null, 0, false, false, 0, (byte) 0,
        null, 0);
    e = assertThrows(IllegalArgumentException.class, () -> LIB.getStruct(shortArray));
    assertEquals("argument 'person' of PersonLib.getStruct, field doubleArray has 1 element but field"
        + " doubleArrayLen is 2: pass at least 2", e.getMessage());
    Person missing = new Person(1, null, 3, null, 0, null, null, 0, null, 0, false, false, 0, (byte) 0, null, 0);
    e = assertThrows(IllegalArgumentException.class, () -> LIB.digest(missing));
    assertEquals("argument 'person' of PersonLib.digest, field doubleArray is null but field doubleArrayLen is 3:"
        + " pass an array", e.getMessage());
  }

  /** What st_personDigest computes, from the record. */
  static double digest(Person p) {
    double digest = 0;
    for (int depth = 1; p != null; p = p.parent(), depth++) {
      double d = p.age() + p.doubleProps() + p.longVal() / 1e9 + p.byteValue() + (p.boolTrue() ? 7 : 0)
          + (p.boolFalse() ? 11 : 0)
          + (p.name() == null ? -1 : p.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      for (int i = 0; i < p.doubleArrayLen(); i++) {
        d += p.doubleArray()[i] * (i + 1);
      }
      for (int i = 0; i < p.stringArrayLen(); i++) {
        d += p.stringArray()[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length * 3;
      }
      for (int i = 0; i < p.i32ArrayLen(); i++) {
        d += p.i32Array()[i] * 5;
      }
      for (int i = 0; i < p.byteArrayLen(); i++) {
        d += Byte.toUnsignedInt(p.byteArray()[i]) * 0.5;
      }
      digest += d * depth;
    }
    return digest;
  }
}
