package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Issue 9 black box: a user's build with {@code -Affibind.libraryPath=DIR[:DIR...]} against the
 * system's libz, libsqlite3, libc and the C fixtures (built with -g, and a stripped copy).
 */
@EnabledOnOs(OS.LINUX)
class AuditVerificationTest {
  private static final String SYSTEM =
      String.join(File.pathSeparator, "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
          "/usr/lib/aarch64-linux-gnu", "/lib64", "/usr/lib64", "/usr/lib");

  private static Compilation compile(String path, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FfibindProcessor())
        .withOptions(List.of("-Affibind.libraryPath=" + path)).compile(sources);
  }

  private static List<Diagnostic<? extends JavaFileObject>> ffibindMessages(Compilation c) {
    return c.diagnostics().stream().filter(d -> d.getMessage(null).startsWith("[FFI")).toList();
  }

  private static String fixtures() {
    return Verifications.fixtures().toAbsolutePath().normalize().toString();
  }

  @Test
  void misspelledZlibSymbolSuggestsTheRealOne() {
    JavaFileObject f = source("Z", """
        @NativeLibrary("z")
        interface Z {
          @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
          int uncompres(byte[] dest, long[] destLen, byte[] source, long sourceLen);
          @Symbol(parameters = {}, result = "string")
          String zlibVersion();
        }
        """);
    Compilation c = compile(SYSTEM, f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI081]").inFile(f).onLineContaining("@Symbol(parameters = {\"buffer\"");
    assertThat(c).hadErrorContaining("'uncompres'");
    assertThat(c).hadErrorContaining("libz.so");
    assertThat(c).hadErrorContaining("did you mean 'uncompress'?");
  }

  @Test
  void misspelledSqliteAndLibcAndProcessSymbols() {
    JavaFileObject sqlite = source("Sq", """
        @NativeLibrary("sqlite3")
        interface Sq {
          @Symbol(name = "sqlite3_libversio", result = "string")
          String version();
        }
        """);
    Compilation c = compile(SYSTEM, sqlite);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean 'sqlite3_libversion'?").inFile(sqlite).onLineContaining("sqlite3_libversio");

    JavaFileObject libc = source("C", """
        @NativeLibrary("c")
        interface C {
          @Symbol(parameters = {"string"}, result = "usize")
          long strlne(String s);
        }
        """);
    c = compile(SYSTEM, libc);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean 'strlen'?").inFile(libc).onLineContaining("@Symbol");

    JavaFileObject self = source("P", """
        @NativeLibrary("")
        interface P {
          @Symbol(result = "i32")
          int getpdi();
        }
        """);
    c = compile(SYSTEM, self);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean 'getpid'?").inFile(self).onLineContaining("@Symbol");
  }

  @Test
  void validSystemDeclarationsCompileWithOnlyTheNoDebugNote() {
    JavaFileObject f = source("Z", """
        @NativeLibrary("z")
        interface Z {
          @Symbol(parameters = {"ulong"}, result = "ulong")
          long compressBound(long sourceLen);
          @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
          long crc32(long crc, byte[] buf, int len);
        }
        """);
    Compilation c = compile(SYSTEM, f);
    assertThat(c).succeededWithoutWarnings();
    List<String> notes = Verifications.notes(c);
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("[FFI085]"), notes.get(0));
    assertTrue(notes.get(0).contains("only"), notes.get(0));
  }

  @Test
  void optionalMissingIsAWarningDataAndFunctionMixUpsAreErrors() {
    JavaFileObject f = source("C", """
        @NativeLibrary("c")
        interface C {
          @Symbol(name = "ffibind_audit_absent", result = "i32", optional = true)
          int absent();
          @Symbol(name = "environ", result = "pointer")
          java.lang.foreign.MemorySegment environFunction();
          @Global(name = "strlen", type = "pointer")
          java.lang.foreign.MemorySegment strlenVariable();
        }
        """);
    Compilation c = compile(SYSTEM, f);
    assertThat(c).hadWarningContaining("[FFI082]").inFile(f).onLineContaining("ffibind_audit_absent");
    assertThat(c).hadErrorContaining("[FFI083]").inFile(f).onLineContaining("\"environ\"");
    assertThat(c).hadErrorContaining("[FFI088]").inFile(f).onLineContaining("\"strlen\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void libraryNotFoundIsAWarningNamingThePlacesTried() {
    JavaFileObject f = source("N", """
        @NativeLibrary("ffibind_audit_nowhere")
        interface N {
          @Symbol(result = "i32")
          int f();
        }
        """);
    String dir = fixtures();
    Compilation c = compile(dir, f);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[FFI080]");
    assertThat(c).hadWarningContaining(dir);
  }

  @Test
  void wrongPrototypesQuoteDwarf() {
    JavaFileObject f = source("Fx", """
        @NativeLibrary("ffibind_fixtures")
        interface Fx {
          @Symbol(name = "prim_add_i8", parameters = {"i8", "i8"}, result = "i32")
          int wide(byte a, byte b);
          @Symbol(name = "prim_add_u8", parameters = {"i8", "i8"}, result = "u8")
          byte signedness(byte a, byte b);
          @Symbol(name = "prim_is_even", parameters = {"f32"}, result = "bool")
          boolean floatForInt(float x);
          @Symbol(name = "prim_and_bool", parameters = {"bool"}, result = "bool")
          boolean missing(boolean a);
          @Symbol(name = "var_sum_i32", parameters = {"i32", "i32"}, result = "i64")
          long notVariadic(int count, int x);
          @Symbol(name = "gl_counter_get", result = "i64")
          long counter();
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).hadErrorCount(6);
    assertThat(c).hadErrorContaining("[FFI084] Fx.wide: declared (i8, i8) -> i32, but libffibind_fixtures.so defines int8_t prim_add_i8(int8_t a, int8_t b)")
        .inFile(f).onLineContaining("prim_add_i8");
    assertThat(c).hadErrorContaining("defines uint8_t prim_add_u8(uint8_t a, uint8_t b)").inFile(f).onLineContaining("prim_add_u8");
    assertThat(c).hadErrorContaining("defines _Bool prim_is_even(int32_t x)").inFile(f).onLineContaining("prim_is_even");
    assertThat(c).hadErrorContaining("defines _Bool prim_and_bool(_Bool a, _Bool b)").inFile(f).onLineContaining("prim_and_bool");
    assertThat(c).hadErrorContaining("defines int64_t var_sum_i32(int32_t count, ...)").inFile(f).onLineContaining("var_sum_i32");
    assertThat(c).hadErrorContaining("defines int32_t gl_counter_get(void)").inFile(f).onLineContaining("gl_counter_get");
  }

  @Test
  void rightPrototypesCompileWithoutAMessage() {
    JavaFileObject f = source("Fx", """
        @NativeLibrary("ffibind_fixtures")
        interface Fx {
          @Symbol(name = "prim_add_i8", parameters = {"i8", "i8"}, result = "i8")
          byte addI8(byte a, byte b);
          @Symbol(name = "var_sum_i32", parameters = {"i32", "...", "i32", "i32"}, result = "i64")
          long sum2(int count, int a, int b);
          @Global(name = "gl_counter", type = "i32")
          int counter();
          @Global(name = "gl_counter", type = "i32")
          void counter(int v);
          @Global(name = "gl_bytes", type = "const u8[14]")
          byte[] bytes();
          @Symbol(name = "nb_barrier", parameters = {"i32", "i32"}, result = "i32", nonblocking = true)
          java.util.concurrent.CompletableFuture<Integer> barrier(int n, int ms);
          @Symbol(name = "er_fail_with", parameters = {"i32"}, result = "i32", errno = true)
          int fail(int e);
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), ffibindMessages(c));
  }

  @Test
  void constGlobalSetterAndWrongGlobalType() {
    JavaFileObject f = source("Fx", """
        @NativeLibrary("ffibind_fixtures")
        interface Fx {
          @Global(name = "gl_static_u32", type = "u32")
          void staticU32(long v);
          @Global(name = "gl_double", type = "f32")
          float dbl();
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[FFI090]").inFile(f).onLineContaining("gl_static_u32");
    assertThat(c).hadErrorContaining("[FFI091]").inFile(f).onLineContaining("gl_double");
  }

  @Test
  void strippedLibraryGetsANote() {
    JavaFileObject f = source("St", """
        @NativeLibrary("ffibind_verify_stripped")
        interface St {
          @Symbol(name = "vf_add_i64", parameters = {"i32", "i32"}, result = "i32")
          int add(int a, int b);
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).hadNoteContaining("[FFI085]");
    assertThat(c).hadNoteContaining("only");
  }

  /** glibc's system call wrappers (chdir) are assembly: GNU as describes them with no prototype. */
  @Test
  void assemblyFunctionsOfLibcAreNotCompared() {
    JavaFileObject f = source("Sys", """
        @NativeLibrary("c")
        interface Sys {
          @Symbol(parameters = {"string"}, result = "i32", errno = true)
          int chdir(String path);
          @Symbol(result = "i32")
          int getpid();
          @Symbol(parameters = {"i32"}, result = "i32")
          int close(int fd);
        }
        """);
    Compilation c = compile(SYSTEM, f);
    assertThat(c).succeededWithoutWarnings();
    List<String> notes = Verifications.notes(c);
    for (String note : notes) {
      assertTrue(note.startsWith("[FFI085]") || note.startsWith("[FFI086]"), note);
    }
    if (notes.stream().noneMatch(n -> n.startsWith("[FFI085]"))) { // libc's debug file is installed (libc6-dbg)
      assertTrue(notes.stream().anyMatch(n -> n.startsWith("[FFI086] Sys.chdir") && n.contains("'chdir'")), notes.toString());
    }
  }

  @Test
  void libraryNamesResolveAsTheRuntimeDoes() {
    for (String name : new String[] {"m", "libm.so.6", "libm"}) {
      JavaFileObject f = source("M", """
          @NativeLibrary("%s")
          interface M {
            @Symbol(parameters = {"f64", "f64"}, result = "f64")
            double pwo(double a, double b);
          }
          """.formatted(name));
      Compilation c = compile(SYSTEM, f);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("did you mean 'pow'?").inFile(f).onLineContaining("@Symbol");
      assertThat(c).hadErrorContaining("libm.so.6");
    }
  }

  @Test
  void aPathIsUsedAsItIs() {
    String file = Verifications.fixtures().resolve("libffibind_fixtures.so").toAbsolutePath().normalize().toString();
    JavaFileObject f = source("P", """
        @NativeLibrary("%s")
        interface P {
          @Symbol(name = "gl_counter_gte", result = "i32")
          int counter();
        }
        """.formatted(file));
    Compilation c = compile("/nonexistent-ffibind-dir", f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean 'gl_counter_get'?").inFile(f).onLineContaining("@Symbol");
  }

  @Test
  void dwarf4AndCompressedDwarfAreRead() {
    for (String lib : new String[] {"ffibind_verify_dwarf4", "ffibind_verify_dwarf5", "ffibind_verify_gz"}) {
      JavaFileObject f = source("V", """
          @NativeLibrary("%s")
          interface V {
            @Symbol(parameters = {"i64", "i32"}, result = "i64")
            long vf_add_i64(long a, int b);
          }
          """.formatted(lib));
      Compilation c = compile(fixtures(), f);
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining("[FFI084] V.vf_add_i64: declared (i64, i32) -> i64, but lib" + lib
              + ".so defines int64_t vf_add_i64(int64_t a, int64_t b): parameter 2 (b)")
          .inFile(f).onLineContaining("@Symbol");
    }
  }

  @Test
  void withoutTheOptionNothingIsChecked() {
    JavaFileObject f = source("Z", """
        @NativeLibrary("z")
        interface Z {
          @Symbol(result = "i32")
          int ffibind_audit_not_in_zlib();
        }
        """);
    Compilation c = Compilations.compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of(), ffibindMessages(c));
  }

  @Test
  void anLdScriptIsFollowed() throws java.io.IOException {
    java.nio.file.Path script = null;
    for (String dir : SYSTEM.split(File.pathSeparator)) {
      java.nio.file.Path p = java.nio.file.Path.of(dir, "libm.so");
      if (java.nio.file.Files.isRegularFile(p) && new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains("GNU ld script")) {
        script = p;
        break;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(script != null, "no libm.so ld script (libc6-dev)");
    JavaFileObject f = source("M", """
        @NativeLibrary("%s")
        interface M {
          @Symbol(parameters = {"f64"}, result = "f64")
          double sqrtt(double x);
          @Symbol(name = "sqrt", parameters = {"f64"}, result = "f64")
          double root(double x);
        }
        """.formatted(script));
    Compilation c = compile("/nonexistent-ffibind-dir", f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean 'sqrt'?").inFile(f).onLineContaining("@Symbol(parameters");
    assertThat(c).hadErrorContaining("libm.so.6");
  }

  @Test
  void optionalMissingGlobalIsAWarning() {
    JavaFileObject f = source("G", """
        @NativeLibrary("ffibind_fixtures")
        interface G {
          @Global(name = "gl_audit_absent", type = "i32", optional = true)
          int absent();
          @Global(name = "gl_counter", type = "i32")
          int counter();
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[FFI082]").inFile(f).onLineContaining("gl_audit_absent");
  }

  @Test
  void structLayoutComparedWithDwarf() {
    JavaFileObject f = source("S", """
        @NativeLibrary("ffibind_fixtures")
        interface S {
          @Struct(name = "gl_point") record Point(long x, int y) {}
          @Global(name = "gl_polygon", type = "gl_point[4]")
          Point[] polygon();
        }
        """);
    Compilation c = compile(fixtures(), f);
    assertThat(c).hadErrorContaining("[FFI089]").inFile(f).onLineContaining("@Struct");
    assertThat(c).hadErrorContaining("field 'x' is 8 bytes, but C's is 4");
    assertThat(c).hadErrorContaining("field 'y' is at offset 8, but C's is at 4");

    JavaFileObject right = source("S", """
        @NativeLibrary("ffibind_fixtures")
        interface S {
          @Struct(name = "gl_point") record Point(int x, int y) {}
          @Global(name = "gl_polygon", type = "gl_point[4]")
          Point[] polygon();
        }
        """);
    Compilation ok = compile(fixtures(), right);
    assertThat(ok).succeededWithoutWarnings();
    assertEquals(List.of(), ffibindMessages(ok));
  }
}
