package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Issue 9 black box: right declarations of everyday libc, libm, zlib and SQLite functions and globals
 * compile without an error or a warning when checked against the system's libraries (and libc's
 * DWARF, where libc6-dbg is installed): no false positive from assembly, IFUNCs, aliases or versions.
 */
@EnabledOnOs(OS.LINUX)
class AuditSystemPrototypesTest {
  private static final String SYSTEM =
      String.join(File.pathSeparator, "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
          "/usr/lib/aarch64-linux-gnu", "/lib64", "/usr/lib64", "/usr/lib");

  private static Compilation compile(JavaFileObject f) {
    return Compiler.javac().withProcessors(new FfibindProcessor())
        .withOptions(List.of("-Affibind.libraryPath=" + SYSTEM)).compile(f);
  }

  @Test
  void everydayLibc() {
    JavaFileObject f = source("C", """
        import java.lang.foreign.MemorySegment;
        import java.util.concurrent.CompletableFuture;
        @NativeLibrary("c")
        interface C {
          @Symbol(parameters = {"string"}, result = "usize") long strlen(String s);
          @Symbol(parameters = {"string", "string"}, result = "i32") int strcmp(String a, String b);
          @Symbol(parameters = {"pointer", "pointer", "usize"}, result = "pointer") MemorySegment memcpy(MemorySegment d, MemorySegment s, long n);
          @Symbol(parameters = {"pointer", "i32", "usize"}, result = "pointer") MemorySegment memset(MemorySegment d, int c, long n);
          @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true) int open(String p, int flags, int mode);
          @Symbol(parameters = {"i32"}, result = "i32", errno = true) int close(int fd);
          @Symbol(parameters = {"i32", "buffer[n]", "usize"}, result = "isize", errno = true) long read(int fd, byte[] b, long n);
          @Symbol(parameters = {"i32", "const buffer[n]", "usize"}, result = "isize", errno = true) long write(int fd, byte[] b, long n);
          @Symbol(parameters = {"string"}, result = "i32", errno = true) int chdir(String path);
          @Symbol(parameters = {"string", "i32"}, result = "i32", errno = true) int access(String path, int mode);
          @Symbol(parameters = {"string", "string*", "i32"}, result = "long", errno = true) long strtol(String s, String[] end, int base);
          @Symbol(parameters = {"string", "pointer", "i32"}, result = "ulong") long strtoul(String s, MemorySegment end, int base);
          @Symbol(parameters = {"string"}, result = "f64") double atof(String s);
          @Symbol(parameters = {"string"}, result = "string") String getenv(String name);
          @Symbol(parameters = {"string", "string", "i32"}, result = "i32") int setenv(String n, String v, int o);
          @FreeResult @Symbol(parameters = {"string"}, result = "string") String strdup(String s);
          @Symbol(parameters = {"usize"}, result = "pointer") MemorySegment malloc(long n);
          @Symbol(parameters = {"pointer"}) void free(MemorySegment p);
          @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32", "string"}, result = "i32") int snprintf(byte[] b, long size, String f, int i, String s);
          @Symbol(parameters = {"string", "...", "f64"}, result = "i32") int printf(String f, double d);
          @Symbol(parameters = {"u32"}, result = "u32", nonblocking = true) CompletableFuture<Long> sleep(long s);
          @Symbol(parameters = {"u32"}, result = "i32") int usleep(int us);
          @Symbol(result = "i32") int getpid();
          @Symbol(parameters = {"i32"}, result = "string") String strerror(int e);
          @Symbol(parameters = {"i32"}, result = "i32") int abs(int x);
          @Symbol(parameters = {"i64"}, result = "i64") long labs(long x);
          @Symbol(parameters = {"pointer"}, result = "i64") long time(MemorySegment t);
          @Global(type = "pointer") MemorySegment environ();
          @Global(type = "i32") int optind();
          @Global(name = "optind", type = "i32") void optind(int v);
          @Global(type = "i32") int opterr();
          @Global(type = "string") String optarg();
          @Global(type = "long") long timezone();
          @Global(type = "i32") int daylight();
          @Global(type = "string[2]") String[] tzname();
        }
        """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void everydayLibmZlibSqlite() {
    JavaFileObject m = source("M", """
        @NativeLibrary("m")
        interface M {
          @Symbol(parameters = {"f64", "f64"}, result = "f64") double pow(double a, double b);
          @Symbol(parameters = {"f64"}, result = "f64") double cos(double x);
          @Symbol(parameters = {"f32"}, result = "f32") float sqrtf(float x);
          @Symbol(parameters = {"f64", "i32*"}, result = "f64") double frexp(double x, int[] e);
          @Symbol(parameters = {"f64", "f64*"}, result = "f64") double modf(double x, double[] i);
          @Symbol(parameters = {"f64"}, result = "long") long lround(double x);
        }
        """);
    assertThat(compile(m)).succeededWithoutWarnings();
    JavaFileObject z = source("Z", """
        @NativeLibrary("z")
        interface Z {
          @Symbol(result = "string") String zlibVersion();
          @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32") int compress(byte[] d, long[] dl, byte[] s, long sourceLen);
          @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong", "i32"}, result = "i32") int compress2(byte[] d, long[] dl, byte[] s, long sourceLen, int level);
          @Symbol(parameters = {"ulong", "const u8[len]", "u32"}, result = "ulong") long adler32(long a, byte[] b, int len);
        }
        """);
    assertThat(compile(z)).succeededWithoutWarnings();
    JavaFileObject s = source("S", """
        import java.lang.foreign.MemorySegment;
        @NativeLibrary("sqlite3")
        interface S {
          @Symbol(result = "string") String sqlite3_libversion();
          @Symbol(result = "i32") int sqlite3_libversion_number();
          @Symbol(parameters = {"string", "pointer*"}, result = "i32") int sqlite3_open(String f, MemorySegment[] db);
          @Symbol(parameters = {"pointer"}, result = "i32") int sqlite3_close(MemorySegment db);
          @Symbol(parameters = {"pointer", "string", "pointer", "pointer", "pointer*"}, result = "i32")
          int sqlite3_exec(MemorySegment db, String sql, MemorySegment cb, MemorySegment arg, MemorySegment[] err);
          @Symbol(parameters = {"pointer"}, result = "string") String sqlite3_errmsg(MemorySegment db);
          @Global(name = "sqlite3_version", type = "const i8[7]") byte[] version();
        }
        """);
    assertThat(compile(s)).succeededWithoutWarnings();
  }
}
