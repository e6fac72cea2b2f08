package io.ffibind.tests.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Callback;
import io.ffibind.CallbackErrorHandler;
import io.ffibind.Callbacks;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.StaleCallbackException;
import io.ffibind.Symbol;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Black-box audit of issue 7 as a new user writes it: declarations from the issue text only, against
 * fixtures-c (audit.c, callbacks.c) and libc's qsort and bsearch.
 */
class CallbacksAuditTest {

  @Callback(parameters = "i32", result = "i32")
  interface IntOp {
    int apply(int v);
  }

  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface BinOp {
    int apply(int a, int b);
  }

  /** Point and Point* resolve through this package (Point.java); i32[n] with n a parameter; constants. */
  @Callback(
      parameters = {"Point", "const Point*", "const Point*", "const i32[n]", "i32", "buffer[4]", "const string[2]",
                    "string"},
      result = "f64")
  interface Geometry {
    double apply(Point value, Point pointer, Point none, int[] ints, int n, byte[] four, String[] two, String text);
  }

  @Callback(parameters = {"Point", "bool", "u16", "u32", "i64", "f32"}, result = "Point")
  interface Mirror {
    Point apply(Point p, boolean flag, char ch, long big, long min, float nan);
  }

  @Callback(parameters = {"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "pointer"})
  interface Eleven {
    void accept(int a, byte b, int c, short d, long e, int f, long g, long h, float i, double j, MemorySegment k);
  }

  @Callback(parameters = {"function", "i32"}, result = "i32")
  interface WithFunction {
    int apply(BinOp fn, int v);
  }

  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface Counter {
    int count(int thread, int i);
  }

  @Callback(parameters = "u8", result = "u8")
  interface ByteOp {
    int apply(int v);
  }

  @Callback(parameters = "pointer", result = "pointer")
  interface PointerOp {
    MemorySegment apply(MemorySegment p);
  }

  @Callback(parameters = "i32", result = "bool")
  interface Predicate {
    boolean test(int v);
  }

  @Callback(parameters = "i32", result = "i32")
  interface CheckedOp {
    int apply(int v) throws java.io.IOException;
  }

  /** "Point" resolves through the package: no Java type of this method names it. */
  @Callback(parameters = "Point*")
  interface Modify {
    void apply(MemorySegment p);
  }

  @Callback(parameters = "const Point*", result = "f64")
  interface Measure {
    double apply(Point p);
  }

  @io.ffibind.Struct
  record Ops(BinOp apply, Describe describe, String name, int base) {}

  @Callback(parameters = {"const Ops*", "i32"}, result = "i32")
  interface Describe {
    int apply(Ops self, int v);
  }

  @Callback(parameters = "i64*", result = "i32")
  interface OutOp {
    int apply(long[] out);
  }

  @Callback(parameters = {"i32[n]", "u32"})
  interface Fill {
    void apply(int[] values, long n);
  }

  @Callback(parameters = {"const buffer[n]", "i32"}, result = "i32")
  interface Bytes {
    int apply(byte[] bytes, int n);
  }

  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "cb_call_out", parameters = "function", result = "i64")
    long callOut(OutOp cb);

    @Symbol(name = "cb_call_fill", parameters = {"function", "u32"}, result = "i64")
    long callFill(Fill cb, int n);

    @Symbol(name = "cb_call_const", parameters = "function", result = "i32")
    int callConst(Bytes cb);

    @Symbol(name = "cs_c_ops", result = "Ops")
    Ops cOps();

    @Symbol(name = "cs_run_ops", parameters = {"const Ops*", "i32", "i32"}, result = "i32")
    int runOps(Ops ops, int a, int b);

    @Symbol(name = "cs_call_modify", parameters = {"function", "f64", "f64"}, result = "f64")
    double modify(Modify cb, double x, double y);

    @Symbol(name = "cs_call_vec_ptr", parameters = {"function", "f64", "f64", "bool"}, result = "f64")
    double measure(Measure cb, double x, double y, boolean passNull);

    @Symbol(name = "cb_op_out", parameters = {"i32", "function*"}, result = "i32")
    int opOut(int which, BinOp[] out);

    @Symbol(name = "cb_call_pointer", parameters = {"function", "pointer"}, result = "pointer")
    MemorySegment callPointer(PointerOp cb, MemorySegment p);

    @Symbol(name = "cb_call_bool", parameters = {"function", "i32"}, result = "bool")
    boolean callBool(Predicate cb, int v);

    @Symbol(name = "cb_call_int", parameters = {"function", "i32"}, result = "i32")
    int callChecked(CheckedOp cb, int v) throws java.io.IOException;

    @Symbol(name = "au_call_geometry", parameters = {"function", "f64", "f64"}, result = "f64")
    double geometry(Geometry cb, double x, double y);

    @Symbol(name = "au_call_mirror", parameters = {"function", "Point"}, result = "Point")
    Point mirror(Mirror cb, Point p);

    @Symbol(name = "cb_forward_many",
        parameters = {"function", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "pointer"})
    void forward(Eleven cb, int a, byte b, int c, short d, long e, int f, long g, long h, float i, double j,
                 MemorySegment k);

    @Symbol(name = "cb_call_int", parameters = {"function", "i32"}, result = "i32")
    int callInt(IntOp cb, int v);

    @Symbol(name = "cb_call_n", parameters = {"function", "i32"}, result = "i64")
    long callN(IntOp cb, int n);

    @Symbol(name = "cb_call_or_minus_one", parameters = {"function", "i32"}, result = "i32")
    int callOrMinusOne(IntOp cb, int v);

    @Symbol(name = "cb_call_u8", parameters = {"function", "u8"}, result = "u8")
    int callU8(ByteOp cb, int v);

    @Symbol(name = "cb_get_adder", result = "function")
    BinOp adder();

    @Symbol(name = "cb_get_null", result = "function")
    BinOp none();

    @Symbol(name = "cb_is_adder", parameters = "function", result = "bool")
    boolean isAdder(BinOp fn);

    @Symbol(name = "cb_apply", parameters = {"function", "i32", "i32"}, result = "i32")
    int apply(BinOp fn, int a, int b);

    @Symbol(name = "cb_call_with_adder", parameters = {"function", "i32"}, result = "i32")
    int callWithAdder(WithFunction cb, int v);

    @Symbol(name = "cb_store", parameters = "function")
    void store(MemorySegment cb);

    @Symbol(name = "cb_store", parameters = "function")
    void storeForTheCall(IntOp cb);

    @Symbol(name = "cb_fire", parameters = "i32", result = "i32")
    int fire(int v);

    @Symbol(name = "cb_fan_out", parameters = {"function", "i32", "i32"}, result = "i64")
    long fanOut(Counter cb, int threads, int calls);
  }

