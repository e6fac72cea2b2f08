package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Verifications.WRONG_ADD;
import static io.ffibind.processor.Verifications.fixtures;
import static io.ffibind.processor.Verifications.library;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Affibind.libraryPath}: how a library is found for checking (the runtime's rules), what
 * happens when it is not, and that without the option nothing changes.
 */
@EnabledOnOs(OS.LINUX)
class LibraryPathDiagnosticsTest {
  @Test
  void withoutTheOptionNothingIsChecked() {
    Compilation c = compile(library("ffibind_verify_dwarf5", WRONG_ADD));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aLibraryNotFoundIsAWarningNamingThePlacesTried(@TempDir Path empty) {
    Path missing = empty.resolve("missing");
    JavaFileObject f = library("ffibind_nowhere", WRONG_ADD);
    Compilation c = Verifications.compile(empty + File.pathSeparator + missing, f);
    assertThat(c).succeeded();
    assertThat(c)
        .hadWarningContaining(
            "[FFI080] @NativeLibrary(\"ffibind_nowhere\") on Lib: no library file found on -Affibind.libraryPath"
                + " to check its declarations against. Tried:\n")
        .inFile(f)
        .onLineContaining("@NativeLibrary");
    // One place a line (javac indents the lines after the first).
    assertThat(c).hadWarningContaining(missing + ": not a directory\n");
    assertThat(c).hadWarningContaining(empty.resolve("libffibind_nowhere.so") + ": not found");
  }

  @Test
  void aLibraryOfAnotherKindIsPassedOverLikeTheLoaderWould(@TempDir Path dir) throws IOException {
    byte[] elf32 = new byte[52];
    elf32[0] = 0x7f;
    elf32[1] = 'E';
    elf32[2] = 'L';
    elf32[3] = 'F';
    elf32[4] = 1; // ELFCLASS32
    elf32[5] = 1; // little-endian
    elf32[6] = 1;
    Files.write(dir.resolve("libffibind_old.so"), elf32);
    JavaFileObject f = library("ffibind_old", WRONG_ADD);
    Compilation c = Verifications.compile(dir.toString(), f);
    assertThat(c).succeeded();
    assertThat(c)
        .hadWarningContaining(
            "[FFI080] @NativeLibrary(\"ffibind_old\") on Lib: no library file found on -Affibind.libraryPath to"
                + " check its declarations against. Tried:\n")
        .inFile(f)
        .onLineContaining("@NativeLibrary");
    assertThat(c)
        .hadWarningContaining(
            dir.resolve("libffibind_old.so") + ": 32-bit ELF is not supported (ffibind reads 64-bit little-endian ELF)");
  }

  @Test
  void namesAreResolvedWithTheRuntimesRules(@TempDir Path dir) throws IOException {
    // A versioned file only (libfoo.so.1, as Debian installs without -dev packages), "libfoo" as well as "foo",
    // a file name, a path, and a GNU ld script naming the real file.
    Path real = fixtures().toAbsolutePath().resolve("libffibind_verify_dwarf5.so");
    Files.copy(real, dir.resolve("libffibind_versioned.so.1"));
    Files.writeString(dir.resolve("libffibind_script.so"), "/* GNU ld script */\nGROUP ( " + real + " )\n");
    for (String name : new String[] {"ffibind_versioned", "libffibind_versioned", "libffibind_versioned.so.1", real.toString(), "ffibind_script"}) {
      JavaFileObject f = library(name, WRONG_ADD);
      Compilation c = Verifications.compile(dir.toString(), f);
      assertThat(c).hadErrorContaining("[FFI084] Lib.vf_add_i64: declared (i32, i32) -> i32, but lib").inFile(f).onLineContaining("@Symbol");
    }
  }

  @Test
  void anOptionalSymbolMissingIsAWarning() {
    JavaFileObject f =
        library(
            "ffibind_verify_dwarf5",
            "  @Symbol(result = \"i32\", optional = true)\n  int vf_added_in_2_0();\n");
    Compilation c = Verifications.compile(fixtures().toString(), f);
    assertThat(c).succeeded();
    assertThat(c)
        .hadWarningContaining(
            "[FFI082] Lib.vf_added_in_2_0 binds optional C symbol 'vf_added_in_2_0', which "
                + fixtures().toAbsolutePath().normalize().resolve("libffibind_verify_dwarf5.so") + " does not export")
        .inFile(f)
        .onLineContaining("@Symbol");
  }
}
