package io.ffibind.benchmarks;

/** (c) JNI: native methods implemented by the glue in {@code src/main/c/bench_jni.c}. */
public final class Jni {
  static {
    System.load(BenchLibrary.path().toString());
  }

  private Jni() {}

  public static native void noop();

  public static native int addI32(int a, int b);

  public static native double addF64(double a, double b);

  /** Through {@code GetStringUTFChars}, the usual way. */
  public static native long strlen(String s);

  /** Through {@code GetPrimitiveArrayCritical}: no copy. */
  public static native long sumCritical(int[] values, int n);
}
