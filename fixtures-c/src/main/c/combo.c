/* Where features meet (the combination audit): nonblocking calls with callbacks and structs, errno
 * around structs and callbacks, struct globals holding function pointers, reentrant callbacks on C
 * threads, variadic struct pointers. Prefix: co_. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

typedef struct co_point {
  int32_t x;
  int32_t y;
} co_point;

typedef int32_t (*co_int_fn)(int32_t);

static void sleep_ms(int32_t ms) {
  struct timespec t = {ms / 1000, (long) (ms % 1000) * 1000000L};
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
  }
}

/* Sleeps, then calls cb: a callback must still be valid long after the call started. */
int32_t co_call_after(co_int_fn cb, int32_t v, int32_t ms) {
  sleep_ms(ms);
  return cb(v);
}

/* The id of the calling thread, to compare with the one a callback sees. */
uint64_t co_thread_id(void) { return (uint64_t) pthread_self(); }

co_point co_point_make(int32_t x, int32_t y) {
  co_point p = {x, y};
  return p;
}

/* x + y of a struct by value, as an i64 so the edges do not overflow. */
int64_t co_point_sum(co_point p) { return (int64_t) p.x + p.y; }

/* Moves a point by d in place (x + d, y - d, wrapping as unsigned). */
void co_point_bump(co_point *p, int32_t d) {
  p->x = (int32_t) ((uint32_t) p->x + (uint32_t) d);
  p->y = (int32_t) ((uint32_t) p->y - (uint32_t) d);
}

/* Swaps x and y of n points in place. */
void co_points_swap(co_point *ps, int32_t n) {
  for (int32_t i = 0; i < n; i++) {
    int32_t t = ps[i].x;
    ps[i].x = ps[i].y;
    ps[i].y = t;
  }
}

/* ---- errno around structs and callbacks ---- */

co_point co_point_errno(int32_t x, int32_t y, int32_t e) {
  co_point p = {x, y};
  errno = e;
  return p;
}

int64_t co_point_sum_errno(co_point p, int32_t e) {
  errno = e;
  return (int64_t) p.x + p.y;
}

/* Calls cb, then sets errno: what the call captures is C's e, whatever the callback did. */
int32_t co_call_errno(co_int_fn cb, int32_t v, int32_t e) {
  int32_t r = cb(v);
  errno = e;
  return r;
}

/* errno = e and nothing else. */
void co_set_errno(int32_t e) { errno = e; }

/* ---- reentrancy: C -> Java -> C ---- */

typedef int64_t (*co_nest_fn)(int32_t depth, const char *s, co_point p);

static int64_t weigh(const char *s, const int32_t *values, int32_t n, co_point p) {
  int64_t sum = (int64_t) strlen(s) + p.x + p.y;
  for (int32_t i = 0; i < n; i++) sum += values[i];
  return sum;
}

/* Weighs its arguments, calls cb, then weighs them again: -1000000 when the callback's own calls
 * changed this call's string or array (nested scratch memory overwritten). */
int64_t co_nest(co_nest_fn cb, int32_t depth, const char *s, const int32_t *values, int32_t n, co_point p) {
  int64_t before = weigh(s, values, n, p);
  int64_t inner = cb(depth, s, p);
  int64_t after = weigh(s, values, n, p);
  if (before != after) return -1000000;
  return before + inner;
}

struct co_thread_call {
  co_int_fn cb;
  int32_t v;
  int32_t result;
  uint64_t thread;
};

static void *co_run(void *arg) {
  struct co_thread_call *c = arg;
  c->thread = (uint64_t) pthread_self();
  c->result = c->cb(c->v);
  return NULL;
}

/* Calls cb(v) on a thread C creates, and joins it; *thread receives that thread's id. */
int32_t co_call_on_thread(co_int_fn cb, int32_t v, uint64_t *thread) {
  struct co_thread_call c = {cb, v, 0, 0};
  pthread_t t;
  if (pthread_create(&t, NULL, co_run, &c) != 0) return INT32_MIN;
  pthread_join(t, NULL);
  if (thread != NULL) *thread = c.thread;
  return c.result;
}

/* ---- struct globals with function pointers ---- */

typedef struct co_handler {
  int32_t id;
  co_int_fn fn;
} co_handler;

static int32_t twice(int32_t v) { return 2 * v; }
static int32_t negate(int32_t v) { return -v; }

co_handler co_handler_global = {7, twice};
co_int_fn co_fn_global = negate;

/* What C gets calling the global handler's function: INT32_MIN when it is NULL. */
int32_t co_handler_call(int32_t v) { return co_handler_global.fn == NULL ? INT32_MIN : co_handler_global.fn(v); }
int32_t co_handler_id(void) { return co_handler_global.id; }
int32_t co_fn_call(int32_t v) { return co_fn_global == NULL ? INT32_MIN : co_fn_global(v); }
bool co_handler_is_twice(void) { return co_handler_global.fn == twice; }

/* ---- stored callbacks ---- */

static co_int_fn stored;
void co_store(co_int_fn cb) { stored = cb; }
int32_t co_fire(int32_t v) { return stored == NULL ? INT32_MIN : stored(v); }

/* ---- variadic struct pointers ---- */

/* n pointers to points follow: returns the sum of x - y over them, then bumps each by +1/-1; errno = n. */
int64_t co_points_va(int32_t n, ...) {
  va_list ap;
  va_start(ap, n);
  int64_t sum = 0;
  for (int32_t i = 0; i < n; i++) {
    co_point *p = va_arg(ap, co_point *);
    if (p == NULL) {
      sum += 1000000;
      continue;
    }
    sum += (int64_t) p->x - p->y;
    p->x += 1;
    p->y -= 1;
  }
  va_end(ap);
  errno = n;
  return sum;
}

/* ---- structs holding callbacks, callbacks returning structs ---- */

/* h->fn(v) + h->id; h->id when fn is NULL; INT32_MIN when h is NULL. */
int32_t co_handler_apply(const co_handler *h, int32_t v) {
  if (h == NULL) return INT32_MIN;
  return h->fn == NULL ? h->id : h->fn(v) + h->id;
}

co_point co_call_make(co_point (*cb)(int32_t), int32_t v) { return cb(v); }

/* The callback gets the global handler by pointer: its fn field is C's function (or Java's). */
int32_t co_with_handler(int32_t (*cb)(const co_handler *, int32_t), int32_t v) { return cb(&co_handler_global, v); }

co_handler co_handlers[2] = {{1, twice}, {2, negate}};

/* co_handlers[i].fn(v) + co_handlers[i].id; INT32_MIN when fn is NULL. */
int32_t co_handlers_call(int32_t i, int32_t v) {
  const co_handler *h = &co_handlers[i & 1];
  return h->fn == NULL ? INT32_MIN : h->fn(v) + h->id;
}
