/*
 * Fixtures for build-time verification against the real library: functions whose prototypes the
 * processor's tests declare rightly and wrongly, read back from this library's DWARF. They are also
 * compiled on their own into small libraries with DWARF 4, DWARF 5, compressed debug sections, and
 * none at all (build-verify.sh). Nothing calls them at run time, but they are real code.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- numbers ------------------------------------------------------------------------------ */

int64_t vf_add_i64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
int32_t vf_add_i32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
uint32_t vf_mask_u32(uint32_t x, uint32_t mask) { return x & mask; }
int vf_negate(int x) { return (int)(0u - (unsigned)x); }
long vf_long(long x) { return x; }
unsigned long vf_ulong(unsigned long x) { return x; }
short vf_short(short x) { return x; }
double vf_scale(double x, float factor) { return x * factor; }
float vf_half(float x) { return x / 2; }
bool vf_is_even(int32_t x) { return x % 2 == 0; }
char vf_first(const char *s) { return s[0]; }
unsigned char vf_low_byte(unsigned x) { return (unsigned char)x; }
signed char vf_signed_byte(int x) { return (signed char)x; }
uint8_t vf_u8(uint8_t x) { return x; }
size_t vf_length(const char *s) { return strlen(s); }
ptrdiff_t vf_distance(const char *from, const char *to) { return to - from; }

/* A typical enum: GCC gives it unsigned int as its underlying type, C says int is fine too. */
enum vf_color { VF_RED, VF_GREEN, VF_BLUE };
enum vf_color vf_next_color(enum vf_color c) { return (enum vf_color)((c + 1) % 3); }

/* ---- pointers ------------------------------------------------------------------------------ */

void vf_fill(uint8_t *dest, size_t n, uint8_t value) { memset(dest, value, n); }
int64_t vf_sum_i32(const int32_t *values, size_t count) {
  int64_t sum = 0;
  for (size_t i = 0; i < count; i++) sum += values[i];
  return sum;
}
double vf_sum_f64(const double *values, size_t count) {
  double sum = 0;
  for (size_t i = 0; i < count; i++) sum += values[i];
  return sum;
}
void vf_divide(int32_t a, int32_t b, int32_t *quotient, int32_t *remainder) {
  *quotient = b == 0 ? 0 : a / b;
  *remainder = b == 0 ? 0 : a % b;
}
const char *vf_name(void) { return "verify"; }
void *vf_identity(void *p) { return p; }
long vf_parse(const char *s, char **end) {
  long value = 0;
  while (*s >= '0' && *s <= '9') value = value * 10 + (*s++ - '0');
  if (end) *end = (char *)s;
  return value;
}

typedef int (*vf_compare)(const void *, const void *);
int vf_compare_first(const void *values, size_t count, vf_compare compare) {
  return count < 2 ? 0 : compare(values, (const char *)values + 1);
}

/* ---- variadic ------------------------------------------------------------------------------ */

int vf_sum_ints(int count, ...) {
  va_list args;
  va_start(args, count);
  int sum = 0;
  for (int i = 0; i < count; i++) sum += va_arg(args, int);
  va_end(args);
  return sum;
}

/* ---- structs ------------------------------------------------------------------------------- */

struct vf_point {
  int32_t x;
  int32_t y;
  double weight;
};

typedef struct {
  uint8_t tag;
  int64_t value;
  char name[12];
  unsigned flags : 3;
  unsigned mode : 5;
} vf_record;

union vf_number {
  int64_t i;
  double d;
  char bytes[8];
};

double vf_weight(const struct vf_point *p) { return p->weight; }
struct vf_point vf_make_point(int32_t x, int32_t y) {
  struct vf_point p = {x, y, 1.0};
  return p;
}
int64_t vf_record_value(const vf_record *r) { return r->value + r->flags + r->mode; }
double vf_number_as_double(union vf_number n) { return n.d; }

/* ---- data ---------------------------------------------------------------------------------- */

int vf_counter = 42;
double vf_ratio = 0.5;
size_t vf_size = 3;
const char *vf_label = "label";
uint8_t vf_bytes[6];
int16_t vf_matrix[2][3];
struct vf_point vf_origin = {1, 2, 3.0};
struct vf_point vf_path[3];
union vf_number vf_last;

/* One per thread: dlsym gives the copy of the thread that asks. */
_Thread_local int32_t vf_per_thread;

/* const data: in .rodata, and (holding addresses, which the dynamic linker relocates) in
 * .data.rel.ro, which it makes read-only afterwards (PT_GNU_RELRO). */
const int32_t vf_limit = 7;
const char *const vf_greetings[2] = {"hello", "bye"};

/* ---- no debug information ------------------------------------------------------------------ */

/* Hand-written assembly: exported as a function, but DWARF describes no prototype for it. */
#if defined(__x86_64__)
__asm__(".text\n.globl vf_asm_answer\n.type vf_asm_answer, @function\nvf_asm_answer:\n  movl $42, %eax\n  ret\n"
        ".size vf_asm_answer, .-vf_asm_answer\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl vf_asm_answer\n.type vf_asm_answer, %function\nvf_asm_answer:\n  mov w0, #42\n  ret\n"
        ".size vf_asm_answer, .-vf_asm_answer\n");
#endif
