package io.ffibind.processor.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.processor.elf.DynamicSymbols;
import io.ffibind.processor.elf.ElfFile;
import io.ffibind.processor.elf.ElfSymbol;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DWARF reader on verify.c compiled four ways: prototypes, and the struct layouts a {@code
 * @Struct} will be compared with (member names, offsets, sizes, bit-fields, total size).
 */
@EnabledOnOs(OS.LINUX)
class DebugInfoTest {
  private static DebugInfo read(String file) throws Exception {
    Path dir = Path.of(System.getProperty("ffibind.fixtures.dir", "../fixtures-c/target/native"));
    return DebugInfo.read(ElfFile.open(dir.resolve(file))).orElseThrow();
  }

  private static Path fixture(String file) {
    return Path.of(System.getProperty("ffibind.fixtures.dir", "../fixtures-c/target/native")).resolve(file);
  }

  @ParameterizedTest
  @CsvSource({
    "libffibind_verify_dwarf4.so, 4",
    "libffibind_verify_dwarf5.so, 5",
    "libffibind_verify_gz.so, 5",
    "libffibind_verify_stripped.debug, 5"
  })
  void structsUnionsAndTypedefs(String file, int version) throws Exception {
    DebugInfo info = read(file);
    assertEquals(Set.of(version), info.versions());

    CType.Aggregate point = info.aggregate("vf_point").orElseThrow();
    assertEquals(CType.Aggregate.Kind.STRUCT, point.kind());
    assertEquals(16, point.size());
    assertEquals(List.of("x@0:4", "y@4:4", "weight@8:8"), layout(point));

    // typedef struct {...} vf_record: found by the typedef's name
    CType.Aggregate record = info.aggregate("vf_record").orElseThrow();
    assertEquals(32, record.size());
    assertEquals(List.of("tag@0:1", "value@8:8", "name@16:12", "flags@28:4", "mode@28:4"), layout(record));
    CType.Member flags = record.members().get(3);
    CType.Member mode = record.members().get(4);
    assertEquals(3, flags.bitSize());
    assertEquals(224, flags.bitOffset());
    assertEquals(5, mode.bitSize());
    assertEquals(227, mode.bitOffset());
    assertFalse(record.members().get(0).isBitField());
    assertEquals("char [12]", CDeclarations.declaration(record.members().get(2).type(), ""));

    CType.Aggregate number = info.aggregate("vf_number").orElseThrow();
    assertEquals(CType.Aggregate.Kind.UNION, number.kind());
    assertEquals(8, number.size());
    assertEquals(List.of("i@0:8", "d@0:8", "bytes@0:8"), layout(number));

    assertTrue(info.aggregate("vf_no_such_struct").isEmpty());
    assertTrue(info.aggregate("vf_compare").isEmpty(), "a typedef of a function pointer is no struct");
  }

  private static List<String> layout(CType.Aggregate a) {
    return a.members().stream().map(m -> m.name() + "@" + m.offset() + ":" + m.size()).toList();
  }

