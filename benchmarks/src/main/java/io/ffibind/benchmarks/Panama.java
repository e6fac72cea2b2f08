package io.ffibind.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
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
