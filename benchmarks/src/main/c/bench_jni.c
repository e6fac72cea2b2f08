/*
 * JNI glue for io.ffibind.benchmarks.Jni: each function unwraps its Java arguments the usual JNI way
 * and calls the same C function the other bindings call.
 */
#include <jni.h>

#include "bench.h"

JNIEXPORT void JNICALL Java_io_ffibind_benchmarks_Jni_noop(JNIEnv *env, jclass cls) {
  (void)env;
  (void)cls;
  bench_noop();
}

JNIEXPORT jint JNICALL Java_io_ffibind_benchmarks_Jni_addI32(JNIEnv *env, jclass cls, jint a, jint b) {
  (void)env;
  (void)cls;
  return bench_add_i32(a, b);
}

JNIEXPORT jdouble JNICALL Java_io_ffibind_benchmarks_Jni_addF64(JNIEnv *env, jclass cls, jdouble a, jdouble b) {
  (void)env;
  (void)cls;
  return bench_add_f64(a, b);
}

/* Modified UTF-8, which equals UTF-8 for the ASCII the benchmark passes. */
JNIEXPORT jlong JNICALL Java_io_ffibind_benchmarks_Jni_strlen(JNIEnv *env, jclass cls, jstring s) {
  (void)cls;
  const char *chars = (*env)->GetStringUTFChars(env, s, NULL);
  if (chars == NULL) {
    return -1; /* OutOfMemoryError is pending */
  }
  size_t n = bench_strlen(chars);
  (*env)->ReleaseStringUTFChars(env, s, chars);
  return (jlong)n;
}

/* No copy: the collector is held off while C reads the Java array in place. */
JNIEXPORT jlong JNICALL Java_io_ffibind_benchmarks_Jni_sumCritical(JNIEnv *env, jclass cls, jintArray values, jint n) {
  (void)cls;
  jint *elements = (*env)->GetPrimitiveArrayCritical(env, values, NULL);
  if (elements == NULL) {
    return 0; /* OutOfMemoryError is pending */
  }
  int64_t sum = bench_sum_i32(elements, (size_t)n);
  (*env)->ReleasePrimitiveArrayCritical(env, values, elements, JNI_ABORT);
  return (jlong)sum;
}
