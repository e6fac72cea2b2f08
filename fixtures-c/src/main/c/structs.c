/*
 * Structs and unions (prefix st_): shapes whose sizeof/_Alignof/offsetof C itself reports through
 * st_layout(), so tests can compare them with the layouts ffibind computes; functions taking and
 * returning them by value (registers, stack, memory) and through pointers; static memory; flexible
 * array members; linked lists for cycles and depth.
 */
#define _POSIX_C_SOURCE 200809L /* strnlen */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- shapes ---------------------------------------------------------------------------------- */

typedef struct { char c; int32_t i; } st_c_i;
typedef struct { int32_t i; char c; } st_i_c;
typedef struct { char c; double d; } st_c_d;
typedef struct { char c; int16_t s; int32_t i; } st_c_s_i;
typedef struct { int16_t s; char c; long long ll; } st_s_c_ll;
typedef struct { float f; double d; char c; } st_f_d_c;
typedef struct { int64_t ll; char c; } st_ll_c;
typedef struct { char a, b, c; } st_ccc;
typedef struct { float x, y; } st_ff;
typedef struct { double x, y; } st_dd;
typedef struct { int32_t i; float f; } st_i_f;
typedef struct { int64_t a; double b; } st_i64_d;
typedef struct { float a, b, c; } st_fff;
typedef struct { double a, b, c; } st_big24;
typedef struct { int64_t a, b, c, d; } st_big32;
typedef struct { char c; int64_t l; int16_t s; float f; char c2; double d; } st_mixed;
typedef struct { bool a; int32_t i; bool b; } st_bools;
typedef struct { char c; void *p; char c2; const char *s; } st_ptrs;
typedef struct { char c; st_c_d inner; char c2; } st_nested;
typedef struct { double x, y; } st_point;
typedef struct { double w, h; } st_size;
typedef struct { st_point origin; st_size size; } st_rect;
typedef struct { char c; int32_t a[3]; int16_t s; } st_arr;
typedef struct { double d[2]; char tag; } st_arr_d;
typedef struct { st_c_i items[3]; char c; } st_arr_struct;
typedef struct __attribute__((packed)) { char c; int32_t i; int16_t s; } st_packed;
typedef struct __attribute__((packed)) { char c; st_c_d inner; int32_t i; } st_packed_nested;
typedef union { int32_t i; float f; } st_union_if;
typedef union { char c[5]; int32_t i; double d; } st_union_mixed;
typedef union { char c[9]; int32_t i; } st_union_arr;
typedef union { int32_t i; double d; char s[12]; } st_tagged_u;
typedef struct { int32_t tag; st_tagged_u u; } st_tagged;
typedef struct { char c; double d; } st_deep_inner;
typedef struct { char b; st_deep_inner x; } st_deep_mid;
typedef struct { char a; st_deep_mid y; } st_deep;
typedef struct { int32_t n; int16_t data[]; } st_flex;
typedef struct { int64_t a; char c; char data[]; } st_flex_pad;
typedef struct { char c; long l; size_t z; unsigned long ul; } st_long_sz;
typedef struct { uint8_t a; uint16_t b; uint32_t c; uint64_t d; } st_u;
typedef struct { char name[16]; int32_t id; } st_char16;
typedef struct { const char *names[3]; int32_t n; } st_ptr_arr;
typedef struct { bool flags[5]; int16_t s; } st_bool_arr;
typedef struct st_node { int32_t value; struct st_node *next; } st_node;
typedef struct { int32_t v; } st_alias_in;
typedef struct { st_alias_in in; st_alias_in *p; } st_alias;

/* ---- layouts as C sees them ------------------------------------------------------------------ */

typedef struct { const char *shape; const char *field; int64_t value; } st_entry;

#define SZ(T) {#T, "sizeof", (int64_t) sizeof(T)}, {#T, "alignof", (int64_t) _Alignof(T)}
#define OFF(T, f) {#T, #f, (int64_t) offsetof(T, f)}

