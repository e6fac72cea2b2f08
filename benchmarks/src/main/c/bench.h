/* The functions every binding under test calls: as small as possible, so the call is what is timed. */
#ifndef FFIBIND_BENCH_H
#define FFIBIND_BENCH_H
#include <stddef.h>
#include <stdint.h>

void bench_noop(void);
int32_t bench_add_i32(int32_t a, int32_t b);
double bench_add_f64(double a, double b);
size_t bench_strlen(const char *s);
int64_t bench_sum_i32(const int32_t *values, size_t n);
int32_t bench_call_cb(int32_t (*cb)(int32_t), int32_t v);

typedef struct { double x, y; } bench_point;
double bench_point_len2(bench_point p);
const bench_point *bench_point_static(void);
double bench_point_len2_ptr(const bench_point *p);
#endif
