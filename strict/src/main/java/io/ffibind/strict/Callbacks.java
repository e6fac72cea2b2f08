package io.ffibind.strict;

import io.ffibind.Callback;
import java.lang.foreign.MemorySegment;

/** Callback interfaces of every shape; their classes are {@code Ffibind_Callbacks_<Name>}. */
public interface Callbacks {
  /** Numbers both ways. */
  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface Compare {
    int compare(int a, int b);
  }

  /** Every scalar C can pass, unsigned ones widened, and a result C receives when it throws. */
  @Callback(
      parameters = {"bool", "char", "u8", "i16", "u16", "u32", "i64", "usize", "long", "f32", "f64"},
      result = "u8",
      onError = "255")
  interface Scalars {
    short accept(
        boolean b, byte c, short u8, short s, char u16, long u32, long i64, long size, long clong, float f,
        double d);
  }

  /** Strings, string arrays, number arrays copied and viewed, out-parameters, pointers. */
  @Callback(
      parameters = {"string", "string[n]", "i32", "const u8[4]", "i32[n]", "i64*", "buffer[8]", "pointer"},
      result = "bool",
      charset = "ISO-8859-1")
  interface Visitor {
    boolean visit(
        String s, String[] strings, int n, byte[] four, MemorySegment ints, long[] out, MemorySegment eight,
        MemorySegment p);
  }

  /** A callback taking a callback and a raw function pointer, returning a pointer. */
  @Callback(parameters = {"function", "function", "f64"}, result = "pointer")
  interface Higher {
    MemorySegment apply(Compare compare, MemorySegment raw, double x);
  }

  /** No parameters, no result; declared to throw a checked exception. */
  @Callback
  interface Tick {
    void tick() throws java.io.IOException;
  }

  /** Unsigned results from the raw Java carrier. */
  @Callback(parameters = {"pointer[2]", "f64[3]", "u16[2]", "buffer", "string"}, result = "u32")
  interface Arrays {
    int sum(MemorySegment[] pointers, double[] doubles, char[] chars, MemorySegment any, MemorySegment rawString);
  }

  /** A u16 result from a char, onError for a float. */
  @Callback(parameters = "u16", result = "u16")
  interface Chars {
    char next(char c);
  }

  /** A float result with onError. */
  @Callback(parameters = "f32", result = "f32", onError = "NaN")
  interface Floats {
    float apply(float x);
  }

  /** A boolean result with onError. */
  @Callback(parameters = "i8", result = "bool", onError = "true")
  interface Test {
    boolean test(byte b);
  }

  /** A raw function pointer result. */
  @Callback(result = "function")
  interface Factory {
    MemorySegment make();
  }

  /** A u32 result from a long, range-checked. */
  @Callback(parameters = "u32", result = "u32")
  interface Wide {
    long widen(long x);
  }
}
