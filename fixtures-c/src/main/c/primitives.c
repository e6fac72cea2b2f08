/*
 * Fixtures for the primitive-types slice: one identity function per type, edge-value producers,
 * arithmetic whose result shows whether C saw the bits Java meant (signed or unsigned, widened or
 * not), void functions with side effects, pointers, calls with more arguments than registers, and
 * an atomic counter for concurrent calls.
 *
 * Signed arithmetic is done in unsigned types so that overflow wraps instead of being undefined.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- bool --------------------------------------------------------------------------------- */

bool prim_id_bool(bool x) { return x; }
bool prim_not_bool(bool x) { return !x; }
bool prim_and_bool(bool a, bool b) { return a && b; }
bool prim_is_even(int32_t x) { return x % 2 == 0; }
/* Any non-zero int becomes true, as C's conversion to _Bool says. */
bool prim_bool_from_i32(int32_t x) { return x; }
int32_t prim_bool_to_i32(bool x) { return x ? 1 : 0; }

/* ---- char and i8 -------------------------------------------------------------------------- */

char prim_id_char(char c) { return c; }
char prim_char_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }
int8_t prim_id_i8(int8_t x) { return x; }
int8_t prim_i8_min(void) { return INT8_MIN; }
int8_t prim_i8_max(void) { return INT8_MAX; }
int8_t prim_neg_i8(int8_t x) { return (int8_t)(0u - (uint8_t)x); }
int8_t prim_add_i8(int8_t a, int8_t b) { return (int8_t)((uint8_t)a + (uint8_t)b); }
/* Sign-extends: shows whether C received -1 or 255 for the same byte. */
int32_t prim_i8_to_i32(int8_t x) { return x; }

/* ---- u8 ----------------------------------------------------------------------------------- */

uint8_t prim_id_u8(uint8_t x) { return x; }
uint8_t prim_u8_max(void) { return UINT8_MAX; }
uint8_t prim_add_u8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
/* Zero-extends: 255 for the byte Java calls -1. */
uint32_t prim_u8_to_u32(uint8_t x) { return x; }

/* ---- i16 and u16 -------------------------------------------------------------------------- */

int16_t prim_id_i16(int16_t x) { return x; }
int16_t prim_i16_min(void) { return INT16_MIN; }
int16_t prim_i16_max(void) { return INT16_MAX; }
int16_t prim_neg_i16(int16_t x) { return (int16_t)(0u - (uint16_t)x); }
int32_t prim_i16_to_i32(int16_t x) { return x; }
uint16_t prim_id_u16(uint16_t x) { return x; }
uint16_t prim_u16_max(void) { return UINT16_MAX; }
uint16_t prim_add_u16(uint16_t a, uint16_t b) { return (uint16_t)(a + b); }
uint32_t prim_u16_to_u32(uint16_t x) { return x; }

/* ---- i32 and u32 -------------------------------------------------------------------------- */

int32_t prim_id_i32(int32_t x) { return x; }
int32_t prim_i32_min(void) { return INT32_MIN; }
int32_t prim_i32_max(void) { return INT32_MAX; }
int32_t prim_add_i32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
int32_t prim_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
int64_t prim_i32_to_i64(int32_t x) { return x; }
uint32_t prim_id_u32(uint32_t x) { return x; }
uint32_t prim_u32_max(void) { return UINT32_MAX; }
uint32_t prim_add_u32(uint32_t a, uint32_t b) { return a + b; }
/* Unsigned division: UINT32_MAX / 2 is 0x7FFFFFFF, where a signed -1 / 2 would be 0. */
uint32_t prim_half_u32(uint32_t x) { return x / 2; }
uint64_t prim_u32_to_u64(uint32_t x) { return x; }

/* ---- i64 and u64 -------------------------------------------------------------------------- */

int64_t prim_id_i64(int64_t x) { return x; }
int64_t prim_i64_min(void) { return INT64_MIN; }
int64_t prim_i64_max(void) { return INT64_MAX; }
int64_t prim_add_i64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
int64_t prim_neg_i64(int64_t x) { return (int64_t)(0u - (uint64_t)x); }
uint64_t prim_id_u64(uint64_t x) { return x; }
uint64_t prim_u64_max(void) { return UINT64_MAX; }
uint64_t prim_half_u64(uint64_t x) { return x / 2; }
uint32_t prim_u64_high(uint64_t x) { return (uint32_t)(x >> 32); }

/* ---- f32 ---------------------------------------------------------------------------------- */

float prim_id_f32(float x) { return x; }
float prim_add_f32(float a, float b) { return a + b; }
float prim_neg_f32(float x) { return -x; }
float prim_f32_nan(void) { return NAN; }
float prim_f32_inf(void) { return INFINITY; }
float prim_f32_neg_zero(void) { return -0.0f; }
float prim_f32_max(void) { return FLT_MAX; }
float prim_f32_true_min(void) { return FLT_TRUE_MIN; }
bool prim_f32_is_nan(float x) { return isnan(x); }
bool prim_f32_signbit(float x) { return signbit(x) != 0; }
double prim_f32_to_f64(float x) { return x; }

/* ---- f64 ---------------------------------------------------------------------------------- */

double prim_id_f64(double x) { return x; }
double prim_add_f64(double a, double b) { return a + b; }
double prim_neg_f64(double x) { return -x; }
double prim_div_f64(double a, double b) { return a / b; }
double prim_f64_nan(void) { return NAN; }
double prim_f64_inf(void) { return INFINITY; }
double prim_f64_neg_inf(void) { return -INFINITY; }
double prim_f64_neg_zero(void) { return -0.0; }
double prim_f64_max(void) { return DBL_MAX; }
double prim_f64_true_min(void) { return DBL_TRUE_MIN; }
bool prim_f64_is_nan(double x) { return isnan(x); }
bool prim_f64_signbit(double x) { return signbit(x) != 0; }
float prim_f64_to_f32(double x) { return (float)x; }

