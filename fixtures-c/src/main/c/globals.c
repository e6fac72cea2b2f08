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
