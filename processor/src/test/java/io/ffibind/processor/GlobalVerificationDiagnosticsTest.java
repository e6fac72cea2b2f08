package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
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

/**
 * {@code @Global} methods checked against verify.c's variables ({@code libffibind_verify_dwarf5.so}):
 * the symbol must be exported (FFI081, FFI082), be a variable (FFI088) shared by every thread
 * (FFI092), be writable where a method writes it (FFI090), and have the declared type (FFI091).
 */
@EnabledOnOs(OS.LINUX)
class GlobalVerificationDiagnosticsTest {
  private static final String RECORDS =
      """
        @Struct(name = "vf_point") record Point(int x, int y, double weight) {}
        @Union(name = "vf_number") record Num(long i, double d, @Field("char[8]") byte[] bytes) {}
      """;

  private static JavaFileObject verify(String methods) {
    return library(
        "ffibind_verify_dwarf5", "  // no imports: types are qualified\n" + RECORDS + methods);
  }

  private static Compilation compileAgainstFixtures(JavaFileObject... sources) {
    return compile(fixtures().toString(), sources);
  }

  private static String file() {
    return fixtures().toAbsolutePath().normalize().resolve("libffibind_verify_dwarf5.so").toString();
  }

  @Test
  void rightGlobalsCompileWithoutAWord() {
    JavaFileObject f =
        verify(
            """
              @Global(type = "i32") int vf_counter();
              @Global(name = "vf_counter", type = "i32") void vf_counter(int value);
              @Global(name = "vf_counter", type = "i32") java.lang.foreign.MemorySegment counterStorage();
              @Global(type = "f64") double vf_ratio();
              @Global(name = "vf_ratio", type = "f64") void vf_ratio(double value);
              @Global(type = "usize") long vf_size();
              @Global(type = "string") String vf_label();
              @Global(name = "vf_label", type = "string") void vf_label(java.lang.foreign.MemorySegment value);
              @Global(type = "u8[6]") byte[] vf_bytes();
              @Global(name = "vf_bytes", type = "u8[6]") void vf_bytes(byte[] value);
              @Global(type = "i16[6]") short[] vf_matrix();
              @Global(type = "vf_point") Point vf_origin();
              @Global(name = "vf_origin", type = "vf_point") void vf_origin(Point value);
              @Global(type = "vf_point[3]") Point[] vf_path();
              @Global(type = "vf_number") Num vf_last();
              @Global(type = "i32") int vf_limit();
              @Global(type = "const string[2]") String[] vf_greetings();
              @Global(name = "vf_greetings", type = "const string[2]") java.lang.foreign.MemorySegment greetingsStorage();
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), notes(c));
  }

  @Test
  void aGlobalTheLibraryDoesNotExport() {
    JavaFileObject f =
        verify(
            """
              @Global(type = "i32") int vf_countr();
              @Global(name = "vf_later", type = "i32", optional = true) int later();
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI081] Lib.vf_countr binds C symbol 'vf_countr', which " + file()
                + " does not export; did you mean 'vf_counter'?")
        .inFile(f)
        .onLineContaining("int vf_countr();");
    assertThat(c)
        .hadWarningContaining("[FFI082] Lib.later binds optional C symbol 'vf_later', which " + file() + " does not export")
        .inFile(f)
        .onLineContaining("int later();");
  }

  @Test
  void aGlobalBoundToAFunction() {
    JavaFileObject f = verify("  @Global(type = \"u8[16]\") java.lang.foreign.MemorySegment vf_add_i32();\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI088] Lib.vf_add_i32 binds C symbol 'vf_add_i32' with @Global, but " + file()
                + " exports it as a function, not a variable: the global would be the function's machine code;"
                + " bind it with @Symbol instead")
        .inFile(f)
        .onLineContaining("vf_add_i32();");
  }

  @Test
  void aThreadLocalVariable() {
    JavaFileObject f = verify("  @Global(type = \"i32\") int vf_per_thread();\n");
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI092] Lib.vf_per_thread binds C symbol 'vf_per_thread' with @Global, but " + file()
                + " exports it as a thread-local variable (STT_TLS): every thread has its own copy, and the binding"
                + " would hold the one of the thread that loaded the library; call a C function that reads or"
                + " writes it instead")
        .inFile(f)
        .onLineContaining("vf_per_thread();");
  }

  @Test
  void writingAGlobalInReadOnlyMemory() {
    JavaFileObject f =
        verify(
            """
              @Global(type = "i32")
              void vf_limit(int value);

              @Global(type = "pointer[2]")
              void vf_greetings(java.lang.foreign.MemorySegment[] value);
            """);
    Compilation c = compileAgainstFixtures(f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(
            "[FFI090] Lib.vf_limit writes C global 'vf_limit', which " + file() + " keeps in read-only memory"
                + " (section .rodata): C declares it const, and writing it crashes the process; remove the setter")
        .inFile(f)
        .onLineContaining("@Global(type = \"i32\")");
    assertThat(c)
        .hadErrorContaining(
            "[FFI090] Lib.vf_greetings writes C global 'vf_greetings', which " + file() + " keeps in read-only"
                + " memory (section .data.rel.ro, which the dynamic linker makes read-only after relocation"
                + " (PT_GNU_RELRO)): C declares it const")
        .inFile(f)
        .onLineContaining("@Global(type = \"pointer[2]\")");
  }

  @Test
  void typesThatDoNotMatchTheVariable() {
    JavaFileObject f =
        verify(
            """
              @Struct(name = "small") record Small(int x) {}
              @Global(type = "i64") long vf_counter();
              @Global(type = "f32") float vf_ratio();
              @Global(type = "i64") long vf_size();
              @Global(type = "u8[8]") byte[] vf_bytes();
              @Global(type = "i16[2]") short[] vf_matrix();
              @Global(type = "i32[2]") int[] vf_label();
              @Global(type = "small") Small vf_origin();
              @Global(type = "vf_point[2]") Point[] vf_path();
            """);
    // One variable, one type in an interface (FFI075): the other readings go elsewhere.
    JavaFileObject g =
        Compilations.source(
            "Other",
            """
            @NativeLibrary("ffibind_verify_dwarf5")
            interface Other {
              @Global(name = "vf_bytes", type = "pointer") java.lang.foreign.MemorySegment bytesAsPointer();
              @Global(name = "vf_last", type = "vf_point") java.lang.foreign.MemorySegment lastAsPoint();
              @Global(name = "vf_path", type = "vf_point") Lib.Point firstOfPath();
            }
            """);
    Compilation c = compileAgainstFixtures(f, g);
    String lib = "libffibind_verify_dwarf5.so";
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_counter: declared global \"i64\", but " + lib + " defines int vf_counter: it is int,"
                + " a 4-byte signed integer, but \"i64\" is an 8-byte signed integer: write \"i32\"")
        .inFile(f)
        .onLineContaining("@Global(type = \"i64\") long vf_counter();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_ratio: declared global \"f32\", but " + lib + " defines double vf_ratio: it is double,"
                + " an 8-byte floating-point number, but \"f32\" is a 4-byte floating-point number: write \"f64\"")
        .inFile(f)
        .onLineContaining("vf_ratio();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_size: declared global \"i64\", but " + lib + " defines size_t vf_size: it is size_t,"
                + " an 8-byte unsigned integer, but \"i64\" is an 8-byte signed integer: write \"usize\"")
        .inFile(f)
        .onLineContaining("vf_size();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_bytes: declared global \"u8[8]\", but " + lib + " defines uint8_t vf_bytes[6]: it is"
                + " uint8_t[6], an array of 6, but \"u8[8]\" has 8: write \"u8[6]\"")
        .inFile(f)
        .onLineContaining("vf_bytes();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Other.bytesAsPointer: declared global \"pointer\", but " + lib + " defines uint8_t vf_bytes[6]:"
                + " it is uint8_t[6], an array of 6 in the variable itself, but \"pointer\" is one pointer: write"
                + " \"u8[6]\"")
        .inFile(g)
        .onLineContaining("bytesAsPointer();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_matrix: declared global \"i16[2]\", but " + lib + " defines int16_t vf_matrix[2][3]:"
                + " it is int16_t[2][3], an array of 6, but \"i16[2]\" has 2: write \"i16[6]\"")
        .inFile(f)
        .onLineContaining("vf_matrix();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_label: declared global \"i32[2]\", but " + lib + " defines const char *vf_label: it"
                + " is const char *, not an array, but \"i32[2]\" is an inline array of 2")
        .inFile(f)
        .onLineContaining("vf_label();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_origin: declared global \"small\", but " + lib + " defines struct vf_point vf_origin:"
                + " it is struct vf_point, 16 bytes, but \"small\" is struct small, 4 bytes")
        .inFile(f)
        .onLineContaining("vf_origin();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Other.lastAsPoint: declared global \"vf_point\", but " + lib + " defines union vf_number"
                + " vf_last: it is union vf_number, a union, but \"vf_point\" is struct vf_point: annotate its record"
                + " @Union")
        .inFile(g)
        .onLineContaining("lastAsPoint();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Lib.vf_path: declared global \"vf_point[2]\", but " + lib + " defines struct vf_point"
                + " vf_path[3]: it is struct vf_point[3], an array of 3, but \"vf_point[2]\" has 2: write"
                + " \"vf_point[3]\"")
        .inFile(f)
        .onLineContaining("vf_path();");
    assertThat(c)
        .hadErrorContaining(
            "[FFI091] Other.firstOfPath: declared global \"vf_point\", but " + lib + " defines struct vf_point"
                + " vf_path[3]: it is struct vf_point[3], an array, but \"vf_point\" is one struct vf_point: write"
                + " \"vf_point[3]\"")
        .inFile(g)
        .onLineContaining("firstOfPath();");
    assertThat(c).hadErrorCount(11);
  }
}
