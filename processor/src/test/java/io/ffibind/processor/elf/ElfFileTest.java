package io.ffibind.processor.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The ELF reader on the fixtures and on the system's C library. */
@EnabledOnOs(OS.LINUX)
class ElfFileTest {
  private static Path fixture(String file) {
    return Path.of(System.getProperty("ffibind.fixtures.dir", "../fixtures-c/target/native")).resolve(file);
  }

  @Test
  void exportedSymbolsKnowFunctionsFromData() throws Exception {
    DynamicSymbols symbols = DynamicSymbols.read(ElfFile.open(fixture("libffibind_verify_dwarf5.so")));
    ElfSymbol add = symbols.find("vf_add_i64").orElseThrow();
    assertEquals(ElfSymbol.Kind.FUNCTION, add.kind());
    assertTrue(add.isFunction());
    assertFalse(add.isData());
    ElfSymbol counter = symbols.find("vf_counter").orElseThrow();
    assertEquals(ElfSymbol.Kind.OBJECT, counter.kind());
    assertTrue(counter.isData());
    assertEquals(4, counter.size());
    assertTrue(symbols.find("vf_asm_answer").orElseThrow().isFunction());
    assertTrue(symbols.find("strlen").isEmpty(), "an import is not an export");
    assertTrue(symbols.needed().contains("libc.so.6"));
  }

  @Test
  void whereVariablesLive() throws Exception {
    ElfFile elf = ElfFile.open(fixture("libffibind_verify_dwarf5.so"));
    DynamicSymbols symbols = DynamicSymbols.read(elf);
    ElfSymbol limit = symbols.find("vf_limit").orElseThrow();
    assertTrue(elf.section(limit.sectionIndex()).isReadOnlyData(), "const int32_t vf_limit is in .rodata");
    ElfSymbol greetings = symbols.find("vf_greetings").orElseThrow();
    Section relocated = elf.section(greetings.sectionIndex());
    assertFalse(relocated.isReadOnlyData(), ".data.rel.ro is writable until the dynamic linker is done");
    assertTrue(elf.relro().stream().anyMatch(r -> r.contains(greetings.value())), "but it lies in PT_GNU_RELRO");
    ElfSymbol counter = symbols.find("vf_counter").orElseThrow();
    assertFalse(elf.section(counter.sectionIndex()).isReadOnlyData());
    assertFalse(elf.relro().stream().anyMatch(r -> r.contains(counter.value())));
  }

  @Test
  void compressedSectionsAndBuildIds() throws Exception {
    ElfFile compressed = ElfFile.open(fixture("libffibind_verify_gz.so"));
    Section info = compressed.section(".debug_info").orElseThrow();
    assertTrue(info.isCompressed());
    assertTrue(compressed.contents(info).limit() > info.size(), "decompressed");
    String stripped = ElfFile.open(fixture("libffibind_verify_stripped.so")).buildId().orElseThrow();
    assertEquals(stripped, ElfFile.open(fixture("libffibind_verify_stripped.debug")).buildId().orElseThrow());
    assertEquals(40, stripped.length());
  }

  @Test
  void versionsAndIndirectFunctionsOfTheCLibrary() throws Exception {
    Path libc = Path.of("/lib/x86_64-linux-gnu/libc.so.6");
    assumeTrue(Files.isRegularFile(libc), "an x86-64 Debian C library");
    DynamicSymbols symbols = DynamicSymbols.read(ElfFile.open(libc));
    ElfSymbol strlen = symbols.find("strlen").orElseThrow();
    assertEquals(ElfSymbol.Kind.INDIRECT_FUNCTION, strlen.kind());
    assertTrue(strlen.isFunction());
    assertEquals("strlen@GLIBC_2.2.5", strlen.displayName());
    assertTrue(symbols.find("environ").orElseThrow().isData());
    assertTrue(symbols.find("GLIBC_2.2.5").isEmpty(), "version definitions are not symbols to bind");
    assertTrue(symbols.aliases(symbols.find("snprintf").orElseThrow()).contains("__snprintf"));
  }

  @Test
  void whatIsNotSupportedSaysSo(@TempDir Path dir) throws Exception {
    byte[] header = new byte[64];
    header[0] = 0x7f;
    header[1] = 'E';
    header[2] = 'L';
    header[3] = 'F';
    header[4] = 2;
    header[5] = 2; // big-endian
    Files.write(dir.resolve("big.so"), header);
    assertEquals(
        "big-endian ELF is not supported (ffibind reads 64-bit little-endian ELF)",
        assertThrows(ElfFormatException.class, () -> ElfFile.open(dir.resolve("big.so"))).getMessage());
    Files.writeString(dir.resolve("text.so"), "INPUT(-lfoo)\n");
    assertEquals(
        "it is not an ELF file",
        assertThrows(ElfFormatException.class, () -> ElfFile.open(dir.resolve("text.so"))).getMessage());
    header[5] = 1;
    Files.write(dir.resolve("headless.so"), header);
    assertEquals(
        "it has no section headers, so its symbols cannot be read",
        assertThrows(ElfFormatException.class, () -> ElfFile.open(dir.resolve("headless.so"))).getMessage());
  }
}
