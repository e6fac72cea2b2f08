/* Callbacks: C calling Java through function pointers, on the caller's thread and on threads C
 * starts, and C function pointers handed to Java. Prefix: cb_. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the simplest shape, as in the benchmark ---------------------------------------------- */

int32_t cb_call_int(int32_t (*cb)(int32_t), int32_t v) { return cb(v); }

/* Calls cb(i) for i in [0, n) and returns the sum of the results. */
int64_t cb_call_n(int32_t (*cb)(int32_t), int32_t n) {
  int64_t sum = 0;
  for (int32_t i = 0; i < n; i++) {
    sum += cb(i);
  }
  return sum;
}

/* NULL is a valid argument here: returns -1 without calling. */
int32_t cb_call_or_minus_one(int32_t (*cb)(int32_t), int32_t v) { return cb == NULL ? -1 : cb(v); }

/* ---- ffi-rs's callFunction ---------------------------------------------------------------- */

/* ffi-rs passes a Person*: the whole struct of person.c (strings, arrays with their lengths, a nested
 * parent, bools, an int64_t, a char), built by st_createPerson and freed after each call. */
typedef struct st_person st_person;
st_person *st_createPerson(void); /* person.c */
void st_freePerson(st_person *p);  /* person.c */

typedef void (*cb_function_pointer)(int32_t a, bool b, char *c, char **d, int32_t *e, st_person *p);

/* As ffi-rs's callFunction: calls func twice with fresh C memory, freed after each call. */
void cb_call_function(cb_function_pointer func) {
  for (int i = 0; i < 2; i++) {
    int32_t a = 100;
    bool b = false;
    char *c = malloc(14);
    strcpy(c, "Hello, World!");
    char **string_array = malloc(sizeof(char *) * 2);
    string_array[0] = strdup("Hello");
    string_array[1] = strdup("world");
    int32_t *i32_array = malloc(sizeof(int32_t) * 3);
    i32_array[0] = 101;
    i32_array[1] = 202;
    i32_array[2] = 303;
    st_person *p = st_createPerson();
    func(a, b, c, string_array, i32_array, p);
    st_freePerson(p);
    free(i32_array);
    free(string_array[0]);
    free(string_array[1]);
    free(string_array);
    free(c);
  }
}

/* ---- Deno's 11-argument callback ---------------------------------------------------------- */

typedef void (*cb_many_fn)(uint8_t, int8_t, uint16_t, int16_t, uint32_t, int32_t, uint64_t, int64_t, float,
                           double, void *);

/* Passes its arguments on to cb unchanged. */
void cb_forward_many(cb_many_fn cb, uint8_t a, int8_t b, uint16_t c, int16_t d, uint32_t e, int32_t f,
                     uint64_t g, int64_t h, float i, double j, void *k) {
  cb(a, b, c, d, e, f, g, h, i, j, k);
}

/* ---- results ------------------------------------------------------------------------------ */

uint8_t cb_call_u8(uint8_t (*cb)(uint8_t), uint8_t v) { return cb(v); }

/* Returns what cb returned, widened so that Java sees exactly C's byte. */
uint32_t cb_call_u8_widened(uint8_t (*cb)(uint8_t), uint8_t v) { return cb(v); }

double cb_call_f64(double (*cb)(double, double), double a, double b) { return cb(a, b); }

bool cb_call_bool(bool (*cb)(int32_t), int32_t v) { return cb(v); }

void *cb_call_pointer(void *(*cb)(void *), void *p) { return cb(p); }

/* ---- strings and arrays ------------------------------------------------------------------- */

/* Calls cb with a string, NULL, and an array of n strings (one of them NULL). */
int32_t cb_call_strings(int32_t (*cb)(const char *, const char *, const char **, int32_t)) {
  const char *words[] = {"grüße", NULL, "end"};
  return cb("héllo", NULL, words, 3);
}

/* Gives cb an int array it may change, then returns the sum of what the array holds afterwards. */
int64_t cb_call_fill(void (*cb)(int32_t *, uint32_t), uint32_t n) {
  int32_t *values = calloc(n, sizeof(int32_t));
  cb(values, n);
  int64_t sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    sum += values[i];
  }
  free(values);
  return sum;
}

