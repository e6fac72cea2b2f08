package io.ffibind.benchmarks;

import jnr.ffi.LibraryLoader;

/** (f) JNR-FFI: an interface implemented by bytecode JNR generates at load time. */
public interface JnrLib {
  JnrLib LIB =
      LibraryLoader.create(JnrLib.class)
          .search(BenchLibrary.path().getParent().toString())
          .load(BenchLibrary.NAME);

  void bench_noop();

  int bench_add_i32(int a, int b);

  double bench_add_f64(double a, double b);
}
