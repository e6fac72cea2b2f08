package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static io.ffibind.processor.Verifications.compile;
import static io.ffibind.processor.Verifications.fixtures;
import static io.ffibind.processor.Verifications.library;
import static io.ffibind.processor.Verifications.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Declarations checked against the C fixtures' own symbols and DWARF ({@code verify.c}, built with
 * DWARF 5 as {@code libffibind_verify_dwarf5.so}): what must fail, with the C prototype quoted, and
 * what must compile without a word.
 */
@EnabledOnOs(OS.LINUX)
class VerificationDiagnosticsTest {

  private static Compilation compileAgainstFixtures(JavaFileObject... sources) {
    return compile(fixtures().toString(), sources);
  }

  private static JavaFileObject verify(String methods) {
    return library("ffibind_verify_dwarf5", methods);
  }

  /**
   * One symbol bound several ways needs several interfaces (FFI015 wants one signature per symbol
   * within one): the first holds the obvious declarations, the others the ABI-correct alternatives.
   */
  @Test
  void abiCorrectDeclarationsCompileWithoutAWord() {
    JavaFileObject obvious =
        verify(
            """
              @Symbol(parameters = {"i64", "i64"}, result = "i64") long vf_add_i64(long a, long b);
              @Symbol(parameters = {"i32", "i32"}, result = "i32") int vf_add_i32(int a, int b);
              @Symbol(parameters = {"u32", "u32"}, result = "u32") int vf_mask_u32(int x, int mask);
              @Symbol(parameters = "i32", result = "int32") int vf_negate(int x);
              @Symbol(parameters = "long", result = "i64") long vf_long(long x);
              @Symbol(parameters = "ulong", result = "u64") long vf_ulong(long x);
              @Symbol(parameters = "i16", result = "i16") short vf_short(short x);
              @Symbol(parameters = {"f64", "f32"}, result = "double") double vf_scale(double x, float f);
              @Symbol(parameters = "float", result = "f32") float vf_half(float x);
              @Symbol(parameters = "i32", result = "bool") boolean vf_is_even(int x);
              @Symbol(parameters = "string", result = "char") byte vf_first(String s);
              @Symbol(parameters = "u32", result = "u8") byte vf_low_byte(int x);
              @Symbol(parameters = "i32", result = "i8") byte vf_signed_byte(int x);
              @Symbol(parameters = "u8", result = "u8") byte vf_u8(byte x);
              @Symbol(parameters = "string", result = "usize") long vf_length(String s);
              @Symbol(parameters = {"string", "string"}, result = "isize") long vf_distance(String a, String b);
              @Symbol(parameters = "i32", result = "i32") int vf_next_color(int c);
              @Symbol(parameters = {"u8[n]", "usize", "u8"}) void vf_fill(byte[] dest, long n, byte value);
              @Symbol(parameters = {"const i32[count]", "usize"}, result = "i64") long vf_sum_i32(int[] values, long count);
              @Symbol(parameters = {"const f64[count]", "usize"}, result = "f64") double vf_sum_f64(double[] values, long count);
              @Symbol(parameters = {"i32", "i32", "i32*", "i32*"}) void vf_divide(int a, int b, int[] q, int[] r);
              @Symbol(result = "string") String vf_name();
              @Symbol(parameters = "pointer", result = "pointer") java.lang.foreign.MemorySegment vf_identity(java.lang.foreign.MemorySegment p);
              @Symbol(parameters = {"string", "string*"}, result = "long") long vf_parse(String s, String[] end);
              @Symbol(parameters = {"pointer", "usize", "function"}, result = "i32") int vf_compare_first(java.lang.foreign.MemorySegment v, long n, java.lang.foreign.MemorySegment f);
              @Symbol(parameters = {"i32", "...", "i32", "i32"}, result = "i32") int vf_sum_ints(int count, int a, int b);
              @Symbol(parameters = "pointer", result = "f64") double vf_weight(java.lang.foreign.MemorySegment p);
              @Symbol(parameters = "pointer", result = "i64") long vf_record_value(java.lang.foreign.MemorySegment r);
            """);
    JavaFileObject alternatives =
        source(
            "Alternatives",
            """
            @NativeLibrary("ffibind_verify_dwarf5")
            interface Alternatives {
              // int64_t is C's long on LP64
              @Symbol(parameters = {"long", "int64"}, result = "long") long vf_add_i64(long a, long b);
              // plain char: either signedness; a byte buffer for const char *
              @Symbol(parameters = "buffer", result = "u8") byte vf_first(byte[] s);
              // "char" for unsigned char
              @Symbol(parameters = "u32", result = "char") byte vf_low_byte(int x);
              // a byte array for const char *, u64 for size_t
              @Symbol(parameters = "const u8[]", result = "u64") long vf_length(byte[] s);
              // an enum: either signedness of its size
              @Symbol(parameters = "u32", result = "u32") int vf_next_color(int c);
              // a buffer for uint8_t *
              @Symbol(parameters = {"buffer[n]", "usize", "u8"}) void vf_fill(byte[] dest, long n, byte value);
              // the elements are copied bit for bit: signedness is the Java side's reading
              @Symbol(parameters = {"const u32[count]", "usize"}, result = "i64") long vf_sum_i32(int[] values, long count);
              @Symbol(result = "pointer") java.lang.foreign.MemorySegment vf_name();
              // void * takes and gives any pointer
              @Symbol(parameters = "buffer", result = "string") String vf_identity(byte[] p);
              @Symbol(parameters = {"string", "pointer*"}, result = "long") long vf_parse(String s, java.lang.foreign.MemorySegment[] end);
              @Symbol(parameters = {"buffer", "usize", "pointer"}, result = "i32") int vf_compare_first(byte[] v, long n, java.lang.foreign.MemorySegment f);
              // no variadic argument at all
              @Symbol(parameters = {"i32", "..."}, result = "i32") int vf_sum_ints(int count);
              // a byte view of the struct a pointer points to
              @Symbol(parameters = "const u8[16]", result = "f64") double vf_weight(byte[] p);
              // a scalar result may be ignored
              @Symbol(parameters = {"i32", "i32"}) void vf_add_i32(int a, int b);
            }
            """);
    JavaFileObject more =
        source(
            "More",
            """
            @NativeLibrary("ffibind_verify_dwarf5")
            interface More {
              @Symbol(parameters = "pointer", result = "i8") byte vf_first(java.lang.foreign.MemorySegment s);
              @Symbol(parameters = "function", result = "pointer") java.lang.foreign.MemorySegment vf_identity(java.lang.foreign.MemorySegment p);
            }
            """);
    Compilation c = compileAgainstFixtures(obvious, alternatives, more);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), notes(c));
  }

  @Test
  void wrongWidth() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"i32\", \"i32\"}, result = \"i32\")\n  int vf_add_i64(int a, int b);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_add_i64: declared (i32, i32) -> i32, but libffibind_verify_dwarf5.so defines"
                + " int64_t vf_add_i64(int64_t a, int64_t b): parameter 1 (a) is int64_t, an 8-byte signed"
                + " integer, but \"i32\" is a 4-byte signed integer: write \"i64\"; parameter 2 (b) is int64_t,"
                + " an 8-byte signed integer, but \"i32\" is a 4-byte signed integer: write \"i64\"; the result"
                + " is int64_t, an 8-byte signed integer, but \"i32\" is a 4-byte signed integer: write \"i64\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void wrongSignedness() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"i32\", \"u32\"}, result = \"u32\")\n  int vf_add_i32(int a, int b);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_add_i32: declared (i32, u32) -> u32, but libffibind_verify_dwarf5.so defines"
                + " int32_t vf_add_i32(int32_t a, int32_t b): parameter 2 (b) is int32_t, a 4-byte signed"
                + " integer, but \"u32\" is a 4-byte unsigned integer: write \"i32\"; the result is int32_t,"
                + " a 4-byte signed integer, but \"u32\" is a 4-byte unsigned integer: write \"i32\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void floatDeclaredForAnInt() {
    JavaFileObject f = verify("  @Symbol(parameters = \"f32\", result = \"i32\")\n  int vf_negate(float x);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_negate: declared (f32) -> i32, but libffibind_verify_dwarf5.so defines int"
                + " vf_negate(int x): parameter 1 (x) is int, a 4-byte signed integer, but \"f32\" is a 4-byte"
                + " floating-point number: write \"i32\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void intDeclaredForADouble() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"f64\", \"f64\"}, result = \"i64\")\n  long vf_scale(double x, double factor);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_scale: declared (f64, f64) -> i64, but libffibind_verify_dwarf5.so defines double"
                + " vf_scale(double x, float factor): parameter 2 (factor) is float, a 4-byte floating-point"
                + " number, but \"f64\" is an 8-byte floating-point number: write \"f32\"; the result is double,"
                + " an 8-byte floating-point number, but \"i64\" is an 8-byte signed integer: write \"f64\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void missingParameter() {
    JavaFileObject f = verify("  @Symbol(parameters = \"i32\", result = \"i32\")\n  int vf_add_i32(int a);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_add_i32: declared (i32) -> i32, but libffibind_verify_dwarf5.so defines int32_t"
                + " vf_add_i32(int32_t a, int32_t b): C's function takes 2 parameters, the declaration 1")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void variadicFunctionDeclaredWithoutDots() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"i32\", \"i32\", \"i32\"}, result = \"i32\")\n  int vf_sum_ints(int count, int a, int b);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_sum_ints: declared (i32, i32, i32) -> i32, but libffibind_verify_dwarf5.so defines"
                + " int vf_sum_ints(int count, ...): it is variadic: put \"...\" after its 1 fixed parameter,"
                + " then the types of the arguments this method passes")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void dotsForAFunctionThatIsNotVariadic() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"i32\", \"...\", \"i32\"}, result = \"i32\")\n  int vf_add_i32(int a, int b);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_add_i32: declared (i32, ..., i32) -> i32, but libffibind_verify_dwarf5.so defines"
                + " int32_t vf_add_i32(int32_t a, int32_t b): \"...\" declares a variadic function, but C's takes"
                + " exactly 2 parameters")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void integerDeclaredForAPointerAndBack() {
    JavaFileObject f =
        verify("  @Symbol(parameters = {\"i64\", \"pointer\", \"u8\"})\n  void vf_fill(long dest, java.lang.foreign.MemorySegment n, byte v);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_fill: declared (i64, pointer, u8) -> void, but libffibind_verify_dwarf5.so defines"
                + " void vf_fill(uint8_t *dest, size_t n, uint8_t value): parameter 1 (dest) is uint8_t *, a"
                + " pointer, but \"i64\" is an 8-byte signed integer: write \"pointer\"; parameter 2 (n) is"
                + " size_t, an 8-byte unsigned integer, but \"pointer\" is a pointer: write \"usize\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void arrayOfTheWrongElements() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"const f64[n]\", \"usize\"}, result = \"i64\")\n  long vf_sum_i32(double[] values, long n);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_sum_i32: declared (const f64[n], usize) -> i64, but libffibind_verify_dwarf5.so"
                + " defines int64_t vf_sum_i32(const int32_t *values, size_t count): parameter 1 (values) is"
                + " const int32_t *, whose elements are a 4-byte signed integer, but \"const f64[n]\" has 8-byte"
                + " floating-point numbers")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void stringForAPointerToNumbers() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"string\", \"usize\"}, result = \"f64\")\n  double vf_sum_f64(String values, long n);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_sum_f64: declared (string, usize) -> f64, but libffibind_verify_dwarf5.so defines"
                + " double vf_sum_f64(const double *values, size_t count): parameter 1 (values) is const double *,"
                + " a pointer to an 8-byte floating-point number, but \"string\" is a pointer to 1-byte characters"
                + " (UTF-8): write \"pointer\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void functionForADataPointer() {
    JavaFileObject g = verify("  @Symbol(parameters = \"function\", result = \"i64\")\n  long vf_length(java.lang.foreign.MemorySegment s);\n");
    assertThat(compileAgainstFixtures(g))
        .hadErrorContaining(
            "[FFI084] Lib.vf_length: declared (function) -> i64, but libffibind_verify_dwarf5.so defines size_t"
                + " vf_length(const char *s): parameter 1 (s) is const char *, a pointer to a 1-byte signed"
                + " integer, not to a function, but \"function\" is a function pointer: write \"pointer\"; the"
                + " result is size_t, an 8-byte unsigned integer, but \"i64\" is an 8-byte signed integer: write"
                + " \"usize\"")
        .inFile(g)
        .onLineContaining("@Symbol");
  }

  @Test
  void boolForAnInt() {
    JavaFileObject f = verify("  @Symbol(parameters = \"bool\", result = \"i32\")\n  int vf_negate(boolean x);\n");
    assertThat(compileAgainstFixtures(f))
        .hadErrorContaining(
            "parameter 1 (x) is int, a 4-byte signed integer, but \"bool\" is a bool: write \"i32\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void resultOfAVoidFunction() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"buffer\", \"usize\", \"u8\"}, result = \"i32\")\n  int vf_fill(byte[] d, long n, byte v);\n");
    assertThat(compileAgainstFixtures(f))
        .hadErrorContaining(
            "[FFI084] Lib.vf_fill: declared (buffer, usize, u8) -> i32, but libffibind_verify_dwarf5.so defines"
                + " void vf_fill(uint8_t *dest, size_t n, uint8_t value): the result is void, so there is no value"
                + " to read as \"i32\": write \"void\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void structReturnedByValue() {
    JavaFileObject f =
        verify("  @Symbol(parameters = {\"i32\", \"i32\"}, result = \"pointer\")\n  java.lang.foreign.MemorySegment vf_make_point(int x, int y);\n");
    assertThat(compileAgainstFixtures(f))
        .hadErrorContaining(
            "[FFI084] Lib.vf_make_point: declared (i32, i32) -> pointer, but libffibind_verify_dwarf5.so defines"
                + " struct vf_point vf_make_point(int32_t x, int32_t y): the result is struct vf_point, a struct"
                + " passed by value, which \"pointer\" cannot receive")
        .inFile(f)
        .onLineContaining("@Symbol");
    JavaFileObject g = verify("  @Symbol(parameters = {\"i32\", \"i32\"})\n  void vf_make_point(int x, int y);\n");
    assertThat(compileAgainstFixtures(g))
        .hadErrorContaining(
            "the result is struct vf_point, a struct passed by value, which \"void\" cannot leave unread: C's ABI"
                + " returns it through memory the caller provides")
        .inFile(g)
        .onLineContaining("@Symbol");
  }

  @Test
  void misspelledSymbolWithSuggestion() {
    JavaFileObject f = verify("  @Symbol(parameters = {\"i64\", \"i64\"}, result = \"i64\")\n  long vf_add_i46(long a, long b);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI081] Lib.vf_add_i46 binds C symbol 'vf_add_i46', which "
                + fixtures().toAbsolutePath().normalize().resolve("libffibind_verify_dwarf5.so")
                + " does not export; did you mean 'vf_add_i64'?")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void symbolFoundInALibraryItNeeds() {
    // dlsym looks in the libraries a library needs (DT_NEEDED), so libc's strlen is found through it.
    JavaFileObject f = verify("  @Symbol(parameters = \"string\", result = \"usize\")\n  long strlen(String s);\n");
    Compilation c = compile(fixtures() + java.io.File.pathSeparator + Verifications.systemPath(), f);
    assertThat(c).succeeded();
    assertThat(c).hadErrorCount(0);
  }

  @Test
  void dataObjectBoundAsAFunction() {
    JavaFileObject f = verify("  @Symbol(result = \"i32\")\n  int vf_counter();\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI083] Lib.vf_counter binds C symbol 'vf_counter', which "
                + fixtures().toAbsolutePath().normalize().resolve("libffibind_verify_dwarf5.so")
                + " exports as a variable (a data object, STT_OBJECT), not a function: a call would jump into data;"
                + " read it with @Global instead")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void functionWithoutPrototypeInTheDebugInformation() {
    JavaFileObject f = verify("  @Symbol(result = \"i32\")\n  int vf_asm_answer();\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .hadNoteContaining(
            "[FFI086] Lib.vf_asm_answer: the debug information of libffibind_verify_dwarf5.so has no prototype for"
                + " 'vf_asm_answer', so only its name was checked")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void inheritedMethodIsReportedOnTheLibrary() {
    JavaFileObject f =
        source(
            "Lib",
            """
            interface Base {
              @Symbol(parameters = {"i32", "i32"}, result = "i32")
              int vf_add_i64(int a, int b);
            }

            @NativeLibrary("ffibind_verify_dwarf5")
            interface Lib extends Base {}
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorContaining("[FFI084] Base.vf_add_i64: declared (i32, i32) -> i32").inFile(f).onLineContaining("interface Lib");
  }

  @Test
  void everyMistakeOfALibraryInOneCompile() {
    JavaFileObject f =
        verify(
            """
              @Symbol(parameters = {"i32", "i32"}, result = "i32") int vf_add_i64(int a, int b);
              @Symbol(result = "i32") int vf_nope();
              @Symbol(parameters = "u32", result = "u32") int vf_negate(int x);
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ffibind_verify_dwarf4", "ffibind_verify_dwarf5", "ffibind_verify_gz", "ffibind_fixtures"})
  void everyDwarfFlavourGivesTheSamePrototype(String name) {
    JavaFileObject f = library(name, "  @Symbol(parameters = {\"i32\", \"string*\"}, result = \"i32\")\n  int vf_parse(int s, String[] end);\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_parse: declared (i32, string*) -> i32, but lib" + name + ".so defines long int"
                + " vf_parse(const char *s, char **end): parameter 1 (s) is const char *, a pointer, but \"i32\" is"
                + " a 4-byte signed integer: write \"string\"; the result is long int, an 8-byte signed integer,"
                + " but \"i32\" is a 4-byte signed integer: write \"long\"")
        .inFile(f)
        .onLineContaining("@Symbol");
  }
}
