/*
 * Fixtures for strings, buffers, arrays, out-parameters and ownership (prefix mem_).
 *
 * Two kinds of bookkeeping let the tests see what happened on the C side:
 *  - mem_calls_on_this_thread() counts calls into this file made by the calling thread, so a test
 *    can prove that a bad argument was rejected in Java before C ran (thread-local, so tests on
 *    other threads never disturb the count);
 *  - mem_alloc/mem_free count allocations, so a test can prove that @FreeResult("mem_free") freed
 *    what C handed out (mem_live_allocations() goes back to where it was).
 */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

static _Thread_local uint64_t calls_on_this_thread;
static atomic_llong allocations;
static atomic_llong frees;

#define COUNT_CALL() (calls_on_this_thread++)

/* ---- bookkeeping ------------------------------------------------------------------------- */

uint64_t mem_calls_on_this_thread(void) { return calls_on_this_thread; }

void *mem_alloc(size_t n) {
  void *p = malloc(n == 0 ? 1 : n);
  if (p) atomic_fetch_add(&allocations, 1);
  return p;
}

void mem_free(void *p) {
  if (p) {
    atomic_fetch_add(&frees, 1);
    free(p);
  }
}

int64_t mem_live_allocations(void) { return atomic_load(&allocations) - atomic_load(&frees); }

int64_t mem_free_count(void) { return atomic_load(&frees); }

/* ---- strings in and out ------------------------------------------------------------------- */

/* strlen in bytes; -1 for NULL so a test can tell NULL from "". */
int64_t mem_strlen(const char *s) {
  COUNT_CALL();
  return s ? (int64_t)strlen(s) : -1;
}

/* Code points of UTF-8 text: every byte that is not a continuation byte (10xxxxxx) starts one. */
int64_t mem_utf8_code_points(const char *s) {
  COUNT_CALL();
  if (!s) return -1;
  int64_t n = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80) n++;
  }
  return n;
}

/* The byte at index i, to check an encoding byte by byte. */
uint8_t mem_byte_at(const char *s, size_t i) {
  COUNT_CALL();
  return (uint8_t)s[i];
}

/* Returns its argument: the same pointer, so NULL comes back as NULL. */
const char *mem_echo(const char *s) {
  COUNT_CALL();
  return s;
}

/* ASCII upper case of s into out (capacity cap, NUL included); returns the length, or -1 without
 * writing anything when out is too small. */
int32_t mem_upper(const char *s, char *out, size_t cap) {
  COUNT_CALL();
  size_t n = strlen(s);
  if (n + 1 > cap) return -1;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    out[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
  }
  out[n] = '\0';
  return (int32_t)n;
}

const char *mem_static_greeting(void) {
  COUNT_CALL();
  return "hello from C";
}

const char *mem_null_string(void) {
  COUNT_CALL();
  return NULL;
}

static char *dup_with(const char *s, void *(*allocate)(size_t)) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *copy = allocate(n);
  if (copy) memcpy(copy, s, n);
  return copy;
}

/* A copy the caller frees with mem_free (counted). */
char *mem_strdup_counted(const char *s) {
  COUNT_CALL();
  return dup_with(s, mem_alloc);
}

/* A copy the caller frees with the C library's free (not counted: RSS shows leaks). */
char *mem_strdup_plain(const char *s) {
  COUNT_CALL();
  return dup_with(s, malloc);
}

/* n bytes "abc...zab...", freed by the caller with free(). */
char *mem_make_string(size_t n) {
  COUNT_CALL();
  char *s = malloc(n + 1);
  if (!s) return NULL;
  for (size_t i = 0; i < n; i++) s[i] = (char)('a' + i % 26);
  s[n] = '\0';
  return s;
}

/* strtol-like: parses a decimal integer and points *end at the first unparsed char. */
int64_t mem_parse(const char *s, char **end) {
  COUNT_CALL();
  const char *p = s;
  int negative = 0;
  int64_t value = 0;
  if (*p == '-' || *p == '+') negative = *p++ == '-';
  while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
  if (end) *end = (char *)p;
  return negative ? -value : value;
}

/* ---- wide strings ------------------------------------------------------------------------- */

