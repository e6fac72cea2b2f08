package io.ffibind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.ffibind.processor.Compilations.compile;
import static io.ffibind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Interfaces that use every type string and every accepted Java type: the processor must accept
 * them silently, and the class it generates must compile without a warning.
 */
class ValidLibraryTest {

  @Test
  void everyScalarTypeWithEveryAcceptedJavaType() {
    JavaFileObject f =
        source(
            "Scalars",
            """
            import java.lang.foreign.MemorySegment;

            @NativeLibrary("scalars")
            public interface Scalars extends AutoCloseable {
              @Symbol(parameters = {"bool"}, result = "bool")
              boolean not(boolean b);

              @Symbol(parameters = {"char", "i8", "int8"}, result = "i8")
              byte signedBytes(byte c, byte a, byte b);

              @Symbol(name = "u8s", parameters = {"u8", "uint8", "u8", "u8"}, result = "u8")
              byte u8AsByte(byte a, short b, int c, long d);

              @Symbol(name = "u8s", parameters = {"u8", "uint8", "u8", "u8"}, result = "uint8")
              short u8AsShort(byte a, short b, int c, long d);

              @Symbol(name = "u8s", parameters = {"u8", "uint8", "u8", "u8"}, result = "u8")
              int u8AsInt(byte a, short b, int c, long d);

              @Symbol(name = "u8s", parameters = {"u8", "uint8", "u8", "u8"}, result = "u8")
              long u8AsLong(byte a, short b, int c, long d);

              @Symbol(parameters = {"i16", "int16"}, result = "i16")
              short i16(short a, short b);

              @Symbol(name = "u16s", parameters = {"u16", "uint16", "u16", "u16"}, result = "u16")
              char u16AsChar(short a, char b, int c, long d);

              @Symbol(name = "u16s", parameters = {"u16", "uint16", "u16", "u16"}, result = "u16")
              short u16AsShort(short a, char b, int c, long d);

              @Symbol(name = "u16s", parameters = {"u16", "uint16", "u16", "u16"}, result = "u16")
              int u16AsInt(short a, char b, int c, long d);

              @Symbol(name = "u16s", parameters = {"u16", "uint16", "u16", "u16"}, result = "u16")
              long u16AsLong(short a, char b, int c, long d);

              @Symbol(parameters = {"i32", "int32"}, result = "i32")
              int i32(int a, int b);

              @Symbol(name = "u32s", parameters = {"u32", "uint32"}, result = "u32")
              int u32AsInt(int a, long b);

              @Symbol(name = "u32s", parameters = {"u32", "uint32"}, result = "uint32")
              long u32AsLong(int a, long b);

              @Symbol(
                  parameters = {"i64", "int64", "u64", "uint64", "usize", "isize", "long", "ulong"},
                  result = "u64")
              long sixtyFour(long a, long b, long c, long d, long e, long f, long g, long h);

              @Symbol(parameters = {"f32", "float", "float32"}, result = "float")
              float f32(float a, float b, float c);

              @Symbol(parameters = {"f64", "double", "float64"}, result = "float64")
              double f64(double a, double b, double c);

              @Symbol(parameters = {"pointer", "ptr", "function"}, result = "ptr")
              MemorySegment pointers(MemorySegment a, MemorySegment b, MemorySegment c);

              @Symbol
              void nothing();

              @Override
              void close();
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Scalars");
  }

  @Test
  void everyMemoryTypeWithEveryAcceptedJavaType() {
    JavaFileObject f =
        source(
            "Memory",
            """
            import java.lang.foreign.MemorySegment;
            import java.nio.ByteBuffer;
            import java.util.List;

            @NativeLibrary(value = "memory", charset = "UTF-16LE")
            interface Memory {
              @Symbol(parameters = {"string", "str"}, result = "string")
              String strings(String a, MemorySegment b);

              @Symbol(name = "strings", parameters = {"string", "str"}, result = "str", charset = "UTF-32BE")
              MemorySegment rawStrings(String a, MemorySegment b);

              @FreeResult
              @Symbol(parameters = {"string"}, result = "string", charset = "US-ASCII")
              String owned(String s);

              @Symbol(
                  parameters = {
                    "buffer", "arraybuffer", "buffer", "buffer", "buffer", "buffer", "buffer",
                    "const buffer", "buffer[16]", "buffer[n]", "usize"
                  },
                  result = "buffer")
              MemorySegment buffers(
                  byte[] a, short[] b, char[] c, int[] d, long[] e, float[] f, double[] g,
                  ByteBuffer h, MemorySegment i, byte[] j, long n);

              @Symbol(result = "buffer[32]")
              MemorySegment fixedBuffer();

              @Symbol(
                  parameters = {
                    "i8[]", "u8[]", "i16[]", "u16[]", "u16[]", "i32[]", "u32[]", "i64[]", "u64[]",
                    "f32[]", "f64[]", "usize[]", "pointer[]", "string[]", "string[]"
                  })
              void arrays(
                  byte[] a, byte[] b, short[] c, short[] d, char[] e, int[] f, int[] g, long[] h,
                  long[] i, float[] j, double[] k, long[] l, MemorySegment[] m, String[] n,
                  List<String> o);

              @Symbol(parameters = {"const i32[16]", "f64[count]", "const string[]", "i32[]", "i32"})
              void lengths(int[] a, double[] b, List<String> c, MemorySegment d, int count);

              @Symbol(parameters = {"i32*", "usize*", "pointer*", "string*", "f64*", "u8*"})
              void outs(int[] a, long[] b, MemorySegment[] c, String[] d, MemorySegment e, byte[] f);

              @Symbol(parameters = {"i32"}, result = "i32[n]")
              int[] ints(int n);

              @FreeResult("g_free")
              @Symbol(parameters = {"usize"}, result = "f64[n]")
              double[] ownedDoubles(long n);

              @Symbol(result = "u16[4]")
              char[] chars();

              @Symbol(name = "chars", result = "u16[4]")
              short[] shorts();

              @Symbol(result = "string[3]")
              String[] names();

              @Symbol(result = "pointer[2]")
              MemorySegment[] pointers();

              @Symbol(result = "i64[]")
              MemorySegment view();

              @Critical
              @Symbol(parameters = {"const f64[n]", "usize"}, result = "f64")
              double sum(double[] values, long n);

              default double mean(double[] values) {
                return sum(values, values.length) / values.length;
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Memory");
  }

  @Test
  void nestedAndInheritingLibraries() {
    JavaFileObject f =
        source(
            "Outer",
            """
            public class Outer {
              @NativeLibrary("")
              public interface Base {
                @Symbol(parameters = {"i32"}, result = "i32")
                int abs(int x);
              }

              @NativeLibrary("")
              protected interface Derived extends Base, AutoCloseable {
                @Symbol(parameters = {"i64"}, result = "i64")
                long labs(long x);

                @Override
                String toString();
              }
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Ffibind_Outer_Base");
    assertThat(c).generatedSourceFile("test.Ffibind_Outer_Derived");
  }

  @Test
  void libraryInTheUnnamedPackage() {
    JavaFileObject f =
        com.google.testing.compile.JavaFileObjects.forSourceString(
            "Libc",
            """
            @io.ffibind.NativeLibrary("")
            interface Libc {
              @io.ffibind.Symbol(parameters = {"string"}, result = "usize")
              long strlen(String s);
            }
            """);
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("Ffibind_Libc");
  }
}
