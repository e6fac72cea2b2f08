package io.ffibind.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.processor.check.StructLayoutComparison.Field;
import io.ffibind.processor.dwarf.CType;
import io.ffibind.processor.dwarf.DebugInfo;
import io.ffibind.processor.elf.ElfFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Struct layouts against verify.c's DWARF, as FFI089 compares them. */
@EnabledOnOs(OS.LINUX)
class StructLayoutComparisonTest {
  private static CType.Aggregate aggregate(String name) throws Exception {
    Path dir = Path.of(System.getProperty("ffibind.fixtures.dir", "../fixtures-c/target/native"));
    DebugInfo info = DebugInfo.read(ElfFile.open(dir.resolve("libffibind_verify_dwarf5.so"))).orElseThrow();
    return info.aggregate(name).orElseThrow();
  }

  @Test
  void aMatchingLayoutHasNoProblems() throws Exception {
    List<Field> point = List.of(new Field("x", 0, 4), new Field("y", 4, 4), new Field("weight", 8, 8));
    assertEquals(List.of(), StructLayoutComparison.compare(point, 16, aggregate("vf_point")));
    List<Field> number = List.of(new Field("i", 0, 8), new Field("d", 0, 8), new Field("bytes", 0, 8));
    assertEquals(List.of(), StructLayoutComparison.compare(number, 8, aggregate("vf_number")));
  }

  @Test
  void everyDifferenceIsNamed() throws Exception {
    // As if the Java side had widened y to 8 bytes and left weight out.
    List<Field> point = List.of(new Field("x", 0, 4), new Field("why", 8, 8));
    assertEquals(
        List.of(
            "2 fields declared, but C's has 3 (x, y, weight)",
            "field 'why' (C's 'y') is at offset 8, but C's is at 4",
            "field 'why' (C's 'y') is 8 bytes, but C's is 4",
            "the size is 24 bytes, but C's is 16"),
        StructLayoutComparison.compare(point, 24, aggregate("vf_point")));
  }

  @Test
  void bitFieldsAreNamed() throws Exception {
    List<Field> record =
        List.of(
            new Field("tag", 0, 1), new Field("value", 8, 8), new Field("name", 16, 12), new Field("flags", 28, 4),
            new Field("mode", 28, 4));
    assertEquals(
        List.of(
            "field 'flags' is a 3-bit bit-field in C, which a field cannot lay out",
            "field 'mode' is a 5-bit bit-field in C, which a field cannot lay out"),
        StructLayoutComparison.compare(record, 32, aggregate("vf_record")));
  }
}
