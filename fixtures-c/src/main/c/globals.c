/*
 * Fixtures for C globals (prefix gl_): one variable per scalar type holding an edge value, const
 * variables the tests only read, a char * and an array of them, inline arrays, a pointer, and small
 * functions through which the tests check that C sees what Java wrote.
 */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int32_t gl_counter = 7;
const uint32_t gl_static_u32 = 42;
const int64_t gl_static_i64 = -1242464576485;
double gl_double = -2.5;

/* "héllo, globals" in UTF-8, and NULL. */
const char *gl_string = "h\xc3\xa9llo, globals";
const char *gl_null_string = NULL;
const char *gl_names[3] = {"zero", NULL, "two"};

/* 14 bytes that are not valid UTF-8: a decoder would replace or drop some of them. */
const uint8_t gl_bytes[14] = {
    0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xe2, 0x82, 0x28, 0xf0, 0x28, 0x8c, 0xbc};

bool gl_bool = true;
char gl_char = 'A';
int8_t gl_i8 = INT8_MIN;
uint8_t gl_u8 = UINT8_MAX;
int16_t gl_i16 = INT16_MIN;
uint16_t gl_u16 = UINT16_MAX;
uint32_t gl_u32 = UINT32_MAX;
int64_t gl_i64 = INT64_MIN;
uint64_t gl_u64 = UINT64_MAX;
float gl_f32 = 1.5f;
size_t gl_usize = SIZE_MAX;
ptrdiff_t gl_isize = PTRDIFF_MIN;
long gl_long = LONG_MIN;
unsigned long gl_ulong = ULONG_MAX;

int32_t gl_ints[4] = {1, -2, 3, INT32_MIN};
uint16_t gl_u16s[3] = {0, 0x8000, UINT16_MAX};
double gl_doubles[2] = {0.5, -0.25};

int32_t gl_counter_get(void) { return gl_counter; }
void gl_counter_bump(void) { gl_counter++; }

/* The pointer global starts out pointing at gl_counter. */
void *gl_pointer = &gl_counter;
int32_t gl_pointer_target(void) { return gl_pointer == NULL ? -1 : *(const int32_t *)gl_pointer; }

/* A function pointer global. */
int32_t (*gl_function)(void) = gl_counter_get;

int64_t gl_ints_sum(void) {
  int64_t sum = 0;
  for (size_t i = 0; i < sizeof gl_ints / sizeof gl_ints[0]; i++) {
    sum += gl_ints[i];
  }
  return sum;
}

int64_t gl_string_length(void) { return gl_string == NULL ? -1 : (int64_t)strlen(gl_string); }
double gl_double_get(void) { return gl_double; }
int64_t gl_u32_get(void) { return gl_u32; }
int32_t gl_bool_get(void) { return gl_bool ? 1 : 0; }

/* ---- structs and unions ----------------------------------------------------------------------- */

/* A struct global with padding (after tag, after count) and an inline array. */
typedef struct gl_sample {
  int8_t tag;
  double value;
  uint16_t count;
  int32_t data[3];
} gl_sample;
gl_sample gl_sample_value = {-5, 2.5, 65535, {1, -2, INT32_MIN}};

int64_t gl_sample_tag(void) { return gl_sample_value.tag; }
double gl_sample_value_get(void) { return gl_sample_value.value; }
int64_t gl_sample_count(void) { return gl_sample_value.count; }
int64_t gl_sample_data_sum(void) {
  return (int64_t)gl_sample_value.data[0] + gl_sample_value.data[1] + gl_sample_value.data[2];
}

/* A union global: C reads the member Java wrote. */
typedef union gl_number {
  int64_t i;
  double d;
  uint8_t bytes[8];
} gl_number;
gl_number gl_number_value = {.i = 42};

int64_t gl_number_as_i64(void) { return gl_number_value.i; }
double gl_number_as_f64(void) { return gl_number_value.d; }

/* An inline array of structs. */
typedef struct gl_point {
  int32_t x;
  int32_t y;
} gl_point;
gl_point gl_polygon[4] = {{0, 0}, {4, 0}, {4, 3}, {0, 3}};

/* Twice the polygon's signed area (the shoelace formula): 24 for the rectangle above. */
int64_t gl_polygon_area2(void) {
  int64_t sum = 0;
  for (size_t i = 0; i < 4; i++) {
    const gl_point *a = &gl_polygon[i], *b = &gl_polygon[(i + 1) % 4];
    sum += (int64_t)a->x * b->y - (int64_t)b->x * a->y;
  }
  return sum;
}

/* A struct that points to other memory: written from Java with an allocator. */
typedef struct gl_person {
  const char *name;
  int32_t age;
  const double *scores;
  size_t count;
} gl_person;
static const double gl_default_scores[2] = {1.5, 2.5};
gl_person gl_owner = {"Ada", 36, gl_default_scores, 2};

int64_t gl_owner_name_length(void) { return gl_owner.name == NULL ? -1 : (int64_t)strlen(gl_owner.name); }
int32_t gl_owner_age(void) { return gl_owner.age; }
double gl_owner_score_sum(void) {
  double sum = 0;
  for (size_t i = 0; i < gl_owner.count; i++) sum += gl_owner.scores[i];
  return sum;
}
