package io.ffibind.tests.callbacks;

import io.ffibind.Callback;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import io.ffibind.tests.structs.Person;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/** The callback fixtures of {@code callbacks.c}, and the callback types they take. */
@NativeLibrary("ffibind_fixtures")
public interface CallbackLib {
  @Callback(parameters = "i32", result = "i32")
  interface IntOp {
    int apply(int value);
  }

  /** C receives -7 instead of 0 when it throws. */
  @Callback(parameters = "i32", result = "i32", onError = "-7")
  interface Guarded {
    int apply(int value);
  }

  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface BinOp {
    int apply(int a, int b);
  }

  /** A callback whose method declares a checked exception. */
  @Callback(parameters = "i32", result = "i32")
  interface IoOp {
    int apply(int value) throws IOException;
  }

  /**
   * ffi-rs's FunctionPointer. The {@code Person*} is the struct tests' {@link Person} (C's {@code
   * st_person}, named through the method's Java types), read deeply from C's memory.
   */
  @Callback(parameters = {"i32", "bool", "string", "string[2]", "i32[3]", "st_person*"})
  interface FunctionPointer {
    void call(int a, boolean b, String c, String[] d, int[] e, Person p);
  }


  /** Deno's test: every scalar kind, unsigned ones widened. */
  @Callback(parameters = {"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "pointer"})
  interface Many {
    void call(int a, byte b, int c, short d, long e, int f, long g, long h, float i, double j, MemorySegment k);
  }

  @Callback(parameters = "u8", result = "u8")
  interface U8Op {
    int apply(int value);
  }

  @Callback(parameters = {"f64", "f64"}, result = "f64")
  interface F64Op {
    double apply(double a, double b);
  }

  @Callback(parameters = "i32", result = "bool")
  interface Predicate {
    boolean test(int value);
  }

  @Callback(parameters = "pointer", result = "pointer")
  interface PointerOp {
    MemorySegment apply(MemorySegment p);
  }

  @Callback(parameters = {"string", "string", "string[n]", "i32"}, result = "i32")
  interface Strings {
    int call(String s, String none, String[] words, int n);
  }

  @Callback(parameters = {"i32[n]", "u32"})
  interface Fill {
    void fill(int[] values, long n);
  }

  @Callback(parameters = {"const u8[n]", "i32"}, result = "i32")
  interface ReadOnly {
    int read(byte[] bytes, int n);
  }

  @Callback(parameters = {"i32[n]", "i32"}, result = "i32")
  interface Sum {
    int sum(int[] values, int n);
  }

  @Callback(parameters = "i64*", result = "i32")
  interface Out {
    int produce(long[] out);
  }

  @Callback(parameters = {"function", "i32"}, result = "i32")
  interface WithFunction {
    int call(BinOp op, int v);
  }

  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface Counter {
    int count(int thread, int i);
  }

  @Symbol(name = "cb_call_int", parameters = {"function", "i32"}, result = "i32")
  int callInt(IntOp cb, int v);

  @Symbol(name = "cb_call_int", parameters = {"function", "i32"}, result = "i32")
  int callIo(IoOp cb, int v);

  @Symbol(name = "cb_call_int", parameters = {"function", "i32"}, result = "i32")
  int callRaw(MemorySegment cb, int v);

  @Symbol(name = "cb_call_n", parameters = {"function", "i32"}, result = "i64")
  long callN(IntOp cb, int n);

  @Symbol(name = "cb_call_or_minus_one", parameters = {"function", "i32"}, result = "i32")
  int callOrMinusOne(IntOp cb, int v);

  @Symbol(name = "cb_call_function", parameters = "function")
  void callFunction(FunctionPointer func);

  @Symbol(
      name = "cb_forward_many",
      parameters = {"function", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "pointer"})
  void forwardMany(Many cb, int a, byte b, int c, short d, long e, int f, long g, long h, float i, double j,
      MemorySegment k);

  @Symbol(name = "cb_call_u8", parameters = {"function", "u8"}, result = "u8")
  int callU8(U8Op cb, int v);

  @Symbol(name = "cb_call_u8_widened", parameters = {"function", "u8"}, result = "u32")
  long callU8Widened(U8Op cb, int v);

  @Symbol(name = "cb_call_f64", parameters = {"function", "f64", "f64"}, result = "f64")
  double callF64(F64Op cb, double a, double b);

  @Symbol(name = "cb_call_bool", parameters = {"function", "i32"}, result = "bool")
  boolean callBool(Predicate cb, int v);

  @Symbol(name = "cb_call_pointer", parameters = {"function", "pointer"}, result = "pointer")
  MemorySegment callPointer(PointerOp cb, MemorySegment p);

  @Symbol(name = "cb_call_strings", parameters = "function", result = "i32")
  int callStrings(Strings cb);

  @Symbol(name = "cb_call_fill", parameters = {"function", "u32"}, result = "i64")
  long callFill(Fill cb, long n);

  @Symbol(name = "cb_call_const", parameters = "function", result = "i32")
  int callConst(ReadOnly cb);

  @Symbol(name = "cb_call_out", parameters = "function", result = "i64")
  long callOut(Out cb);

  @Symbol(name = "cb_get_adder", result = "function")
  BinOp adder();

  @Symbol(name = "cb_get_multiplier", result = "function")
  BinOp multiplier();

  @Symbol(name = "cb_get_null", result = "function")
  BinOp none();

  @Symbol(name = "cb_get_adder", result = "function")
  MemorySegment adderAddress();

  @Symbol(name = "cb_is_adder", parameters = "function", result = "bool")
  boolean isAdder(BinOp fn);

  @Symbol(name = "cb_apply", parameters = {"function", "i32", "i32"}, result = "i32")
  int apply(BinOp fn, int a, int b);

  @Symbol(name = "cb_call_with_adder", parameters = {"function", "i32"}, result = "i32")
  int callWithAdder(WithFunction cb, int v);

  @Symbol(name = "cb_store", parameters = "function")
  void store(MemorySegment cb);

  /** Passes a callback for the duration of the call only: C keeping it is the misuse under test. */
  @Symbol(name = "cb_store", parameters = "function")
  void storeForTheCallOnly(IntOp cb);

  @Symbol(name = "cb_fire", parameters = "i32", result = "i32")
  int fire(int v);

  @Symbol(name = "cb_fan_out", parameters = {"function", "i32", "i32"}, result = "i64")
  long fanOut(Counter cb, int threads, int calls);

  /** {@code int32_t cb_op_out(int32_t which, int32_t (**out)(int32_t, int32_t))}. */
  @Symbol(name = "cb_op_out", parameters = {"i32", "function*"}, result = "i32")
  int opOut(int which, BinOp[] out);

  @Symbol(name = "cb_op_out", parameters = {"i32", "function*"}, result = "i32")
  int opOutRaw(int which, MemorySegment[] out);

  @Symbol(name = "cb_call_with_length", parameters = {"function", "i32"}, result = "i32")
  int callWithLength(Sum cb, int n);
}
