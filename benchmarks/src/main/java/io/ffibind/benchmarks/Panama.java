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

/**
 * (b) Hand-written Panama in the style jextract generates: one {@code static final} handle per
 * function with the address bound in, called with {@code invokeExact}. The baseline ffibind's
 * generated code is measured against.
 */
public final class Panama {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LOOKUP = SymbolLookup.libraryLookup(BenchLibrary.path(), Arena.global());

  private static final MethodHandle NOOP = handle("bench_noop", FunctionDescriptor.ofVoid());
  private static final MethodHandle ADD_I32 =
      handle("bench_add_i32", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final MethodHandle ADD_F64 =
      handle("bench_add_f64", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE));
  private static final MethodHandle STRLEN = handle("bench_strlen", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  private static final MethodHandle SUM = handle("bench_sum_i32", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
  private static final MethodHandle SUM_CRITICAL =
      LINKER.downcallHandle(
          LOOKUP.find("bench_sum_i32").orElseThrow(),
          FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG),
          Linker.Option.critical(true));

  /** {@code bench_point} as jextract lays it out. */
  static final StructLayout POINT = MemoryLayout.structLayout(JAVA_DOUBLE.withName("x"), JAVA_DOUBLE.withName("y"));

  private static final MethodHandle POINT_LEN2 = handle("bench_point_len2", FunctionDescriptor.of(JAVA_DOUBLE, POINT));
  private static final MethodHandle POINT_STATIC = handle("bench_point_static", FunctionDescriptor.of(ADDRESS));

  /** The struct argument's memory, allocated once and reused by every call, as hand-written code does. */
  private static final MemorySegment POINT_ARGUMENT = Arena.global().allocate(POINT);

  private Panama() {}

  private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
    return LINKER.downcallHandle(LOOKUP.find(name).orElseThrow(), descriptor);
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

  /** Writes the fields into a reused segment and passes it by value. Not thread-safe, as such code is. */
  public static double pointLen2(double x, double y) {
    MemorySegment p = POINT_ARGUMENT;
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
    MemorySegment p = POINT_PER_THREAD.get();
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

  /** Calls C for a pointer to its struct, then reads field {@code x} through it. */
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
