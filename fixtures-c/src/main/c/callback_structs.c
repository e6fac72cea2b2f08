/* Where callbacks meet structs: callbacks that take and return structs (by value, by pointer, in
 * arrays), and structs whose fields are function pointers (a "vtable") that C calls. Prefix: cs_. */
#include <float.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* 8 bytes, one integer register on x86-64: an int and a float share it. */
typedef struct cs_pair {
  int32_t a;
  float b;
} cs_pair;

/* 16 bytes in two SSE registers. */
typedef struct cs_vec {
  double x;
  double y;
} cs_vec;

/* 40 bytes: passed and returned in memory (a hidden pointer), with padding inside and at the end. */
typedef struct cs_big {
  int64_t id;     /* 0 */
  double weight;  /* 8 */
  uint8_t flags;  /* 16 */
  int16_t code;   /* 18 */
  char tag[5];    /* 20 */
  uint32_t count; /* 28 */
  float ratio;    /* 32, then 4 bytes of trailing padding */
} cs_big;

int64_t cs_layout(const char *field) {
#define F(f) if (strcmp(field, #f) == 0) return (int64_t) offsetof(cs_big, f);
  F(id) F(weight) F(flags) F(code) F(tag) F(count) F(ratio)
#undef F
  if (strcmp(field, "sizeof") == 0) return (int64_t) sizeof(cs_big);
  return -1;
}

/* The edge values C and Java agree on: 0 the largest, 1 the smallest, 2 zeros and negative zero. */
static cs_big edge(int32_t which) {
  cs_big b;
  memset(&b, 0, sizeof b);
  switch (which) {
    case 0:
      b.id = INT64_MAX;
      b.weight = DBL_MAX;
      b.flags = UINT8_MAX;
      b.code = INT16_MAX;
      memcpy(b.tag, "zzzz", 5);
      b.count = UINT32_MAX;
      b.ratio = FLT_MAX;
      break;
    case 1:
      b.id = INT64_MIN;
      b.weight = -DBL_MAX;
      b.flags = 0x80;
      b.code = INT16_MIN;
      memcpy(b.tag, "\x80\x01\xff\x7f", 5);
      b.count = 0x80000000u;
      b.ratio = -FLT_MIN;
      break;
    default:
      b.weight = -0.0;
      b.ratio = -0.0f;
      break;
  }
  return b;
}

/* Which fields of a differ from b: bit 0 id, 1 weight, 2 flags, 3 code, 4 tag, 5 count, 6 ratio. */
static int32_t diff(const cs_big *a, const cs_big *b) {
  int32_t d = 0;
  if (a->id != b->id) d |= 1;
  if (memcmp(&a->weight, &b->weight, sizeof a->weight) != 0) d |= 2;
  if (a->flags != b->flags) d |= 4;
  if (a->code != b->code) d |= 8;
  if (memcmp(a->tag, b->tag, sizeof a->tag) != 0) d |= 16;
  if (a->count != b->count) d |= 32;
  if (memcmp(&a->ratio, &b->ratio, sizeof a->ratio) != 0) d |= 64;
  return d;
}

cs_big cs_edge(int32_t which) { return edge(which); }

/* ---- callbacks returning structs by value -------------------------------------------------- */

cs_vec cs_call_vec(cs_vec (*cb)(int32_t), int32_t v) { return cb(v); }

cs_big cs_call_big(cs_big (*cb)(int32_t), int32_t which) { return cb(which); }

/* 0 when the callback returned edge(which) exactly, else the bits of the fields that differ. */
int32_t cs_check_big(cs_big (*cb)(int32_t), int32_t which) {
  cs_big got = cb(which);
  cs_big want = edge(which);
  return diff(&got, &want);
}

/* ---- callbacks taking structs by value ----------------------------------------------------- */

/* Passes edge(which) by value, and a pair and a vector after it, so that some travel in registers. */
int32_t cs_pass_big(int32_t (*cb)(int32_t, cs_big, cs_pair, cs_vec), int32_t which) {
  cs_pair p = {-7, 0.25f};
  cs_vec v = {-1.5, 1e300};
  return cb(which, edge(which), p, v);
}

/* The callback gets a pair by value and returns one: C returns what it got. */
cs_pair cs_call_pair(cs_pair (*cb)(int32_t, cs_pair), int32_t v, cs_pair p) { return cb(v, p); }

