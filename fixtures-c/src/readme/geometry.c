/*
 * The library of the README's "Checking against the real library" example, built on its own into
 * libgeometry.so (with -g) by build-verify.sh: the processor's README test checks its snippets
 * against it.
 */
#include <stdint.h>

int64_t add_i64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
double scale(double x, float factor) { return x * factor; }