  private static final Lib LIB = Native.load(Lib.class);

  @Test
  void structsArraysAndStringsReachTheCallback() {
    List<String> seen = new ArrayList<>();
    double r = LIB.geometry((value, pointer, none, ints, n, four, two, text) -> {
      seen.add(value + " " + pointer + " " + none + " " + java.util.Arrays.toString(ints) + " " + n + " "
          + java.util.Arrays.toString(four) + " " + java.util.Arrays.toString(two) + " " + text);
      return value.x() + pointer.x();
    }, -0.0, Double.NaN);
    assertTrue(Double.isNaN(r));
    assertEquals(
        List.of("Point[x=-0.0, y=NaN] Point[x=NaN, y=-0.0] null [-2147483648, 0, 2147483647] 3 [0, 1, 127, -1]"
            + " [\u00e9t\u00e9, ] null"),
        seen);
  }

  @Test
  void edgeScalarsAndAStructResult() {
    List<Object> seen = new ArrayList<>();
    Point r = LIB.mirror((p, flag, ch, big, min, nan) -> {
      seen.add(p);
      seen.add(flag);
      seen.add(ch);
      seen.add(big);
      seen.add(min);
      seen.add(Float.isNaN(nan));
      return new Point(p.y(), -0.0);
    }, new Point(1.5, Double.MAX_VALUE));
    assertEquals(List.of(new Point(1.5, Double.MAX_VALUE), true, '\uFFFF', 4294967295L, Long.MIN_VALUE, true), seen);
    assertEquals(new Point(Double.MAX_VALUE + 1, -0.0), r);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(r.y()));
  }

  @Test
  void denosElevenArguments() {
    Object[][] got = new Object[1][];
    MemorySegment pointer = MemorySegment.ofAddress(0xFFFF_FFFF_FFF0L);
    LIB.forward((a, b, c, d, e, f, g, h, i, j, k) -> got[0] = new Object[] {a, b, c, d, e, f, g, h, i, j, k.address()},
        255, Byte.MIN_VALUE, 65535, Short.MIN_VALUE, 0xFFFF_FFFFL, Integer.MIN_VALUE, -1L, Long.MIN_VALUE,
        Float.MIN_VALUE, -Double.MAX_VALUE, pointer);
    assertArrayEquals(
        new Object[] {255, Byte.MIN_VALUE, 65535, Short.MIN_VALUE, 4294967295L, Integer.MIN_VALUE, -1L,
                      Long.MIN_VALUE, Float.MIN_VALUE, -Double.MAX_VALUE, 0xFFFF_FFFF_FFF0L},
        got[0]);
    LIB.forward((a, b, c, d, e, f, g, h, i, j, k) -> got[0] = new Object[] {a, b, c, d, e, f, g, h, i, j, k},
        0, (byte) 0, 0, (short) 0, 0, 0, 0, 0, -0.0f, Double.NaN, null);
    assertEquals(MemorySegment.NULL, got[0][10]);
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits((Float) got[0][8]));
  }

  @Test
  void lambdasMethodReferencesAndNull() {
    assertEquals(-41, LIB.callInt(v -> -v - 1, 40));
    assertEquals(Integer.MIN_VALUE, LIB.callInt(Math::abs, Integer.MIN_VALUE));
    int base = 10;
    assertEquals(0 + 10 + 1 + 10 + 2 + 10, LIB.callN(v -> v + base, 3));
    assertEquals(-1, LIB.callOrMinusOne(null, 5));
    assertEquals(255, LIB.callU8(v -> v + 1 == 256 ? 255 : 0, 255));
  }

  @Test
  void otherResultsAndTheirZeros() {
    assertEquals(0x1234, LIB.callPointer(p -> MemorySegment.ofAddress(p.address() + 1), MemorySegment.ofAddress(0x1233)).address());
    assertEquals(MemorySegment.NULL, LIB.callPointer(p -> null, MemorySegment.ofAddress(8)));
    assertTrue(LIB.callBool(v -> v == Integer.MIN_VALUE, Integer.MIN_VALUE));
    assertFalse(LIB.callBool(v -> v == 1, 0));
    // a result its C type cannot hold is an IllegalArgumentException from the call, never truncated
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.callU8(v -> 256, 1));
    assertTrue(e.getMessage().contains("256"), e.getMessage());
    RuntimeException thrown = new IllegalStateException("pointer");
    assertSame(thrown, assertThrows(IllegalStateException.class, () -> LIB.callPointer(p -> { throw thrown; }, null)));
    java.io.IOException checked = new java.io.IOException("checked");
    assertSame(checked, assertThrows(java.io.IOException.class, () -> LIB.callChecked(v -> { throw checked; }, 1)));
  }

  @Test
  void structPointersInCallbacks() {
    assertEquals(-1 + 10 * 7.0, LIB.modify(p -> {
      Ffibind_Point.x(p, -Ffibind_Point.x(p));
      Ffibind_Point.y(p, 7);
    }, 1, 2));
    assertEquals(1 + 10 * 2.0, LIB.modify(p -> {}, 1, 2));
    assertEquals(-0.5, LIB.measure(p -> p.x() * p.y(), 0.25, -2, false));
    assertEquals(-1, LIB.measure(p -> p == null ? -1 : 1, 0, 0, true));
  }

  @Test
  void arraysWrittenBackToC() {
    assertEquals(-1, LIB.callOut(out -> {
      assertEquals(1, out.length);
      assertEquals(-1, out[0]);
      return 0;
    }));
    assertEquals(Long.MIN_VALUE, LIB.callOut(out -> {
      out[0] = Long.MIN_VALUE;
      return 0;
    }));
    assertEquals(Integer.MAX_VALUE + (long) Integer.MAX_VALUE + 3, LIB.callFill((values, n) -> {
      assertEquals(4, values.length);
      assertEquals(4, n);
      values[0] = Integer.MAX_VALUE;
      values[1] = Integer.MAX_VALUE;
      values[3] = 3;
    }, 4));
    assertEquals(0, LIB.callFill((values, n) -> assertEquals(0, values.length), 0));
    // a const buffer[n] from read-only C memory: a copy, never written back
    assertEquals(1 + 2 + 3 + 250, LIB.callConst((bytes, n) -> {
      int sum = 0;
      for (byte b : bytes) {
        sum += b & 0xFF;
      }
      bytes[0] = 99;
      return sum;
    }));
  }

  @Test
  void vtables() {
    Ops c = LIB.cOps();
    assertEquals("c ops", c.name());
    assertEquals(7, c.base());
    assertNull(c.describe());
    assertEquals(-1, c.apply().apply(Integer.MAX_VALUE, Integer.MIN_VALUE));
    assertFalse(LIB.isAdder(c.apply())); // callback_structs.c's add, not callbacks.c's
    assertEquals(2 + 3 + 7, LIB.runOps(c, 2, 3));
    List<String> names = new ArrayList<>();
    assertEquals(-6 * 2 + 1, LIB.runOps(new Ops((a, b) -> a * b, (self, v) -> {
      names.add(self.name());
      return v * 2;
    }, "j\u00e9", 1), -2, 3));
    assertEquals(List.of("j\u00e9"), names);
  }

  @Test
  void functionPointerOutParameters() {
    BinOp[] out = new BinOp[1];
    assertEquals(0, LIB.opOut(0, out));
    assertEquals(-1, out[0].apply(Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertTrue(LIB.isAdder(out[0]));
    assertEquals(0, LIB.opOut(2, out));
    assertNull(out[0]);
    BinOp mine = (a, b) -> a * 10 + b;
    out[0] = mine;
    assertEquals(23, LIB.opOut(3, out));
    assertSame(mine, out[0]);
  }

  @Test
  void functionPointersFromCBecomeJavaObjects() {
    BinOp add = LIB.adder();
    assertNotNull(add);
    assertEquals(-1, add.apply(Integer.MAX_VALUE, Integer.MIN_VALUE));
    assertNull(LIB.none());
    assertTrue(LIB.isAdder(add));
    assertFalse(LIB.isAdder((a, b) -> a + b));
    assertEquals(-6, LIB.apply((a, b) -> a * b, -2, 3));
    assertEquals(7 + 100, LIB.callWithAdder((fn, v) -> fn.apply(v, 100), 7));
  }

  @Test
  void anExceptionIsRethrownAsTheSameObjectWithFurtherOnesSuppressed() {
    List<RuntimeException> thrown = new ArrayList<>();
    RuntimeException e = assertThrows(RuntimeException.class, () -> LIB.callN(v -> {
      RuntimeException x = new IllegalStateException("call " + v);
      thrown.add(x);
      throw x;
    }, 3));
    assertSame(thrown.get(0), e);
    assertEquals(2, e.getSuppressed().length);
    assertSame(thrown.get(1), e.getSuppressed()[0]);
    assertSame(thrown.get(2), e.getSuppressed()[1]);
    assertEquals(5, LIB.callInt(v -> v, 5)); // later calls are fine

    StackOverflowError error = new StackOverflowError("deep");
    assertSame(error, assertThrows(StackOverflowError.class, () -> LIB.callInt(v -> { throw error; }, 1)));
  }

  @Test
  void aStructResultThatThrowsOrIsNullGivesCZeros() {
    IllegalStateException boom = new IllegalStateException("no point");
    assertSame(boom, assertThrows(IllegalStateException.class,
        () -> LIB.mirror((p, flag, ch, big, min, nan) -> { throw boom; }, new Point(1, 1))));
    // null: C receives a zeroed struct (and adds 1 to x)
    assertEquals(new Point(1, 0), LIB.mirror((p, flag, ch, big, min, nan) -> null, new Point(5, 5)));
  }

  @Test
  void exceptionOnACThreadIsRethrownByTheCall() {
    AtomicLong calls = new AtomicLong();
    RuntimeException boom = new UnsupportedOperationException("thread 1, call 1");
    RuntimeException e = assertThrows(RuntimeException.class, () -> LIB.fanOut((thread, i) -> {
      calls.incrementAndGet();
      if (thread == 1 && i == 1) {
        throw boom;
      }
      return 1;
    }, 4, 1000));
    assertSame(boom, e);
    assertEquals(4000, calls.get());
    assertEquals(8 * 1000, LIB.fanOut((thread, i) -> 1, 8, 1000));
  }

  @Test
  void callbacksCKeepsLiveAsLongAsTheArena() {
    List<Throwable> reported = new ArrayList<>();
    CallbackErrorHandler previous = Callbacks.errorHandler();
    Callbacks.setErrorHandler((type, error) -> {
      assertSame(IntOp.class, type);
      reported.add(error);
    });
    try {
      try (Arena arena = Arena.ofConfined()) {
        LIB.store(Callbacks.pointer(IntOp.class, v -> v * 3, arena));
        assertEquals(-3, LIB.fire(-1));
        assertEquals(Integer.MAX_VALUE / 3 * 3, LIB.fire(Integer.MAX_VALUE / 3));
        RuntimeException boom = new IllegalStateException("kept");
        LIB.store(Callbacks.pointer(IntOp.class, v -> { throw boom; }, arena));
        assertEquals(0, LIB.fire(1)); // C receives zero, the handler gets the exception
        assertEquals(List.of(boom), reported);
      }
      // the arena closed: C's late call is caught
      assertEquals(0, LIB.fire(1));
      assertEquals(2, reported.size());
      assertInstanceOf(StaleCallbackException.class, reported.get(1));

      // a callback passed for one call and kept by C is stale afterwards
      AtomicInteger ran = new AtomicInteger();
      LIB.storeForTheCall(v -> ran.incrementAndGet());
      assertEquals(0, LIB.fire(1));
      assertEquals(0, ran.get());
      assertInstanceOf(StaleCallbackException.class, reported.get(2));

      // a pointer whose arena is closed cannot be passed
      MemorySegment closed;
      try (Arena arena = Arena.ofConfined()) {
        closed = Callbacks.pointer(IntOp.class, v -> v, arena);
      }
      MemorySegment gone = closed;
      assertThrows(IllegalStateException.class, () -> LIB.store(gone));
    } finally {
      LIB.store(null);
      Callbacks.setErrorHandler(previous);
    }
    assertEquals(-1, LIB.fire(1));
  }

  @Test
  void theDefaultHandlerPrintsTheInterfaceAndTheStackTrace() {
    CallbackErrorHandler previous = Callbacks.errorHandler();
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Callbacks.setErrorHandler(null);
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Arena arena = Arena.ofConfined()) {
      LIB.store(Callbacks.pointer(IntOp.class, v -> { throw new IllegalStateException("to stderr"); }, arena));
      assertEquals(0, LIB.fire(1));
    } finally {
      System.setErr(err);
      LIB.store(null);
      Callbacks.setErrorHandler(previous);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains(IntOp.class.getName()) || text.contains("CallbacksAuditTest.IntOp"), text);
    assertTrue(text.contains("java.lang.IllegalStateException: to stderr"), text);
    assertTrue(text.contains("\tat "), text);
  }

  // ---- libc qsort and bsearch ------------------------------------------------------------------

  @Callback(parameters = {"const i32[1]", "const i32[1]"}, result = "i32")
  interface IntCompare {
    int compare(int[] a, int[] b);
  }

  @Callback(parameters = {"const Point*", "const Point*"}, result = "i32")
  interface PointCompare {
    int compare(Point a, Point b);
  }

  @NativeLibrary("")
  interface LibC {
    @Symbol(parameters = {"i32[count]", "usize", "usize", "function"})
    void qsort(int[] base, long count, long size, IntCompare compare);

    @Symbol(name = "qsort", parameters = {"Point[count]", "usize", "usize", "function"})
    void sortPoints(Point[] base, long count, long size, PointCompare compare);

    @Symbol(parameters = {"const i32*", "pointer", "usize", "usize", "function"}, result = "pointer")
    MemorySegment bsearch(int[] key, MemorySegment base, long count, long size, IntCompare compare);
  }

  @Callback(parameters = {"pointer", "i32", "string[count]", "string[count]"}, result = "i32")
  interface Row {
    int row(MemorySegment context, int count, String[] values, String[] names);
  }

  @NativeLibrary("sqlite3")
  interface Sqlite {
    @Symbol(name = "sqlite3_open", parameters = {"string", "pointer*"}, result = "i32")
    int open(String file, MemorySegment[] db);

    @Symbol(name = "sqlite3_exec", parameters = {"pointer", "string", "function", "pointer", "pointer*"}, result = "i32")
    int exec(MemorySegment db, String sql, Row row, MemorySegment context, MemorySegment[] error);

    @Symbol(name = "sqlite3_free", parameters = "pointer")
    void free(MemorySegment p);

    @Symbol(name = "sqlite3_close", parameters = "pointer", result = "i32")
    int close(MemorySegment db);
  }

  @Test
  void sqliteRowsAsStringArrays() {
    Sqlite sqlite = Native.load(Sqlite.class);
    MemorySegment[] db = new MemorySegment[1];
    assertEquals(0, sqlite.open(":memory:", db));
    try {
      List<String> rows = new ArrayList<>();
      assertEquals(0, sqlite.exec(db[0], "SELECT 1 AS a, NULL AS b, '\u00e9t\u00e9' AS \"\u20ac\" UNION ALL SELECT -2, '', 'x'",
          (context, count, values, names) -> {
            rows.add(count + " " + java.util.Arrays.toString(values) + " " + java.util.Arrays.toString(names));
            return 0;
          }, null, null));
      assertEquals(List.of("3 [1, null, \u00e9t\u00e9] [a, b, \u20ac]", "3 [-2, , x] [a, b, \u20ac]"), rows);

      // C receives 0 from the failed row (so the query goes on), and the call rethrows the exception
      IllegalStateException boom = new IllegalStateException("row");
      MemorySegment[] error = new MemorySegment[1];
      assertSame(boom, assertThrows(IllegalStateException.class,
          () -> sqlite.exec(db[0], "SELECT 1", (context, count, values, names) -> { throw boom; }, null, error)));
    } finally {
      assertEquals(0, sqlite.close(db[0]));
    }
  }

  @Test
  void qsortAndBsearch() {
    LibC c = Native.load(LibC.class);
    int[] values = {5, Integer.MIN_VALUE, -1, Integer.MAX_VALUE, 0, 5};
    c.qsort(values, values.length, Integer.BYTES, (a, b) -> Integer.compare(a[0], b[0]));
    assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, 0, 5, 5, Integer.MAX_VALUE}, values);

    Point[] points = {new Point(3, 0), new Point(-1, 2), new Point(Double.NEGATIVE_INFINITY, 0)};
    c.sortPoints(points, points.length, Ffibind_Point.SIZE, (a, b) -> Double.compare(a.x(), b.x()));
    assertArrayEquals(new Point[] {new Point(Double.NEGATIVE_INFINITY, 0), new Point(-1, 2), new Point(3, 0)}, points);

    try (Arena arena = Arena.ofConfined()) {
      MemorySegment base = arena.allocateFrom(ValueLayout.JAVA_INT, values);
      IntCompare compare = (a, b) -> Integer.compare(a[0], b[0]);
      MemorySegment found = c.bsearch(new int[] {Integer.MAX_VALUE}, base, values.length, Integer.BYTES, compare);
      assertEquals(5, (found.address() - base.address()) / Integer.BYTES);
      assertEquals(MemorySegment.NULL, c.bsearch(new int[] {1}, base, values.length, Integer.BYTES, compare));
    }
  }
}
