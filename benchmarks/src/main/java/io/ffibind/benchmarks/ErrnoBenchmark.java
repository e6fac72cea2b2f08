package io.ffibind.benchmarks;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.ffibind.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code errno = true} adds to {@code int32_t bench_add_i32(int32_t, int32_t)}: the plain
 * ffibind call, the same with errno captured (Panama's {@code captureCallState} into the thread's
 * capture segment, then recorded as the thread's latest), the same followed by {@code
 * Native.errno()}, and hand-written Panama capturing into a segment the benchmark holds (the floor).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class ErrnoBenchmark {
  @SuppressWarnings("restricted")
  private static final MethodHandle ADD_I32_CAPTURING =
      Linker.nativeLinker().downcallHandle(
          SymbolLookup.libraryLookup(BenchLibrary.path(), Arena.global()).find("bench_add_i32").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT),
          Linker.Option.captureCallState("errno"));
  private static final long ERRNO_OFFSET =
      Linker.Option.captureStateLayout().byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

  private final MemorySegment state = Arena.ofAuto().allocate(Linker.Option.captureStateLayout());
  private int a = 20;
  private int b = 22;
  /** Where the floor keeps what it read, as ffibind keeps it per thread. */
  private int lastErrno;

  @Benchmark
  public int ffibind() {
    return BenchLib.LIB.addI32(a, b);
  }

  @Benchmark
  public int ffibindErrno() {
    return OptionsBenchLib.LIB.addI32Errno(a, b);
  }

  @Benchmark
  public int ffibindErrnoRead() {
    return OptionsBenchLib.LIB.addI32Errno(a, b) + Native.errno();
  }

  @Benchmark
  public int panama() {
    return Panama.addI32(a, b);
  }

  @Benchmark
  public int panamaErrno() {
    try {
      int r = (int) ADD_I32_CAPTURING.invokeExact(state, a, b);
      lastErrno = state.get(JAVA_INT, ERRNO_OFFSET);
      return r;
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }
}
