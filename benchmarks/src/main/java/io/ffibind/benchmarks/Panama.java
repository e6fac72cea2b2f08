package io.ffibind.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * (b) Hand-written Panama in the style jextract generates: one {@code static final} handle per
 * function with the address bound in, called with {@code invokeExact}. The baseline ffibind's
 * generated code is measured against.
 */
public final class Panama {
  private static final Linker LINKER = Linker.nativeLinker();
  @SuppressWarnings("restricted")
  private static final SymbolLookup LOOKUP = SymbolLookup.libraryLookup(BenchLibrary.path(), Arena.global());

  private static final MethodHandle NOOP = handle("bench_noop", FunctionDescriptor.ofVoid());
  private static final MethodHandle ADD_I32 =
      handle("bench_add_i32", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final MethodHandle ADD_F64 =
      handle("bench_add_f64", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE));
  private static final MethodHandle STRLEN = handle("bench_strlen", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  private static final MethodHandle SUM = handle("bench_sum_i32", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
  private static final MethodHandle SUM_CRITICAL =
      handle("bench_sum_i32", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG), Linker.Option.critical(true));

  private static final FunctionDescriptor INT_OP = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
  private static final MethodHandle CALL_CB =
      handle("bench_call_cb", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
  /** jextract's shape for a function pointer type: the interface method, bound to each object. */
  private static final MethodHandle INT_OP_APPLY = applyHandle();

  /** The Java side of {@code int32_t (*)(int32_t)}, as jextract generates it. */
  @FunctionalInterface
  public interface IntOp {
    int apply(int v);
  }

  @SuppressWarnings("restricted")
  private static final MethodHandle QSORT =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("qsort").orElseThrow(),
          FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
  /** A comparator whose arguments Panama sizes as one int each. */
  @SuppressWarnings("restricted")
  private static final MemorySegment COMPARE_INTS =
      LINKER.upcallStub(
          compareHandle(),
          FunctionDescriptor.of(JAVA_INT, ADDRESS.withTargetLayout(JAVA_INT), ADDRESS.withTargetLayout(JAVA_INT)),
          Arena.global());
  /** {@code bench_point} as jextract lays it out. */
  static final StructLayout POINT = MemoryLayout.structLayout(JAVA_DOUBLE.withName("x"), JAVA_DOUBLE.withName("y"));

  private static final MethodHandle POINT_LEN2 = handle("bench_point_len2", FunctionDescriptor.of(JAVA_DOUBLE, POINT));
  private static final MethodHandle POINT_STATIC = handle("bench_point_static", FunctionDescriptor.of(ADDRESS));
  private static final MethodHandle POINT_LEN2_PTR = handle("bench_point_len2_ptr", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));

  /** The struct argument's memory, allocated once and reused by every call, as hand-written code does. */
  private static final MemorySegment POINT_ARGUMENT = Arena.global().allocate(POINT);

  private Panama() {}

  private static MethodHandle compareHandle() {
    try {
      return MethodHandles.lookup()
          .findStatic(
              Panama.class,
              "compareInts",
              MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static int compareInts(MemorySegment a, MemorySegment b) {
    return Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));
  }

  /** libc's qsort of a Java array: copied into a confined arena, sorted by C, copied back. */
  public static void qsort(int[] values) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment base = arena.allocateFrom(JAVA_INT, values);
      QSORT.invokeExact(base, (long) values.length, JAVA_INT.byteSize(), COMPARE_INTS);
      MemorySegment.copy(base, JAVA_INT, 0, values, 0, values.length);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  private static MethodHandle applyHandle() {
    try {
      return MethodHandles.lookup()
          .findVirtual(IntOp.class, "apply", MethodType.methodType(int.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An upcall stub for {@code op}, valid until {@code arena} closes (jextract's {@code allocate}). */
  @SuppressWarnings("restricted")
  public static MemorySegment upcallStub(IntOp op, Arena arena) {
    return LINKER.upcallStub(INT_OP_APPLY.bindTo(op), INT_OP, arena);
  }

  /** C calls {@code stub} once. */
  public static int callCb(MemorySegment stub, int v) {
    try {
      return (int) CALL_CB.invokeExact(stub, v);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** What a design that makes an upcall stub per call costs: a confined arena and a stub each time. */
  public static int callCbStubPerCall(IntOp op, int v) {
    try (Arena arena = Arena.ofConfined()) {
      return (int) CALL_CB.invokeExact(upcallStub(op, arena), v);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  @SuppressWarnings("restricted")
  private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return LINKER.downcallHandle(LOOKUP.find(name).orElseThrow(), descriptor, options);
  }

  public static void noop() {
    try {
      NOOP.invokeExact();
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  public static int addI32(int a, int b) {
    try {
      return (int) ADD_I32.invokeExact(a, b);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  public static double addF64(double a, double b) {
    try {
      return (double) ADD_F64.invokeExact(a, b);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** What hand-written code usually does for a string: a confined arena for the one call. */
  public static long strlen(String s) {
    try (Arena arena = Arena.ofConfined()) {
      return (long) STRLEN.invokeExact(arena.allocateFrom(s));
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** A string the caller already put in native memory (or encoded with an allocator of its own). */
  public static long strlen(MemorySegment s) {
    try {
      return (long) STRLEN.invokeExact(s);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** Writes the fields into a reused segment and passes it by value. Not thread-safe, as such code is. */
  public static double pointLen2(double x, double y) {
    return pointLen2(POINT_ARGUMENT, x, y);
  }

  /** Writes the fields into {@code p}, memory the caller reuses, and passes it by value. */
  private static double pointLen2(MemorySegment p, double x, double y) {
    p.set(JAVA_DOUBLE, 0, x);
    p.set(JAVA_DOUBLE, 8, y);
    try {
      return (double) POINT_LEN2.invokeExact(p);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** Thread-safe hand-written code's choice: each thread reuses its own segment. */
  private static final ThreadLocal<MemorySegment> POINT_PER_THREAD =
      ThreadLocal.withInitial(() -> Arena.global().allocate(POINT));

  /** As {@link #pointLen2}, with a segment per thread found through a {@code ThreadLocal}. */
  public static double pointLen2PerThread(double x, double y) {
    return pointLen2(POINT_PER_THREAD.get(), x, y);
  }

  /** As {@link #pointLen2}, with the struct in a new heap segment each call (Panama reads it from there). */
  public static double pointLen2Heap(double x, double y) {
    MemorySegment p = MemorySegment.ofArray(new double[] {x, y});
    try {
      return (double) POINT_LEN2.invokeExact(p);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** Passes a struct the caller holds in native memory by pointer. */
  public static double pointLen2Pointer(MemorySegment p) {
    try {
      return (double) POINT_LEN2_PTR.invokeExact(p);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** Calls C for a pointer to its struct, then reads field {@code x} through it. */
  @SuppressWarnings("restricted")
  public static double pointStaticX() {
    try {
      MemorySegment p = (MemorySegment) POINT_STATIC.invokeExact();
      return p.reinterpret(POINT.byteSize()).get(JAVA_DOUBLE, 0);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** A native copy of the array in a confined arena. */
  public static long sumCopy(int[] values) {
    try (Arena arena = Arena.ofConfined()) {
      return (long) SUM.invokeExact(arena.allocateFrom(JAVA_INT, values), (long) values.length);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }

  /** The heap array itself, which only a critical handle accepts. */
  public static long sumCritical(int[] values) {
    try {
      return (long) SUM_CRITICAL.invokeExact(MemorySegment.ofArray(values), (long) values.length);
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("should not reach here", t);
    }
  }
}