  @ParameterizedTest
  @CsvSource({"libffibind_verify_dwarf4.so", "libffibind_verify_dwarf5.so", "libffibind_verify_gz.so"})
  void prototypes(String file) throws Exception {
    DebugInfo info = read(file);
    DynamicSymbols symbols = DynamicSymbols.read(ElfFile.open(fixture(file)));
    assertEquals("int64_t vf_add_i64(int64_t a, int64_t b)", prototype(info, symbols, "vf_add_i64"));
    assertEquals(
        "int vf_compare_first(const void *values, size_t count, vf_compare compare)",
        prototype(info, symbols, "vf_compare_first"));
    assertEquals("int vf_sum_ints(int count, ...)", prototype(info, symbols, "vf_sum_ints"));
    assertEquals("const char *vf_name(void)", prototype(info, symbols, "vf_name"));
    assertEquals("long int vf_parse(const char *s, char **end)", prototype(info, symbols, "vf_parse"));
    assertEquals("enum vf_color vf_next_color(enum vf_color c)", prototype(info, symbols, "vf_next_color"));
    assertEquals("double vf_number_as_double(union vf_number n)", prototype(info, symbols, "vf_number_as_double"));
    assertEquals("int64_t vf_record_value(const vf_record *r)", prototype(info, symbols, "vf_record_value"));

    CFunction compare = info.function("vf_compare_first", OptionalLong.empty(), List.of()).orElseThrow();
    CType callback = compare.parameters().get(2).type();
    assertEquals("int (*)(const void *, const void *)", CDeclarations.declaration(callback.resolved(), ""));
    assertEquals("int (*cmp)(const void *, const void *)", CDeclarations.declaration(callback.resolved(), "cmp"));
    CType.Function function = assertInstanceOf(CType.Function.class, ((CType.Pointer) callback.resolved()).target());
    assertEquals(2, function.parameterRefs().size());
    assertTrue(function.prototyped());
    assertTrue(info.function("vf_asm_answer", OptionalLong.empty(), List.of()).isEmpty());
  }

  /** Found by address first, as the verification does it. */
  private static String prototype(DebugInfo info, DynamicSymbols symbols, String name) throws Exception {
    ElfSymbol symbol = symbols.find(name).orElseThrow();
    CFunction byAddress = info.function("", OptionalLong.of(symbol.value()), List.of()).orElseThrow();
    CFunction byName = info.function(name, OptionalLong.empty(), List.of()).orElseThrow();
    assertEquals(CDeclarations.prototype(byName, name), CDeclarations.prototype(byAddress, name));
    return CDeclarations.prototype(byAddress, name);
  }

  /** Clang's forms, which GCC never emits: strx (through .debug_str_offsets), addrx, line_strp, implicit_const. */
  @Test
  void indexedStringsAndAddresses() throws Exception {
    DebugInfo info = read("libffibind_verify_strx.so");
    DynamicSymbols symbols = DynamicSymbols.read(ElfFile.open(fixture("libffibind_verify_strx.so")));
    assertEquals(Set.of(5), info.versions());
    assertEquals("vf_int vf_strx_add(vf_int a, int b)", prototype(info, symbols, "vf_strx_add"));
    CFunction add = info.function("vf_strx_add", OptionalLong.empty(), List.of()).orElseThrow();
    assertEquals(new CType.Base("int", 4, CType.Encoding.SIGNED), add.result().resolved());
  }

  @ParameterizedTest
  @CsvSource({"libffibind_verify_dwarf4.so", "libffibind_verify_dwarf5.so", "libffibind_verify_gz.so"})
  void variables(String file) throws Exception {
    DebugInfo info = read(file);
    assertEquals("int", CDeclarations.declaration(info.variable("vf_counter").orElseThrow(), ""));
    assertEquals("const int32_t", CDeclarations.declaration(info.variable("vf_limit").orElseThrow(), ""));
    assertEquals(
        "const char *const vf_greetings[2]", CDeclarations.declaration(info.variable("vf_greetings").orElseThrow(), "vf_greetings"));
    CType matrix = info.variable("vf_matrix").orElseThrow().resolved();
    assertEquals(12, matrix.size(), "int16_t[2][3]");
    CType origin = info.variable("vf_origin").orElseThrow().resolved();
    assertEquals("vf_point", assertInstanceOf(CType.Aggregate.class, origin).name());
    assertTrue(info.variable("vf_add_i32").isEmpty(), "a function is no variable");
    assertTrue(info.variable("vf_nowhere").isEmpty());
  }

  @Test
  void everyStructOfAName() throws Exception {
    DebugInfo info = read("libffibind_verify_dwarf5.so");
    assertEquals(List.of(info.aggregate("vf_point").orElseThrow()), info.aggregates("vf_point"));
    assertEquals(List.of(), info.aggregates("vf_nothing"));
  }
}