static const st_entry LAYOUTS[] = {
  SZ(st_c_i), OFF(st_c_i, c), OFF(st_c_i, i),
  SZ(st_i_c), OFF(st_i_c, i), OFF(st_i_c, c),
  SZ(st_c_d), OFF(st_c_d, c), OFF(st_c_d, d),
  SZ(st_c_s_i), OFF(st_c_s_i, c), OFF(st_c_s_i, s), OFF(st_c_s_i, i),
  SZ(st_s_c_ll), OFF(st_s_c_ll, s), OFF(st_s_c_ll, c), OFF(st_s_c_ll, ll),
  SZ(st_f_d_c), OFF(st_f_d_c, f), OFF(st_f_d_c, d), OFF(st_f_d_c, c),
  SZ(st_ll_c), OFF(st_ll_c, ll), OFF(st_ll_c, c),
  SZ(st_ccc), OFF(st_ccc, a), OFF(st_ccc, b), OFF(st_ccc, c),
  SZ(st_ff), OFF(st_ff, x), OFF(st_ff, y),
  SZ(st_dd), OFF(st_dd, x), OFF(st_dd, y),
  SZ(st_i_f), OFF(st_i_f, i), OFF(st_i_f, f),
  SZ(st_i64_d), OFF(st_i64_d, a), OFF(st_i64_d, b),
  SZ(st_fff), OFF(st_fff, a), OFF(st_fff, b), OFF(st_fff, c),
  SZ(st_big24), OFF(st_big24, a), OFF(st_big24, b), OFF(st_big24, c),
  SZ(st_big32), OFF(st_big32, a), OFF(st_big32, b), OFF(st_big32, c), OFF(st_big32, d),
  SZ(st_mixed), OFF(st_mixed, c), OFF(st_mixed, l), OFF(st_mixed, s), OFF(st_mixed, f), OFF(st_mixed, c2),
  OFF(st_mixed, d),
  SZ(st_bools), OFF(st_bools, a), OFF(st_bools, i), OFF(st_bools, b),
  SZ(st_ptrs), OFF(st_ptrs, c), OFF(st_ptrs, p), OFF(st_ptrs, c2), OFF(st_ptrs, s),
  SZ(st_nested), OFF(st_nested, c), OFF(st_nested, inner), OFF(st_nested, c2),
  SZ(st_point), OFF(st_point, x), OFF(st_point, y),
  SZ(st_size), OFF(st_size, w), OFF(st_size, h),
  SZ(st_rect), OFF(st_rect, origin), OFF(st_rect, size),
  SZ(st_arr), OFF(st_arr, c), OFF(st_arr, a), OFF(st_arr, s),
  SZ(st_arr_d), OFF(st_arr_d, d), OFF(st_arr_d, tag),
  SZ(st_arr_struct), OFF(st_arr_struct, items), OFF(st_arr_struct, c),
  SZ(st_packed), OFF(st_packed, c), OFF(st_packed, i), OFF(st_packed, s),
  SZ(st_packed_nested), OFF(st_packed_nested, c), OFF(st_packed_nested, inner), OFF(st_packed_nested, i),
  SZ(st_union_if), OFF(st_union_if, i), OFF(st_union_if, f),
  SZ(st_union_mixed), OFF(st_union_mixed, c), OFF(st_union_mixed, i), OFF(st_union_mixed, d),
  SZ(st_union_arr), OFF(st_union_arr, c), OFF(st_union_arr, i),
  SZ(st_tagged_u), OFF(st_tagged_u, i), OFF(st_tagged_u, d), OFF(st_tagged_u, s),
  SZ(st_tagged), OFF(st_tagged, tag), OFF(st_tagged, u),
  SZ(st_deep_inner), OFF(st_deep_inner, c), OFF(st_deep_inner, d),
  SZ(st_deep_mid), OFF(st_deep_mid, b), OFF(st_deep_mid, x),
  SZ(st_deep), OFF(st_deep, a), OFF(st_deep, y),
  SZ(st_flex), OFF(st_flex, n), OFF(st_flex, data),
  SZ(st_flex_pad), OFF(st_flex_pad, a), OFF(st_flex_pad, c), OFF(st_flex_pad, data),
  SZ(st_long_sz), OFF(st_long_sz, c), OFF(st_long_sz, l), OFF(st_long_sz, z), OFF(st_long_sz, ul),
  SZ(st_u), OFF(st_u, a), OFF(st_u, b), OFF(st_u, c), OFF(st_u, d),
  SZ(st_char16), OFF(st_char16, name), OFF(st_char16, id),
  SZ(st_ptr_arr), OFF(st_ptr_arr, names), OFF(st_ptr_arr, n),
  SZ(st_bool_arr), OFF(st_bool_arr, flags), OFF(st_bool_arr, s),
  SZ(st_node), OFF(st_node, value), OFF(st_node, next),
};