/* cb gets a read-only array: a string literal's bytes. */
int32_t cb_call_const(int32_t (*cb)(const uint8_t *, int32_t)) {
  static const uint8_t bytes[] = {1, 2, 3, 250};
  return cb(bytes, 4);
}

/* An out-parameter filled by the callback: returns what it wrote, or -1 if it failed. */
int64_t cb_call_out(int32_t (*cb)(int64_t *)) {
  int64_t out = -1;
  int32_t ok = cb(&out);
  return ok == 0 ? out : -1;
}

/* ---- function pointers both ways ---------------------------------------------------------- */

static int32_t add(int32_t a, int32_t b) { return a + b; }
static int32_t mul(int32_t a, int32_t b) { return a * b; }

int32_t (*cb_get_adder(void))(int32_t, int32_t) { return add; }
int32_t (*cb_get_multiplier(void))(int32_t, int32_t) { return mul; }
int32_t (*cb_get_null(void))(int32_t, int32_t) { return NULL; }

bool cb_is_adder(int32_t (*fn)(int32_t, int32_t)) { return fn == add; }

int32_t cb_apply(int32_t (*fn)(int32_t, int32_t), int32_t a, int32_t b) { return fn(a, b); }

/* Calls cb with C's own adder: Java receives a function pointer and calls it. */
int32_t cb_call_with_adder(int32_t (*cb)(int32_t (*)(int32_t, int32_t), int32_t), int32_t v) {
  return cb(add, v);
}

/* ---- a callback C keeps --------------------------------------------------------------------- */

static int32_t (*stored)(int32_t);

void cb_store(int32_t (*cb)(int32_t)) { stored = cb; }

/* Calls the stored callback; -1 when none is stored. */
int32_t cb_fire(int32_t v) { return stored == NULL ? -1 : stored(v); }

/* ---- threads C starts ----------------------------------------------------------------------- */

typedef int32_t (*cb_counter)(int32_t thread, int32_t i);

typedef struct {
  cb_counter cb;
  int32_t thread;
  int32_t calls;
  int64_t sum;
} cb_job;

static void *cb_run(void *arg) {
  cb_job *job = arg;
  for (int32_t i = 0; i < job->calls; i++) {
    job->sum += job->cb(job->thread, i);
  }
  return NULL;
}

/* Starts `threads` threads (at most 64), each calling cb `calls` times, waits for all of them and
 * returns the sum of every result; -1 if a thread could not be started. */
int64_t cb_fan_out(cb_counter cb, int32_t threads, int32_t calls) {
  pthread_t ids[64];
  cb_job jobs[64];
  if (threads < 0 || threads > 64) {
    return -1;
  }
  int32_t started = 0;
  for (; started < threads; started++) {
    jobs[started] = (cb_job){cb, started, calls, 0};
    if (pthread_create(&ids[started], NULL, cb_run, &jobs[started]) != 0) {
      break;
    }
  }
  int64_t sum = 0;
  for (int32_t t = 0; t < started; t++) {
    pthread_join(ids[t], NULL);
    sum += jobs[t].sum;
  }
  return started == threads ? sum : -1;
}

/* ---- a function pointer out-parameter --------------------------------------------------------- */

/* which: 0 stores the adder, 1 the multiplier, 2 NULL; 3 calls the function passed in with (2, 3) and
 * leaves it; anything else leaves *out as it is. Returns what it called, or 0. NULL out is fine. */
int32_t cb_op_out(int32_t which, int32_t (**out)(int32_t, int32_t)) {
  if (out == NULL) {
    return -1;
  }
  switch (which) {
    case 0: *out = add; return 0;
    case 1: *out = mul; return 0;
    case 2: *out = NULL; return 0;
    case 3: return *out == NULL ? -2 : (*out)(2, 3);
    default: return 0;
  }
}

/* Passes a 4-element array with whatever length the caller says, negative included. */
int32_t cb_call_with_length(int32_t (*cb)(int32_t *, int32_t), int32_t n) {
  int32_t values[4] = {1, 2, 3, 4};
  return cb(values, n);
}
