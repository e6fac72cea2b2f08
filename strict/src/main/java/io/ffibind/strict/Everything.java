package io.ffibind.strict;

import io.ffibind.Critical;
import io.ffibind.Field;
import io.ffibind.FreeResult;
import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import io.ffibind.strict.Callbacks.Compare;
import io.ffibind.strict.Callbacks.Higher;
import io.ffibind.strict.Callbacks.Scalars;
import io.ffibind.strict.Callbacks.Tick;
import io.ffibind.strict.Callbacks.Visitor;
import io.ffibind.strict.Shapes.Flex;
import io.ffibind.strict.Shapes.Holder;
import io.ffibind.strict.Shapes.Line;
import io.ffibind.strict.Shapes.Packed;
import io.ffibind.strict.Shapes.Point;
import io.ffibind.strict.Shapes.Tagged;
import io.ffibind.strict.Shapes.Value;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

  // ---- structs and unions ----
  @Symbol(parameters = {"strict_point", "strict_point"}, result = "strict_line")
  Line line(Point from, Point to);

  @Symbol(name = "line", parameters = {"strict_point", "strict_point"}, result = "strict_line")
  Line lineOfSegments(MemorySegment from, MemorySegment to);

  @Symbol(parameters = {"strict_tagged", "strict_value"}, result = "strict_value")
  Value tagged(Tagged tagged, Value value);

  @Symbol(parameters = {"const strict_person*"}, result = "f64")
  double average(Person person);

  @Symbol(parameters = {"strict_person*", "strict_point*"})
  void update(Person[] person, Point[] point);

  @Symbol(name = "update", parameters = {"strict_person*", "strict_point*"})
  void updateInPlace(MemorySegment person, MemorySegment point);

  @Symbol(parameters = {"const strict_point[n]", "usize", "strict_line[4]"}, result = "f64")
  double lengths(Point[] points, long n, Line[] lines);

  @Symbol(parameters = {"usize"}, result = "strict_point[n]")
  Point[] corners(long n);

  @Symbol(name = "corners", parameters = {"usize"}, result = "strict_point[n]")
  MemorySegment cornersRaw(long n);

  @FreeResult("strict_person_free")
  @Symbol(parameters = {"string"}, result = "strict_person*")
  Person find(String name);

  @Symbol(name = "find", parameters = {"string"}, result = "strict_person*")
  MemorySegment findRaw(String name);

  @Symbol(parameters = {"strict_packed*", "strict_holder*", "strict_flex*"}, result = "strict_flex*")
  Flex packed(Packed[] packed, Holder holder, Flex flex);

  @Critical
  @Symbol(parameters = {"const strict_point*", "const f64[2]"}, result = "f64")
  double criticalPoint(Point point, double[] scale);

  @Symbol(parameters = {"strict_point", "..."}, result = "i32")
  int variadicAfterStruct(Point point);

  // ---- callbacks ----
  @Symbol(parameters = {"function", "i32", "i32"}, result = "i32")
  int compare(Compare compare, int a, int b);

  @Symbol(parameters = {"function", "function", "function", "function", "function"})
  void everyCallback(Scalars scalars, Visitor visitor, Higher higher, Tick tick, MemorySegment raw)
      throws IOException;

  @Symbol(result = "function")
  Compare comparator();

  @Symbol(parameters = {"function", "function", "function", "function", "function", "function"}, result = "function")
  io.ffibind.strict.Callbacks.Factory more(
      io.ffibind.strict.Callbacks.Arrays arrays,
      io.ffibind.strict.Callbacks.Chars chars,
      io.ffibind.strict.Callbacks.Floats floats,
      io.ffibind.strict.Callbacks.Test test,
      io.ffibind.strict.Callbacks.Factory factory,
      io.ffibind.strict.Callbacks.Wide wide);

  @Symbol(parameters = {"function*", "function*"})
  void comparators(Compare[] out, MemorySegment[] raw);

  @Symbol(parameters = {"function", "pointer"})
  void keep(MemorySegment callback, MemorySegment context);

  // ---- optional symbols, nonblocking calls, errno ----
  @Symbol(parameters = {"i32"}, result = "i32", optional = true)
  int maybe(int x);

  @Symbol(parameters = {"string", "i32", "...", "i32"}, result = "i32", errno = true)
  int open(String path, int flags, int mode);

  @Symbol(parameters = {"strict_point"}, result = "strict_point", errno = true)
  Point errnoPoint(Point point);

  @Symbol(parameters = {"function", "i32"}, result = "i32", errno = true, optional = true)
  int errnoCallback(Compare compare, int x);

  @Symbol(parameters = {"buffer", "ulong*", "const buffer[sourceLen]", "ulong"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> compress(byte[] dest, long[] destLen, byte[] source, long sourceLen);

  @Symbol(parameters = {"string"}, result = "string", nonblocking = true, errno = true)
  CompletableFuture<String> later(String s);

  @Symbol(nonblocking = true, optional = true)
  CompletableFuture<Void> sleepLater();

  @Symbol(parameters = {"strict_point"}, result = "strict_point", nonblocking = true)
  CompletableFuture<Point> pointLater(Point point);

  @Symbol(parameters = {"function", "i32"}, result = "u32", nonblocking = true)
  CompletableFuture<Long> callbackLater(Compare compare, int x);

  // ---- C globals ----
  @Global(type = "i32")
  int counter();

  @Global(name = "counter", type = "i32")
  void counter(int value);

  @Global(name = "counter", type = "i32")
  MemorySegment counterStorage();

  @Global(type = "u8")
  int flag();

  @Global(name = "flag", type = "u8")
  void flag(int value);

  @Global(type = "string")
  String greeting();

  @Global(name = "greeting", type = "string")
  void greeting(MemorySegment value);

  @Global(type = "i32[4]")
  int[] table();

  @Global(name = "table", type = "i32[4]")
  void table(int[] values);

  @Global(type = "const u8[3]")
  byte[] magic();

  @Global(type = "string[2]")
  String[] words();

  @Global(name = "words", type = "string[2]")
  MemorySegment[] rawWords();

  @Global(name = "words", type = "string[2]")
  void words(MemorySegment[] values);

  @Global(type = "pointer")
  MemorySegment handle();

  @Global(name = "handle", type = "pointer")
  void handle(MemorySegment value);

  @Global(type = "f64", optional = true)
  double scale();

  // struct and union globals: read through the companion, written whole (with an allocator when the
  // struct points to memory), storage sized to the struct; arrays of structs
  @Global(type = "strict_point")
  Point origin();

  @Global(name = "origin", type = "strict_point")
  void origin(Point value);

  @Global(name = "origin", type = "strict_point")
  MemorySegment originStorage();

  @Global(type = "strict_point[3]")
  Point[] vertices();

  @Global(name = "vertices", type = "strict_point[3]")
  void vertices(Point[] value);

  @Global(type = "strict_person", optional = true)
  Person owner();

  @Global(name = "owner", type = "strict_person", optional = true)
  void owner(Person value, SegmentAllocator allocator);

  @Global(type = "strict_value")
  Value number();

  @Global(name = "number", type = "strict_value")
  void number(Value value);

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