/*
 * sizeof (field "sizeof"), _Alignof ("alignof") or offsetof (a field name) of a shape above, as C
 * computes it; -1 when there is no such entry.
 */
int64_t st_person_layout(const char *field); /* person.c */

int64_t st_layout(const char *shape, const char *field) {
  if (strcmp(shape, "st_person") == 0) {
    return st_person_layout(field);
  }
  for (size_t i = 0; i < sizeof LAYOUTS / sizeof LAYOUTS[0]; i++) {
    if (strcmp(LAYOUTS[i].shape, shape) == 0 && strcmp(LAYOUTS[i].field, field) == 0) {
      return LAYOUTS[i].value;
    }
  }
  return -1;
}

/* ---- by value: registers, memory, the stack -------------------------------------------------- */

/* Calls of st_point_move, st_rects_grow and st_rect_area by this thread: bad input must never get here. */
static _Thread_local int64_t calls;

int64_t st_calls_on_this_thread(void) { return calls; }

st_ff st_ff_scale(st_ff v, float k) { st_ff r = {v.x * k, v.y * k}; return r; }
float st_ff_sum(st_ff v) { return v.x + v.y; }
st_dd st_dd_swap(st_dd v) { st_dd r = {v.y, v.x}; return r; }
double st_dd_sum(st_dd v) { return v.x + 10 * v.y; }
st_i_f st_i_f_inc(st_i_f v) { st_i_f r = {v.i + 1, v.f + 0.5f}; return r; }
st_c_s_i st_c_s_i_inc(st_c_s_i v) { st_c_s_i r = {(char) (v.c + 1), (int16_t) (v.s + 1), v.i + 1}; return r; }
int64_t st_c_s_i_sum(st_c_s_i v) { return v.c + 1000 * (int64_t) v.s + 1000000 * (int64_t) v.i; }
st_i64_d st_i64_d_make(int64_t a, double b) { st_i64_d r = {a, b}; return r; }
double st_i64_d_sum(st_i64_d v) { return (double) v.a + v.b; }
st_fff st_fff_rotate(st_fff v) { st_fff r = {v.b, v.c, v.a}; return r; }
st_big24 st_big24_scale(st_big24 v, double k) { st_big24 r = {v.a * k, v.b * k, v.c * k}; return r; }
double st_big24_weighted(st_big24 v) { return v.a + 10 * v.b + 100 * v.c; }
st_big32 st_big32_reverse(st_big32 v) { st_big32 r = {v.d, v.c, v.b, v.a}; return r; }
int64_t st_big32_weighted(st_big32 v) { return v.a + 10 * v.b + 100 * v.c + 1000 * v.d; }
st_bools st_bools_flip(st_bools v) { st_bools r = {!v.a, -v.i, !v.b}; return r; }
int32_t st_union_if_bits(st_union_if u) { return u.i; }
st_union_if st_union_if_of_float(float f) { st_union_if u; u.f = f; return u; }

double st_rect_area(st_rect r) { calls++; return r.size.w * r.size.h; }
st_rect st_rect_make(st_point origin, st_size size) { st_rect r = {origin, size}; return r; }
st_rect st_rect_inset(st_rect r, double by) {
  st_rect out = {{r.origin.x + by, r.origin.y + by}, {r.size.w - 2 * by, r.size.h - 2 * by}};
  return out;
}

int64_t st_arr_sum(st_arr v) { return v.c + v.a[0] + 10 * v.a[1] + 100 * v.a[2] + 1000 * v.s; }
st_arr st_arr_make(int32_t a, int32_t b, int32_t c) { st_arr r = {'x', {a, b, c}, 7}; return r; }

/* Structs and scalars mixed so that the registers run out and later arguments go on the stack. */
double st_many(st_dd a, int32_t i, st_ff b, double d, st_big24 c, st_i64_d e, int64_t j, st_dd f, st_dd g,
               st_dd h, float k, st_dd z) {
  return st_dd_sum(a) + 2.0 * i + 3.0 * st_ff_sum(b) + 4.0 * d + 5.0 * st_big24_weighted(c)
         + 6.0 * st_i64_d_sum(e) + 7.0 * (double) j + 8.0 * st_dd_sum(f) + 9.0 * st_dd_sum(g)
         + 10.0 * st_dd_sum(h) + 11.0 * k + 12.0 * st_dd_sum(z);
}

