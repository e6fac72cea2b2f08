package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;
import static io.ffibind.processor.Verifications.compile;
import static io.ffibind.processor.Verifications.systemPath;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.ffibind.processor.elf.ElfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The system's zlib, SQLite and C library, found in the system directories as the runtime finds
 * them: misspelled names fail with the right suggestion; right ones compile without a warning.
 */
@EnabledOnOs(OS.LINUX)
class SystemLibraryDiagnosticsTest {

  @Test
  void misspelledZlibSymbol() {
    JavaFileObject f =
        source(
            "Zlib",
            """
            @NativeLibrary("z")
            interface Zlib {
              @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
              int compres(byte[] dest, long[] destLen, byte[] source, long sourceLen);

              @Symbol(name = "crc23", parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong")
              long crc(long crc, byte[] buf, int len);
            }
            """);
    Compilation c = compile(systemPath(), f);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[FFI081] Zlib.compres binds C symbol 'compres', which /")
        .inFile(f)
        .onLineContaining("@Symbol(parameters = {\"buffer\"");
    assertThat(c).hadErrorContaining("does not export; did you mean 'compress'?");
    assertThat(c)
        .hadErrorContaining("[FFI081] Zlib.crc binds C symbol 'crc23', which /")
        .inFile(f)
        .onLineContaining("crc23");
    assertThat(c).hadErrorContaining("does not export; did you mean 'crc32'?");
  }

  @Test
  void misspelledSqliteSymbol() {
    JavaFileObject f =
        source(
            "Sqlite",
            """
            @NativeLibrary("sqlite3")
            interface Sqlite {
              @Symbol(name = "sqlite3_opne", parameters = {"string", "pointer*"}, result = "i32")
              int open(String filename, java.lang.foreign.MemorySegment[] db);
            }
            """);
    Compilation c = compile(systemPath(), f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[FFI081] Sqlite.open binds C symbol 'sqlite3_opne', which /")
        .inFile(f)
        .onLineContaining("@Symbol");
    assertThat(c).hadErrorContaining("libsqlite3.so");
    assertThat(c).hadErrorContaining("does not export; did you mean 'sqlite3_open'?");
  }

  @Test
  void rightDeclarationsCompileWithoutWarnings() {
    JavaFileObject zlib =
        source(
            "Zlib",
            """
            @NativeLibrary("z")
            interface Zlib {
              @Symbol(result = "string") String zlibVersion();
              @Symbol(parameters = "ulong", result = "ulong") long compressBound(long sourceLen);
              @Symbol(parameters = {"ulong", "const buffer[len]", "u32"}, result = "ulong") long crc32(long crc, byte[] buf, int len);
              @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32")
              int compress(byte[] dest, long[] destLen, byte[] source, long sourceLen);
            }
            """);
    JavaFileObject sqlite =
        source(
            "Sqlite",
            """
            @NativeLibrary("sqlite3")
            interface Sqlite {
              @Symbol(name = "sqlite3_libversion", result = "string") String libversion();
              @Symbol(name = "sqlite3_open", parameters = {"string", "pointer*"}, result = "i32")
              int open(String filename, java.lang.foreign.MemorySegment[] db);
              @Symbol(name = "sqlite3_column_text", parameters = {"pointer", "i32"}, result = "string")
              String columnText(java.lang.foreign.MemorySegment stmt, int column);
            }
            """);
    assertThat(compile(systemPath(), zlib, sqlite)).succeededWithoutWarnings();
  }

  /** The C library, for {@code @NativeLibrary("")}: its prototypes when Debian's libc6-dbg is installed. */
  @Test
  void theProcessSymbolsAreCheckedAgainstTheCLibrary() throws Exception {
    JavaFileObject f =
        source(
            "LibC",
            """
            @NativeLibrary("")
            interface LibC {
              @Symbol(parameters = "string", result = "usize") long strlen(String s);
              @Symbol(parameters = {"string", "string*", "i32"}, result = "long") long strtol(String s, String[] end, int base);
              @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32"}, result = "i32")
              int snprintf(byte[] buffer, long size, String format, int value);
              @Symbol(parameters = "f64", result = "f64") double cos(double x);
              @Symbol(parameters = "string", result = "i32") int strlne(String s);
            }
            """);
    Compilation c = compile(systemPath(), f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[FFI081] LibC.strlne binds C symbol 'strlne', which /").inFile(f).onLineContaining("strlne");
    assertThat(c).hadErrorContaining("libc.so.6 and /");
    assertThat(c).hadErrorContaining("does not export; did you mean 'strlen'?");

    Path libc = Path.of("/lib/x86_64-linux-gnu/libc.so.6");
    assumeTrue(Files.isRegularFile(libc), "a Debian x86-64 C library");
    String id = ElfFile.open(libc).buildId().orElseThrow();
    assumeTrue(
        Files.isRegularFile(Path.of("/usr/lib/debug/.build-id/" + id.substring(0, 2) + "/" + id.substring(2) + ".debug")),
        "libc6-dbg installed");
    JavaFileObject wrong =
        source(
            "LibC",
            """
            @NativeLibrary("")
            interface LibC {
              @Symbol(parameters = {"string", "string*"}, result = "i32") int strtol(String s, String[] end);
              @Symbol(parameters = {"buffer[size]", "usize", "string", "i32"}, result = "i32")
              int snprintf(byte[] buffer, long size, String format, int value);
            }
            """);
    Compilation w = compile(systemPath(), wrong);
    assertThat(w).hadErrorCount(2);
    assertThat(w)
        .hadErrorContaining(
            "[FFI084] LibC.strtol: declared (string, string*) -> i32, but libc.so.6 defines long int strtol(const"
                + " char *nptr, char **endptr, int base): C's function takes 3 parameters, the declaration 2; the"
                + " result is long int, an 8-byte signed integer, but \"i32\" is a 4-byte signed integer: write \"long\"")
        .inFile(wrong)
        .onLineContaining("strtol");
    assertThat(w)
        .hadErrorContaining(
            "[FFI084] LibC.snprintf: declared (buffer[size], usize, string, i32) -> i32, but libc.so.6 defines int"
                + " snprintf(char *s, size_t maxlen, const char *format, ...): it is variadic")
        .inFile(wrong)
        .onLineContaining("buffer[size]");
  }
}
