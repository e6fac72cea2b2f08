package io.ffibind.benchmarks;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmark library's functions bound with {@code @Symbol}'s call options: errno capture and
 * nonblocking calls, measured against the plain bindings of {@link BenchLib}.
 */
@NativeLibrary(BenchLibrary.NAME)
public interface OptionsBenchLib {
  OptionsBenchLib LIB = Native.load(OptionsBenchLib.class, BenchLibrary.path());

  /** {@code add_i32} with C's errno captured after the call. */
  @Symbol(name = "bench_add_i32", parameters = {"i32", "i32"}, result = "i32", errno = true)
  int addI32Errno(int a, int b);

  /** {@code add_i32} run on the default nonblocking pool. */
  @Symbol(name = "bench_add_i32", parameters = {"i32", "i32"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> addI32Later(int a, int b);

  @Symbol(name = "bench_noop", nonblocking = true)
  CompletableFuture<Void> noopLater();
}
