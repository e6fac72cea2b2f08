package io.ffibind.strict;

import io.ffibind.Critical;
import io.ffibind.Field;
import io.ffibind.FreeResult;
import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import io.ffibind.Union;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Bindings that use every ffibind feature, compiled with {@code -Xlint:all -Werror} in a named module:
 * if generated code or the processor causes any javac warning, the build fails here.
 *
 * <p><strong>The one place to add a declaration for each new feature</strong> (a struct record and a
 * method taking it by value and by pointer, a callback interface and a method taking it, an optional
 * symbol, a global, a nonblocking call, errno): the C library never loads here, so the symbols need not
 * exist; only the generated code's warnings are checked. {@link Bindings} refers to every generated
 * class, so one that is not generated fails the build too.
 */
@NativeLibrary(value = "ffibind_strict", charset = "UTF-8")
public interface Everything extends AutoCloseable {
  // ---- primitives, signed and unsigned, every Java carrier ----
  @Symbol(parameters = {"bool", "char", "i8", "u8", "i16", "u16", "i32", "u32"}, result = "i64")
  long small(boolean a, byte b, byte c, int d, short e, char f, int g, long h);

  @Symbol(parameters = {"u8", "u16", "u32"}, result = "u8")
  short widening(byte raw, short rawShort, int rawInt);

  @Symbol(parameters = {"u16"}, result = "u16")
  char character(char c);

  @Symbol(parameters = {"u32"}, result = "u32")
  long unsigned32(long x);

  @Symbol(parameters = {"u64", "i64", "usize", "isize", "long", "ulong"}, result = "usize")
  long wide(long a, long b, long c, long d, long e, long f);

  @Symbol(parameters = {"f32", "f64", "float", "double"}, result = "f64")
  double floating(float a, double b, float c, double d);

  @Symbol
  void nothing();

  // ---- pointers and function pointers ----
  @Symbol(parameters = {"pointer", "function", "ptr"}, result = "pointer")
  MemorySegment pointers(MemorySegment p, MemorySegment f, byte[] javaMemory);

  // ---- strings ----
  @Symbol(parameters = {"string"}, result = "usize")
  long length(String s);

  @Symbol(name = "length", parameters = {"string"}, result = "usize")
  long lengthOfRaw(MemorySegment s);

  @Symbol(parameters = {"string"}, result = "string", charset = "UTF-16LE")
  String wideString(String s);

  @Symbol(parameters = {"string"}, result = "string", charset = "ISO-8859-1")
  MemorySegment rawString(String s);

  @FreeResult
  @Symbol(parameters = {"string"}, result = "string")
  String duplicate(String s);

  @FreeResult("strict_free")
  @Symbol(parameters = {"usize"}, result = "u8[n]")
  byte[] ownedBytes(long n);

  // ---- buffers ----
  @Symbol(parameters = {"buffer[n]", "usize", "u8"})
  void fill(byte[] buffer, long n, int value);

  @Symbol(name = "fill", parameters = {"buffer[n]", "usize", "u8"})
  void fillBuffer(ByteBuffer buffer, long n, int value);

  @Symbol(name = "fill", parameters = {"buffer[n]", "usize", "u8"})
  void fillSegment(MemorySegment buffer, long n, int value);

  @Symbol(parameters = {"const buffer", "arraybuffer", "buffer[16]"}, result = "buffer[16]")
  MemorySegment buffers(short[] a, ByteBuffer b, long[] c);

  // ---- typed arrays ----
  @Symbol(parameters = {"const i32[n]", "usize"}, result = "i64")
  long sum(int[] values, long n);

  @Symbol(parameters = {"f64[4]", "f32[]", "u16[n]", "usize"})
  void arrays(double[] four, float[] any, char[] chars, long n);

  @Symbol(parameters = {"usize"}, result = "i32[n]")
  int[] range(long n);

  @Symbol(parameters = {"const string[]", "usize"}, result = "usize")
  long countStrings(String[] strings, long n);

  @Symbol(name = "countStrings", parameters = {"const string[]", "usize"}, result = "usize")
  long countList(List<String> strings, long n);

  @Symbol(parameters = {"const pointer[]"}, result = "pointer[2]")
  MemorySegment[] pointerArrays(MemorySegment[] pointers);

  @Symbol(parameters = {"string[]"})
  void onlyStrings(String[] strings);

  @Symbol(parameters = {"usize"}, result = "string[n]")
  String[] names(long n);

  // ---- out-parameters ----
  @Symbol(parameters = {"i32", "i32", "i32*", "i32*"}, result = "i32")
  int divmod(int a, int b, int[] quotient, int[] remainder);

  @Symbol(parameters = {"string", "string*", "pointer*", "usize*"}, result = "i64")
  long parse(String s, String[] end, MemorySegment[] handle, long[] size);

  // ---- variadic ----
  @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32", "f64", "string"}, result = "i32")
  int format(byte[] buffer, long size, String format, int number, double real, String word);

  // ---- critical ----
  @Critical
  @Symbol(parameters = {"const u8[len]", "u32"}, result = "u32")
  int checksum(byte[] data, int len);

  @Critical
  @Symbol(parameters = {"buffer"})
  void criticalBuffer(ByteBuffer b);

  // ---- globals: scalars, strings, arrays, structs and unions, arrays of structs ----
  @Struct(name = "strict_point") record Point(int x, @Field("u16") int y) {}

  @Struct(name = "strict_label") record Label(String text, @Field("f64[count]*") double[] values, @Field("usize") long count) {}

  @Union(name = "strict_number") record Value(long i, double d, @Field("u8[8]") byte[] bytes) {}

  @Global(type = "i32") int counter();

  @Global(name = "counter", type = "i32") void counter(int value);

  @Global(type = "u32[4]") int[] masks();

  @Global(type = "string") String title();

  @Global(name = "title", type = "string") void title(MemorySegment value);

  @Global(type = "pointer") void handle(MemorySegment value);

  @Global(type = "strict_point") Point origin();

  @Global(name = "origin", type = "strict_point") void origin(Point value);

  @Global(name = "origin", type = "strict_point") MemorySegment originStorage();

  @Global(type = "strict_point[3]") Point[] corners();

  @Global(name = "corners", type = "strict_point[3]") void corners(Point[] value);

  @Global(type = "strict_label", optional = true) Label label();

  @Global(name = "label", type = "strict_label", optional = true) void label(Label value, SegmentAllocator allocator);

  @Global(type = "strict_number") Value number();

  @Global(name = "number", type = "strict_number") void number(Value value);

  // ---- not bound: default and static methods ----
  default long lengthTwice(String s) {
    return 2 * length(s);
  }

  static String describe() {
    return "every feature";
  }

  @Override
  void close();

  /** A nested library, generated as {@code Ffibind_Everything_Nested}. */
  @NativeLibrary("")
  interface Nested {
    @Symbol(parameters = {"string"}, result = "usize")
    long strlen(String s);
  }

  /** Inherits every method above; generated as {@code Ffibind_Everything_Derived}. */
  @NativeLibrary("ffibind_strict")
  interface Derived extends Everything {
    @Symbol(parameters = {"i32"}, result = "i32")
    int extra(int x);
  }
}
