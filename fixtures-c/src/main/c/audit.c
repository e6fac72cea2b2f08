/*
 * Black-box audit of structs and callbacks (prefix au_): one struct holding every kind of field type
 * string (scalars, bool, char16, string, pointer, inline struct, inline array, T*, T[N]*, T[field]*,
 * string[n]*, Kid[n]*), printed field by field by C so tests compare C's view with the record they
 * passed; and callbacks receiving structs, arrays with a constant or a parameter length, and strings.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct { double x, y; } au_point;
typedef struct { const char *name; int32_t age; } au_kid;

typedef struct {
  bool flag;
  uint16_t ch;
  const char *label;
  void *raw;
  au_point at;
  int32_t fixed[3];
  int32_t *three;   /* i32[3]* */
  double *values;   /* f64[count]* */
  size_t count;
  char **names;     /* string[n]* */
  int32_t n;
  au_kid *kids;     /* au_kid[nkids]* */
  int32_t nkids;
  au_point *where;  /* au_point* */
} au_item;

static int put(char *out, size_t cap, size_t used, const char *format, double a, double b) {
  return used < cap ? snprintf(out + used, cap - used, format, a, b) : 0;
}

/* Writes C's view of *it into out (at most cap bytes) and returns its length. */
int32_t au_item_print(const au_item *it, char *out, size_t cap) {
  size_t used = 0;
  used += (size_t) snprintf(out, cap, "flag=%d ch=%u label=%s raw=%lu at=(%g,%g) fixed=%d,%d,%d", it->flag,
                            (unsigned) it->ch, it->label == NULL ? "(null)" : it->label,
                            (unsigned long) (uintptr_t) it->raw, it->at.x, it->at.y, it->fixed[0], it->fixed[1],
                            it->fixed[2]);
  if (it->three == NULL) {
    used += (size_t) put(out, cap, used, " three=(null)", 0, 0);
  } else {
    used += (size_t) put(out, cap, used, " three=%.0f,%.0f", it->three[0], it->three[1]);
    used += (size_t) put(out, cap, used, ",%.0f", it->three[2], 0);
  }
  used += (size_t) put(out, cap, used, " values[%g]=", (double) it->count, 0);
  for (size_t i = 0; it->values != NULL && i < it->count; i++) used += (size_t) put(out, cap, used, "%g;", it->values[i], 0);
  used += (size_t) put(out, cap, used, " names[%g]=", it->n, 0);
  for (int32_t i = 0; it->names != NULL && i < it->n; i++) {
    if (used < cap) used += (size_t) snprintf(out + used, cap - used, "%s;", it->names[i] == NULL ? "(null)" : it->names[i]);
  }
  used += (size_t) put(out, cap, used, " kids[%g]=", it->nkids, 0);
  for (int32_t i = 0; it->kids != NULL && i < it->nkids; i++) {
    if (used < cap) used += (size_t) snprintf(out + used, cap - used, "%s/%d;", it->kids[i].name, it->kids[i].age);
  }
  if (it->where == NULL) {
    used += (size_t) put(out, cap, used, " where=(null)", 0, 0);
  } else {
    used += (size_t) put(out, cap, used, " where=(%g,%g)", it->where->x, it->where->y);
  }
  return (int32_t) used;
}

/* Changes *it in place: every scalar, the inline struct and array, and what its pointers point to. */
void au_item_bump(au_item *it) {
  it->flag = !it->flag;
  it->ch = (uint16_t) (it->ch + 1);
  it->at.x = -it->at.x;
  it->at.y += 1;
  for (int i = 0; i < 3; i++) it->fixed[i] *= 2;
  for (size_t i = 0; it->values != NULL && i < it->count; i++) it->values[i] += 0.5;
  if (it->where != NULL) it->where->y = 99;
  it->count = it->count > 0 ? it->count - 1 : 0; /* one value fewer read back */
}

static double VALUES[] = {0.5, -0.0, 1e300};
static int32_t THREE[] = {INT32_MIN, -1, INT32_MAX};
static char *NAMES[] = {"", "h\xc3\xa9llo", "\xe2\x82\xac"};
static au_kid KIDS[] = {{"ann", 7}, {"bob", 0}};
static au_point WHERE = {-1.5, 2.25};
static au_item ITEM = {true, 0xFFFF, "\xe6\x97\xa5\xe6\x9c\xac", (void *) 4096, {3.5, -4.5}, {1, 2, 3}, THREE,
                       VALUES, 3, NAMES, 3, KIDS, 2, &WHERE};
static au_item EMPTY; /* all NULL and zero */

au_item *au_item_static(bool empty) { return empty ? &EMPTY : &ITEM; }

/* A 2x3 grid of points by value: sum of x + 10 * y over n points. */
double au_points_weigh(const au_point *ps, int32_t n) {
  double sum = 0;
  for (int32_t i = 0; i < n; i++) sum += ps[i].x + 10 * ps[i].y;
  return sum;
}

/* Scales n points in place. */
void au_points_scale(au_point *ps, int32_t n, double k) {
  for (int32_t i = 0; i < n; i++) {
    ps[i].x *= k;
    ps[i].y *= k;
  }
}

/* ---- callbacks ------------------------------------------------------------------------------- */

typedef double (*au_geometry_fn)(au_point value, const au_point *pointer, const au_point *null_pointer,
                                 const int32_t *ints, int32_t n, const uint8_t *four, const char **two,
                                 const char *text);

/* Calls cb once with a point by value and by pointer, NULL, 3 ints (n = 3), 4 bytes and 2 strings. */
double au_call_geometry(au_geometry_fn cb, double x, double y) {
  au_point v = {x, y};
  au_point p = {y, x};
  int32_t ints[] = {INT32_MIN, 0, INT32_MAX};
  uint8_t four[] = {0, 1, 0x7F, 0xFF};
  const char *two[] = {"\xc3\xa9t\xc3\xa9", ""};
  return cb(v, &p, NULL, ints, 3, four, two, NULL);
}

typedef au_point (*au_mirror_fn)(au_point p, bool flag, uint16_t ch, uint32_t big, int64_t min, float nan);

/* Calls cb with edge values and returns its struct result, x increased by 1. */
au_point au_call_mirror(au_mirror_fn cb, au_point p) {
  au_point r = cb(p, true, 0xFFFF, UINT32_MAX, INT64_MIN, __builtin_nanf(""));
  r.x += 1;
  return r;
}

static au_point GRID[4] = {{0, 0.5}, {-1, 1e-300}, {2, -3}, {4, 5}};

/* The first n points of a static grid (at most 4), or NULL when n is larger. */
const au_point *au_grid(int32_t n) { return n > 4 ? NULL : GRID; }
