/*
 * The library of the README's "Checking against the real library" and "Struct and union globals"
 * examples, built on its own into libgeometry.so (with -g) by build-verify.sh: the processor's README
 * test checks its snippets against it, and the tests module binds its globals.
 */
#include <stdint.h>

int64_t add_i64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
double scale(double x, float factor) { return x * factor; }

typedef struct { double x, y; } point;
typedef struct { const char *text; int32_t size; } label;

point origin = {0, 0};
point corners[4] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
label title = {"untitled", 12};
const int32_t version = 3;