/* ---- usize, isize, long, ulong ------------------------------------------------------------ */

size_t prim_id_usize(size_t x) { return x; }
size_t prim_usize_max(void) { return SIZE_MAX; }
size_t prim_half_usize(size_t x) { return x / 2; }
size_t prim_sizeof_long(void) { return sizeof(long); }
size_t prim_sizeof_pointer(void) { return sizeof(void *); }
ptrdiff_t prim_id_isize(ptrdiff_t x) { return x; }
ptrdiff_t prim_isize_min(void) { return PTRDIFF_MIN; }
ptrdiff_t prim_isize_max(void) { return PTRDIFF_MAX; }
long prim_id_long(long x) { return x; }
long prim_long_min(void) { return LONG_MIN; }
long prim_long_max(void) { return LONG_MAX; }
long prim_neg_long(long x) { return (long)(0ul - (unsigned long)x); }
unsigned long prim_id_ulong(unsigned long x) { return x; }
unsigned long prim_ulong_max(void) { return ULONG_MAX; }
unsigned long prim_half_ulong(unsigned long x) { return x / 2; }

/* ---- pointers ----------------------------------------------------------------------------- */

void *prim_id_pointer(void *p) { return p; }
void *prim_null_pointer(void) { return NULL; }
bool prim_is_null(const void *p) { return p == NULL; }
/* Integer arithmetic on the address, so any address (not only one inside an object) is fine. */
void *prim_pointer_add(void *p, ptrdiff_t n) { return (void *)((uintptr_t)p + (uintptr_t)n); }
ptrdiff_t prim_pointer_diff(const void *a, const void *b) {
  return (ptrdiff_t)((uintptr_t)a - (uintptr_t)b);
}
uint64_t prim_pointer_bits(const void *p) { return (uint64_t)(uintptr_t)p; }
int64_t prim_read_i64(const void *p) { return *(const int64_t *)p; }
void prim_write_i32(void *p, int32_t value) { *(int32_t *)p = value; }

/* ---- void results and global state -------------------------------------------------------- */

static int64_t prim_global;
static double prim_global_f64;

void prim_set_global(int64_t value) { prim_global = value; }
int64_t prim_get_global(void) { return prim_global; }
void prim_reset_global(void) { prim_global = 0; prim_global_f64 = 0.0; }
void prim_set_global_f64(double value) { prim_global_f64 = value; }
double prim_get_global_f64(void) { return prim_global_f64; }
/* Lets Java read the same variable through memory, proving the returned address is the real one. */
int64_t *prim_global_address(void) { return &prim_global; }

/* ---- more arguments than registers -------------------------------------------------------- */

/*
 * Ten ints and ten doubles interleaved: on x86-64 and AArch64 some of both go on the stack. Every
 * argument has its own weight, so any swap or shift changes the sum.
 */
double prim_many_mixed(int32_t i0, double d0, int32_t i1, double d1, int32_t i2, double d2,
                       int32_t i3, double d3, int32_t i4, double d4, int32_t i5, double d5,
                       int32_t i6, double d6, int32_t i7, double d7, int32_t i8, double d8,
                       int32_t i9, double d9) {
  int32_t is[] = {i0, i1, i2, i3, i4, i5, i6, i7, i8, i9};
  double ds[] = {d0, d1, d2, d3, d4, d5, d6, d7, d8, d9};
  double sum = 0;
  for (int k = 0; k < 10; k++) {
    sum += (double)is[k] * (k + 1) + ds[k] * (k + 11);
  }
  return sum;
}

/* Twelve floats: more than the eight vector registers. */
double prim_many_f32(float a0, float a1, float a2, float a3, float a4, float a5, float a6,
                     float a7, float a8, float a9, float a10, float a11) {
  float as[] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11};
  double sum = 0;
  for (int k = 0; k < 12; k++) {
    sum += (double)as[k] * (k + 1);
  }
  return sum;
}

/* Twelve 64-bit integers folded like a hash: order and every bit matter. */
int64_t prim_many_i64(int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                      int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10, int64_t a11) {
  int64_t as[] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11};
  uint64_t h = 17;
  for (int k = 0; k < 12; k++) {
    h = h * 31u + (uint64_t)as[k];
  }
  return (int64_t)h;
}

/*
 * One argument of each width, twice, so the small ones also travel on the stack: each is widened
 * the way its C type says (sign or zero) and folded in order.
 */
int64_t prim_many_widths(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f,
                         int64_t g, uint64_t h, float i, double j, bool k, char l,
                         int8_t m, uint8_t n, int16_t o, uint16_t p, int32_t q, uint32_t r,
                         long s, size_t t, void *u, float v, double w, bool x) {
  int64_t vs[] = {a, b, c, d, e, (int64_t)f, g, (int64_t)h, (int64_t)(i * 4), (int64_t)(j * 4),
                  k, l, m, n, o, p, q, (int64_t)r, s, (int64_t)t, (int64_t)(uintptr_t)u,
                  (int64_t)(v * 4), (int64_t)(w * 4), x};
  uint64_t acc = 0;
  for (size_t z = 0; z < sizeof vs / sizeof vs[0]; z++) {
    acc = acc * 1000003u + (uint64_t)vs[z];
  }
  return (int64_t)acc;
}

/* ---- concurrency -------------------------------------------------------------------------- */

static atomic_llong prim_counter;

int64_t prim_counter_increment(void) { return atomic_fetch_add(&prim_counter, 1) + 1; }
int64_t prim_counter_get(void) { return atomic_load(&prim_counter); }
void prim_counter_reset(void) { atomic_store(&prim_counter, 0); }
