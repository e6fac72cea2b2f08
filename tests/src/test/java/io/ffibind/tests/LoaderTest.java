package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.NativeLoadException;
import io.ffibind.Symbol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a binding finds its library: an explicit path, the override property, a name that does not
 * exist (the message lists where it looked), a symbol the file lacks (the message names both).
 * {@link SystemLibrariesTest} covers real system libraries found by name.
 */
class LoaderTest {
  private static final String MISSING_NAME = "ffibind_not_installed_anywhere";

  /** Named after a library that exists nowhere: only an explicit path can load it. */
  @NativeLibrary(MISSING_NAME)
  interface Elsewhere extends AutoCloseable {
    @Symbol(name = "prim_add_i32", parameters = {"i32", "i32"}, result = "i32")
    int add(int a, int b);

    @Override
    void close();
  }

  @NativeLibrary("ffibind_fixtures")
  interface OneMissing {
    @Symbol(name = "prim_id_i32", parameters = "i32", result = "i32")
    int id(int x);

    @Symbol(name = "prim_no_such_function", parameters = "i32", result = "i32")
    int missing(int x);
  }

  @NativeLibrary("ffibind_fixtures")
  interface TwoMissing {
    @Symbol(name = "prim_absent_one")
    void one();

    @Symbol(name = "prim_id_i32", parameters = "i32", result = "i32")
    int id(int x);

    @Symbol(name = "prim_absent_two", result = "f64")
    double two();
  }

  /** Resolved only through a property the test sets. */
  @NativeLibrary("ffibind_override_only")
  interface ByOverride {
    @Symbol(name = "prim_i64_min", result = "i64")
    long min();
  }

  /** Found only in a directory the test puts on java.library.path. */
  @NativeLibrary("ffibind_on_library_path")
  interface OnLibraryPath {
    @Symbol(name = "prim_u16_max", result = "u16")
    int max();
  }

  /** Present in that directory only as a versioned file. */
  @NativeLibrary("ffibind_versioned")
  interface Versioned {
    @Symbol(name = "prim_u8_max", result = "u8")
    int max();
  }

  private static Path fixtures() {
    String property = System.getProperty("ffibind.library.ffibind_fixtures");
    assertNotNull(property, "surefire sets -Dffibind.library.ffibind_fixtures");
    return Path.of(property);
  }

  @Test
  void explicitPathWinsOverTheAnnotation() {
    try (Elsewhere lib = Native.load(Elsewhere.class, fixtures())) {
      assertEquals(Integer.MIN_VALUE, lib.add(Integer.MAX_VALUE, 1));
    }
  }

  @Test
  void missingLibraryListsThePlacesTried() {
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(Elsewhere.class));
    String message = e.getMessage();
    assertTrue(message.contains("\"" + MISSING_NAME + "\""), message);
    assertTrue(message.contains("Tried:"), message);
    assertTrue(message.contains("system search for lib" + MISSING_NAME + ".so"), message);
    assertTrue(message.contains("/usr/lib"), "system directories are listed: " + message);
    assertTrue(message.contains("-Dffibind.library." + MISSING_NAME + "="), "the way out is shown: " + message);
  }

  @Test
  void missingPathIsNamed(@TempDir Path dir) {
    Path nowhere = dir.resolve("libnothing.so");
    NativeLoadException e =
        assertThrows(NativeLoadException.class, () -> Native.load(Elsewhere.class, nowhere));
    assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
  }

  @Test
  void fileThatIsNoLibraryIsRejected(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("libfake.so"), "not a shared library\n");
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(Elsewhere.class, text));
    assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
  }

  @Test
  void missingSymbolNamesSymbolAndFile() {
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(OneMissing.class));
    String message = e.getMessage();
    assertTrue(message.contains("prim_no_such_function"), message);
    assertTrue(message.contains(fixtures().toAbsolutePath().normalize().toString()), message);
    assertTrue(!message.contains("prim_id_i32"), "only the missing symbol: " + message);
  }

  @Test
  void everyMissingSymbolIsNamedAtOnce() {
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(TwoMissing.class));
    assertTrue(e.getMessage().contains("prim_absent_one"), e.getMessage());
    assertTrue(e.getMessage().contains("prim_absent_two"), e.getMessage());
  }

  @Test
  void overridePropertyPointsAtAFile(@TempDir Path dir) {
    String key = "ffibind.library.ffibind_override_only";
    try {
      System.setProperty(key, fixtures().toString());
      assertEquals(Long.MIN_VALUE, Native.load(ByOverride.class).min());
      Path nowhere = dir.resolve("gone.so");
      System.setProperty(key, nowhere.toString());
      NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(ByOverride.class));
      assertTrue(e.getMessage().contains(key), "names the property: " + e.getMessage());
      assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
    } finally {
      System.clearProperty(key);
    }
  }

  @Test
  void gnuLinkerScriptIsFollowed(@TempDir Path dir) throws IOException {
    Path target = fixtures().toAbsolutePath().normalize();
    Path script =
        Files.writeString(
            dir.resolve("libscripted.so"),
            "/* GNU ld script\n   like Debian's libm.so */\nOUTPUT_FORMAT(elf64-x86-64)\n"
                + "GROUP ( "
                + target
                + "  AS_NEEDED ( /lib/no-such-helper.so.1 ) )\n");
    try (Elsewhere lib = Native.load(Elsewhere.class, script)) {
      assertEquals(-2, lib.add(-1, -1));
    }
  }

  @Test
  void linkerScriptNamingNothingLoadableIsReported(@TempDir Path dir) throws IOException {
    Path script =
        Files.writeString(dir.resolve("libempty.so"), "/* GNU ld script */\nGROUP ( /no/such/libreal.so.6 )\n");
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(Elsewhere.class, script));
    assertTrue(e.getMessage().contains(script.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("linker script"), e.getMessage());
  }

  @Test
  void javaLibraryPathIsSearched(@TempDir Path dir) throws IOException {
    Files.copy(fixtures(), dir.resolve("libffibind_on_library_path.so"));
    Files.copy(fixtures(), dir.resolve("libffibind_versioned.so.3"));
    String saved = System.getProperty("java.library.path");
    try {
      System.setProperty("java.library.path", dir + java.io.File.pathSeparator + saved);
      assertEquals(65535, Native.load(OnLibraryPath.class).max());
      assertEquals(255, Native.load(Versioned.class).max());
    } finally {
      System.setProperty("java.library.path", saved);
    }
  }

  @Test
  void interfaceWithoutGeneratedBinding() {
    NativeLoadException e = assertThrows(NativeLoadException.class, () -> Native.load(Runnable.class));
    assertTrue(e.getMessage().contains("Ffibind_"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Native.load(String.class));
  }
}
