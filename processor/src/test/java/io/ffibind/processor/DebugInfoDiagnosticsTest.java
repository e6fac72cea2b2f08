package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Verifications.compile;
import static io.ffibind.processor.Verifications.fixtureOptions;
import static io.ffibind.processor.Verifications.WRONG_ADD;
import static io.ffibind.processor.Verifications.fixtures;
import static io.ffibind.processor.Verifications.library;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.ffibind.processor.elf.ElfFile;
import io.ffibind.processor.elf.Section;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the prototypes come from: the library's own DWARF, a separate debug file found by build-id,
 * or nowhere (a stripped library: only names are checked), and what an unreadable DWARF does.
 */
@EnabledOnOs(OS.LINUX)
class DebugInfoDiagnosticsTest {
  @Test
  void aStrippedLibraryHasItsNamesCheckedOnly(@TempDir Path noDebugFiles) {
    JavaFileObject f =
        library("ffibind_verify_stripped", WRONG_ADD + "  @Symbol(result = \"i32\")\n  int vf_negate();\n");
    Compilation c = compile(fixtureOptions("-Affibind.debugPath=" + noDebugFiles), f);
    assertThat(c).succeededWithoutWarnings(); // the wrong prototypes go unnoticed: nothing describes them
    assertThat(c)
        .hadNoteContaining(
            "[FFI085] libffibind_verify_stripped.so has no debug information, so only the names of Lib's symbols"
                + " were checked against it (build it with -g, or install its debug file under "
                + noDebugFiles + "/.build-id)")
        .inFile(f)
        .onLineContaining("@NativeLibrary");
    JavaFileObject g = library("ffibind_verify_stripped", "  @Symbol(result = \"i32\")\n  int vf_negate_it();\n");
    assertThat(compile(fixtureOptions("-Affibind.debugPath=" + noDebugFiles), g))
        .hadErrorContaining("[FFI081] Lib.vf_negate_it binds C symbol 'vf_negate_it', which ")
        .inFile(g)
        .onLineContaining("@Symbol");
  }

  @Test
  void aSeparateDebugFileIsFoundByBuildId(@TempDir Path debugRoot) throws Exception {
    Path stripped = fixtures().resolve("libffibind_verify_stripped.so");
    String id = ElfFile.open(stripped).buildId().orElseThrow();
    Path debugFile = debugRoot.resolve(".build-id").resolve(id.substring(0, 2)).resolve(id.substring(2) + ".debug");
    Files.createDirectories(debugFile.getParent());
    Files.copy(fixtures().resolve("libffibind_verify_stripped.debug"), debugFile);
    JavaFileObject f = library("ffibind_verify_stripped", WRONG_ADD);
    Compilation c = compile(fixtureOptions("-Affibind.debugPath=" + debugRoot), f);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[FFI084] Lib.vf_add_i64: declared (i32, i32) -> i32, but libffibind_verify_stripped.so defines int64_t"
                + " vf_add_i64(int64_t a, int64_t b): parameter 1 (a) is int64_t")
        .inFile(f)
        .onLineContaining("@Symbol");
  }

  @Test
  void unreadableDebugInformationIsAWarning(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("libffibind_broken.so");
    Files.copy(fixtures().resolve("libffibind_verify_dwarf5.so"), broken);
    Section info = ElfFile.open(broken).section(".debug_info").orElseThrow();
    try (FileChannel channel = FileChannel.open(broken, StandardOpenOption.WRITE)) {
      // The first unit's version, after its 4-byte length: 9 is no DWARF version.
      channel.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) 9), info.offset() + 4);
    }
    JavaFileObject f = library("ffibind_broken", WRONG_ADD);
    Compilation c = compile(dir.toString(), f);
    assertThat(c).succeeded();
    assertThat(c)
        .hadWarningContaining(
            "[FFI087] the debug information of " + broken + " cannot be read (DWARF version 9 is not supported:"
                + " ffibind reads versions 2 to 5), so only the names of Lib's symbols were checked against it")
        .inFile(f)
        .onLineContaining("@NativeLibrary");
  }

  /** Damaged files: a warning at worst, never an internal error or a javac crash. */
  @Test
  void damagedDebugInformationNeverCrashesTheCompiler(@TempDir Path dir) throws Exception {
    Path original = fixtures().resolve("libffibind_verify_dwarf5.so");
    ElfFile elf = ElfFile.open(original);
    java.util.Random random = new java.util.Random(9);
    for (int round = 0; round < 12; round++) {
      Path damaged = dir.resolve("round" + round).resolve("libffibind_damaged.so");
      Files.createDirectories(damaged.getParent());
      byte[] bytes = Files.readAllBytes(original);
      for (String name : new String[] {".debug_info", ".debug_abbrev", ".debug_str"}) {
        Section section = elf.section(name).orElseThrow();
        for (int i = 0; i < 6; i++) {
          bytes[(int) (section.offset() + random.nextInt((int) section.size()))] = (byte) random.nextInt(256);
        }
      }
      Files.write(damaged, bytes);
      JavaFileObject f = library("ffibind_damaged", WRONG_ADD);
      Compilation c = compile(damaged.getParent().toString(), f);
      assertFalse(
          c.diagnostics().stream().anyMatch(d -> d.getMessage(null).contains("FFI999")),
          () -> "round " + c.diagnostics());
    }
  }

  @Test
  void aTruncatedLibraryIsPassedOverWithTheReason(@TempDir Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(fixtures().resolve("libffibind_verify_dwarf5.so"));
    Path cut = dir.resolve("libffibind_cut.so");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    JavaFileObject f = library("ffibind_cut", WRONG_ADD);
    Compilation c = compile(dir.toString(), f);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[FFI080] @NativeLibrary(\"ffibind_cut\") on Lib: no library file found").inFile(f).onLineContaining("@NativeLibrary");
    assertThat(c).hadWarningContaining(cut + ": damaged: the section header table extends past the end of the file");
  }
}