size_t mem_u16_len(const char16_t *s) {
  COUNT_CALL();
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

size_t mem_u32_len(const wchar_t *s) {
  COUNT_CALL();
  return wcslen(s);
}

/* "Grüße, 世界 😀": the emoji is a surrogate pair in UTF-16, one unit in UTF-32. */
const char16_t *mem_u16_greeting(void) {
  COUNT_CALL();
  return u"Gr\u00fc\u00dfe, \u4e16\u754c \U0001F600";
}

const wchar_t *mem_u32_greeting(void) {
  COUNT_CALL();
  return L"Gr\u00fc\u00dfe, \u4e16\u754c \U0001F600";
}

const char16_t *mem_u16_echo(const char16_t *s) {
  COUNT_CALL();
  return s;
}

/* ---- buffers the caller owns -------------------------------------------------------------- */

void mem_fill(uint8_t *buf, size_t n, uint8_t value) {
  COUNT_CALL();
  memset(buf, value, n);
}

void mem_reverse(uint8_t *buf, size_t n) {
  COUNT_CALL();
  for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
    uint8_t t = buf[i];
    buf[i] = buf[j - 1];
    buf[j - 1] = t;
  }
}

/* FNV-1a over n bytes: a cheap fingerprint Java can compute too. */
uint32_t mem_hash(const uint8_t *buf, size_t n) {
  COUNT_CALL();
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= buf[i];
    h *= 16777619u;
  }
  return h;
}

/* Writes 0xAB over memory declared const. Only a probe: if Java's memory changes, nothing was
 * copied on the way in (a @Critical call); if it does not, C wrote into a copy. */
void mem_scribble(const void *buf, size_t n) {
  COUNT_CALL();
  memset((void *)buf, 0xAB, n);
}

/* 1 when the pointer is NULL: tells "empty array" apart from "no array". */
int32_t mem_is_null(const void *p) {
  COUNT_CALL();
  return p == NULL;
}

/* ---- typed arrays ------------------------------------------------------------------------- */

#define SUM(name, type, acc)                     \
  acc name(const type *a, size_t n) {            \
    COUNT_CALL();                                \
    acc s = 0;                                   \
    for (size_t i = 0; i < n; i++) s += a[i];    \
    return s;                                    \
  }

SUM(mem_sum_u8, uint8_t, uint64_t)
SUM(mem_sum_i16, int16_t, int64_t)
SUM(mem_sum_u16, uint16_t, uint64_t)
SUM(mem_sum_i32, int32_t, int64_t)
SUM(mem_sum_u32, uint32_t, uint64_t)
SUM(mem_sum_i64, int64_t, int64_t)
SUM(mem_sum_f32, float, double)
SUM(mem_sum_f64, double, double)

/* The same sum with a 32-bit count, which a declaration of "u32" reads unsigned. */
uint64_t mem_sum_u32_count32(const uint32_t *a, uint32_t n) {
  COUNT_CALL();
  uint64_t s = 0;
  for (uint32_t i = 0; i < n; i++) s += a[i];
  return s;
}

/* Exactly four elements: declared "i32[4]". */
int64_t mem_sum4_i32(const int32_t a[4]) {
  COUNT_CALL();
  return (int64_t)a[0] + a[1] + a[2] + a[3];
}

void mem_scale_f64(double *a, size_t n, double factor) {
  COUNT_CALL();
  for (size_t i = 0; i < n; i++) a[i] *= factor;
}

void mem_negate_i32(int32_t *a, size_t n) {
  COUNT_CALL();
  for (size_t i = 0; i < n; i++) a[i] = (int32_t)(0u - (uint32_t)a[i]);
}

static const int32_t PRIMES[16] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};

/* A static array; its length comes back through *count. */
const int32_t *mem_primes(size_t *count) {
  COUNT_CALL();
  if (count) *count = 16;
  return PRIMES;
}

/* The same static array, read as "i32[n]"; NULL when n is larger than what exists. */
const int32_t *mem_first_primes(size_t n) {
  COUNT_CALL();
  return n <= 16 ? PRIMES : NULL;
}

/* start, start+1, ... in memory the caller frees with mem_free. */
int32_t *mem_range(int32_t start, size_t n) {
  COUNT_CALL();
  int32_t *a = mem_alloc(n * sizeof *a);
  for (size_t i = 0; a && i < n; i++) a[i] = start + (int32_t)i;
  return a;
}

/* n evenly spaced values from a to b, in memory the caller frees with free(). */
double *mem_linspace(double a, double b, size_t n) {
  COUNT_CALL();
  double *out = malloc((n == 0 ? 1 : n) * sizeof *out);
  for (size_t i = 0; out && i < n; i++) out[i] = n == 1 ? a : a + (b - a) * (double)i / (double)(n - 1);
  return out;
}

/* n static bytes 0, 1, 2, ...: read as "buffer[n]". */
const uint8_t *mem_static_bytes(size_t n) {
  COUNT_CALL();
  static uint8_t bytes[256];
  for (size_t i = 0; i < sizeof bytes; i++) bytes[i] = (uint8_t)i;
  return n <= sizeof bytes ? bytes : NULL;
}

