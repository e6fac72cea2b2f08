/* The C side of the benchmarks. Kept trivial: what is measured is the cost of getting here. */
#include "bench.h"

void bench_noop(void) {}

/* Wraps around like Java's int instead of overflowing, which C leaves undefined. */
int32_t bench_add_i32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }

double bench_add_f64(double a, double b) { return a + b; }

size_t bench_strlen(const char *s) {
  const char *p = s;
  while (*p) {
    p++;
  }
  return (size_t)(p - s);
}

int64_t bench_sum_i32(const int32_t *values, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    sum += values[i];
  }
  return sum;
}

/* Calls back once: the cost of a callback round trip, C to Java and back. */
int32_t bench_call_cb(int32_t (*cb)(int32_t), int32_t v) { return cb(v); }
/* A struct of two doubles by value: in two SSE registers on x86-64. */
double bench_point_len2(bench_point p) { return p.x * p.x + p.y * p.y; }

static const bench_point POINT = {3, 4};

/* A pointer into C's static memory, whose fields Java then reads. */
const bench_point *bench_point_static(void) { return &POINT; }

/* A struct C reads through a pointer the caller passes. */
double bench_point_len2_ptr(const bench_point *p) { return p->x * p->x + p->y * p->y; }