double st_tagged_value(st_tagged t) {
  switch (t.tag) {
    case 0: return t.u.i;
    case 1: return t.u.d;
    default: return (double) strnlen(t.u.s, sizeof t.u.s);
  }
}

st_tagged st_tagged_double(double d) { st_tagged t; memset(&t, 0, sizeof t); t.tag = 1; t.u.d = d; return t; }

/* ---- by pointer ------------------------------------------------------------------------------ */

void st_point_move(st_point *p, double dx, double dy) { calls++; p->x += dx; p->y += dy; }

double st_point_len2(const st_point *p) { return p->x * p->x + p->y * p->y; }

void st_rects_grow(st_rect *rs, int32_t n, double by) {
  calls++;
  for (int32_t i = 0; i < n; i++) {
    rs[i].size.w += by;
    rs[i].size.h += by;
  }
}

double st_rects_total_area(const st_rect *rs, int32_t n) {
  double total = 0;
  for (int32_t i = 0; i < n; i++) total += st_rect_area(rs[i]);
  return total;
}

static st_point ORIGIN = {1.5, -2.5};
static st_point CORNERS[4] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};

/* C's static memory: the caller must not free it. */
st_point *st_origin(void) { return &ORIGIN; }
st_point *st_corners(void) { return CORNERS; }
st_point *st_no_point(void) { return NULL; }

/* Reads every field of the packed struct, so a wrong offset shows. */
int64_t st_packed_sum(const st_packed *p) { return p->c + 100 * (int64_t) p->i + 1000000 * (int64_t) p->s; }

void st_packed_set(st_packed *p, char c, int32_t i, int16_t s) { p->c = c; p->i = i; p->s = s; }

int64_t st_flex_sum(const st_flex *f) {
  int64_t sum = 0;
  for (int32_t i = 0; i < f->n; i++) sum += f->data[i] * (int64_t) (i + 1);
  return sum;
}

/* A flexible array of n elements 1, 2, ... n; free it with st_free. */
st_flex *st_flex_make(int32_t n) {
  st_flex *f = malloc(sizeof(st_flex) + (size_t) n * sizeof(int16_t));
  f->n = n;
  for (int32_t i = 0; i < n; i++) f->data[i] = (int16_t) (i + 1);
  return f;
}

void st_free(void *p) { free(p); }

int64_t st_list_sum(const st_node *n) {
  int64_t sum = 0;
  for (; n; n = n->next) sum += n->value;
  return sum;
}

/* A list of n nodes with values 1..n, in one static block of at most 1000 nodes. */
static st_node NODES[1000];

st_node *st_list(int32_t n) {
  if (n <= 0 || n > 1000) return NULL;
  for (int32_t i = 0; i < n; i++) {
    NODES[i].value = i + 1;
    NODES[i].next = i + 1 < n ? &NODES[i + 1] : NULL;
  }
  return &NODES[0];
}

/* The same list, with the last node pointing back to the first. */
st_node *st_list_cycle(int32_t n) {
  st_node *head = st_list(n);
  if (head) NODES[n - 1].next = head;
  return head;
}

int64_t st_char16_check(const st_char16 *c) { return (int64_t) strnlen(c->name, 16) * 1000 + c->id; }

int64_t st_ptr_arr_total(const st_ptr_arr *p) {
  int64_t total = 0;
  for (int32_t i = 0; i < p->n && i < 3; i++) total += p->names[i] ? (int64_t) strlen(p->names[i]) : -1;
  return total;
}

int32_t st_bool_arr_count(st_bool_arr b) {
  int32_t n = 0;
  for (int i = 0; i < 5; i++) n += b.flags[i];
  return n * 100 + b.s;
}

int64_t st_u_sum(st_u u) { return (int64_t) u.a + (int64_t) u.b + (int64_t) u.c + (int64_t) (u.d >> 1); }

st_u st_u_max(void) { st_u u = {UINT8_MAX, UINT16_MAX, UINT32_MAX, UINT64_MAX}; return u; }

/* A struct whose pointer points to its own first member: same address, not a cycle. */
static st_alias ALIAS;

st_alias *st_alias_self(void) {
  ALIAS.in.v = 7;
  ALIAS.p = &ALIAS.in;
  return &ALIAS;
}