/* ---- string and pointer arrays ------------------------------------------------------------ */

/* parts[0] sep parts[1] sep ...; NULL parts are skipped; freed by the caller with mem_free. */
char *mem_join(const char **parts, size_t n, const char *sep) {
  COUNT_CALL();
  size_t seplen = sep ? strlen(sep) : 0, total = 1;
  for (size_t i = 0; i < n; i++) total += (parts[i] ? strlen(parts[i]) : 0) + seplen;
  char *out = mem_alloc(total), *w = out;
  if (!out) return NULL;
  int first = 1;
  for (size_t i = 0; i < n; i++) {
    if (!parts[i]) continue;
    if (!first && seplen) {
      memcpy(w, sep, seplen);
      w += seplen;
    }
    size_t len = strlen(parts[i]);
    memcpy(w, parts[i], len);
    w += len;
    first = 0;
  }
  *w = '\0';
  return out;
}

/* Entries before the NULL that ends the array. */
size_t mem_count_strings(const char *const *strs) {
  COUNT_CALL();
  size_t n = 0;
  while (strs[n]) n++;
  return n;
}

size_t mem_count_pointers(void *const *ptrs) {
  COUNT_CALL();
  size_t n = 0;
  while (ptrs[n]) n++;
  return n;
}

/* Upper-cases every string in place (ASCII), so Java sees C's writes to string[] elements. */
void mem_upper_all(char **strs, size_t n) {
  COUNT_CALL();
  for (size_t i = 0; i < n; i++) {
    for (char *p = strs[i]; p && *p; p++) {
      if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    }
  }
}

/* Points strs[0] at a static string: C replacing an element of a string[]. */
void mem_replace_first(const char **strs) {
  COUNT_CALL();
  strs[0] = "replaced";
}

void mem_swap_pointers(void **ptrs) {
  COUNT_CALL();
  void *t = ptrs[0];
  ptrs[0] = ptrs[1];
  ptrs[1] = t;
}

uint64_t mem_pointer_at(void *const *ptrs, size_t i) {
  COUNT_CALL();
  return (uint64_t)(uintptr_t)ptrs[i];
}

static const char *const WEEKDAYS[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

const char *const *mem_weekdays(void) {
  COUNT_CALL();
  return WEEKDAYS;
}

const char *const *mem_null_strings(void) {
  COUNT_CALL();
  return NULL;
}

void *mem_null_pointer(void) {
  COUNT_CALL();
  return NULL;
}

/* ---- out-parameters ----------------------------------------------------------------------- */

/* 0 on success; -1 (outputs untouched) when b is 0 or the quotient overflows. */
int32_t mem_divmod(int32_t a, int32_t b, int32_t *quotient, int32_t *remainder) {
  COUNT_CALL();
  if (b == 0 || (a == INT32_MIN && b == -1)) return -1;
  *quotient = a / b;
  *remainder = a % b;
  return 0;
}

void mem_utf8_stats(const char *s, size_t *bytes, size_t *code_points) {
  COUNT_CALL();
  *bytes = strlen(s);
  *code_points = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80) (*code_points)++;
  }
}

/* In and out: the value Java put in element 0 is read, changed and read back. */
void mem_increment(int32_t *value) {
  COUNT_CALL();
  (*value)++;
}

void mem_get_greeting(const char **out) {
  COUNT_CALL();
  *out = "out greeting";
}

/* ---- handles, sqlite3_open style ---------------------------------------------------------- */

#define HANDLE_MAGIC 0x4D454D48u /* "MEMH" */

typedef struct {
  uint32_t magic;
  char name[60];
} mem_handle;

/* 0 and *out set to a new handle; -1 and *out = NULL when name is NULL. */
int32_t mem_open(const char *name, void **out) {
  COUNT_CALL();
  if (!name) {
    *out = NULL;
    return -1;
  }
  mem_handle *h = mem_alloc(sizeof *h);
  h->magic = HANDLE_MAGIC;
  strncpy(h->name, name, sizeof h->name - 1);
  h->name[sizeof h->name - 1] = '\0';
  *out = h;
  return 0;
}

const char *mem_handle_name(const void *handle) {
  COUNT_CALL();
  const mem_handle *h = handle;
  return h && h->magic == HANDLE_MAGIC ? h->name : NULL;
}

int32_t mem_close(void *handle) {
  COUNT_CALL();
  mem_handle *h = handle;
  if (!h || h->magic != HANDLE_MAGIC) return -1;
  h->magic = 0;
  mem_free(h);
  return 0;
}