/* ---- callbacks taking pointers to structs ---------------------------------------------------- */

/* Passes a vector by pointer, or NULL when null is true. */
double cs_call_vec_ptr(double (*cb)(const cs_vec *), double x, double y, bool null) {
  cs_vec v = {x, y};
  return cb(null ? NULL : &v);
}

/* The callback may change the vector in place; C returns x + 10 * y of what it left. */
double cs_call_modify(void (*cb)(cs_vec *), double x, double y) {
  cs_vec v = {x, y};
  cb(&v);
  return v.x + 10 * v.y;
}

/* n pairs {i, i / 2}; the callback may replace them; C returns the sum of a + 100 * b afterwards. */
double cs_call_pairs(void (*cb)(cs_pair *, int32_t), int32_t n) {
  cs_pair items[8];
  if (n > 8) return -1;
  for (int32_t i = 0; i < n; i++) {
    items[i].a = i;
    items[i].b = (float) i / 2;
  }
  cb(n == 0 ? NULL : items, n);
  double sum = 0;
  for (int32_t i = 0; i < n; i++) sum += items[i].a + 100.0 * items[i].b;
  return sum;
}

/* Read-only memory: the callback must never write it (a write would crash). */
static const cs_pair CONST_PAIRS[3] = {{1, 0.5f}, {2, 1.5f}, {3, 2.5f}};

int32_t cs_call_const_pairs(int32_t (*cb)(const cs_pair *, int32_t)) { return cb(CONST_PAIRS, 3); }

/* ---- structs of function pointers ------------------------------------------------------------ */

typedef struct cs_ops cs_ops;

/* A small vtable: two operations, one of which gets the vtable itself, a name and a number. */
struct cs_ops {
  int32_t (*apply)(int32_t, int32_t);
  int32_t (*describe)(const cs_ops *self, int32_t v);
  const char *name;
  int32_t base;
};

/* describe(apply(a, b)) + base, skipping what is NULL. */
int32_t cs_run_ops(const cs_ops *ops, int32_t a, int32_t b) {
  int32_t r = ops->apply ? ops->apply(a, b) : -1;
  if (ops->describe) r = ops->describe(ops, r);
  return r + ops->base;
}

int32_t cs_run_ops_value(cs_ops ops, int32_t a, int32_t b) { return cs_run_ops(&ops, a, b); }

/* The vtable runs once for each element, and the results are summed. */
int32_t cs_run_ops_array(const cs_ops *ops, int32_t n, int32_t a, int32_t b) {
  int32_t sum = 0;
  for (int32_t i = 0; i < n; i++) sum += cs_run_ops(&ops[i], a, b);
  return sum;
}

/* A struct that points to a vtable: the callbacks are two pointers deep. */
typedef struct cs_widget {
  const char *label;
  const cs_ops *ops;
} cs_widget;

int32_t cs_widget_run(const cs_widget *w, int32_t a, int32_t b) {
  return w->ops ? cs_run_ops(w->ops, a, b) + (int32_t) strlen(w->label) : -1;
}

/* C fills in an ops it is given, replacing its apply with one of its own (an out-parameter). */
static int32_t c_subtract(int32_t a, int32_t b) { return a - b; }
static int32_t c_add(int32_t a, int32_t b) { return a + b; }

void cs_set_subtract(cs_ops *ops) { ops->apply = c_subtract; }

/* A vtable of C functions, for Java to call through. */
cs_ops cs_c_ops(void) {
  cs_ops ops = {c_add, NULL, "c ops", 7};
  return ops;
}

/* A vtable C keeps after the call, and runs later. */
static cs_ops kept;
static bool has_kept;

void cs_keep_ops(const cs_ops *ops) {
  has_kept = ops != NULL;
  if (ops) kept = *ops;
}

int32_t cs_run_kept(int32_t a, int32_t b) { return has_kept ? cs_run_ops(&kept, a, b) : -1000; }

/* A callback gets a vtable by pointer and runs it itself. */
int32_t cs_call_with_ops(int32_t (*cb)(const cs_ops *, int32_t), int32_t v) {
  cs_ops ops = {c_add, NULL, "from C", 100};
  return cb(&ops, v);
}
