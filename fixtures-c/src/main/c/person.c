/*
 * ffi-rs's Person example (prefix st_), with a length field beside each array so that ffibind can
 * convert the whole graph: strings, double and int arrays, a string array, a byte array, a nested
 * parent pointer, bools, an int64_t and a char. st_getStruct returns the struct it is given;
 * st_createPerson builds the one ffi-rs's README expects.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct st_person {
  int32_t age;
  double *doubleArray;
  size_t doubleArrayLen;
  struct st_person *parent;
  double doubleProps;
  const char *name;
  char **stringArray;
  size_t stringArrayLen;
  int32_t *i32Array;
  size_t i32ArrayLen;
  bool boolTrue;
  bool boolFalse;
  int64_t longVal;
  char byte;
  uint8_t *byteArray;
  size_t byteArrayLen;
} st_person;

st_person *st_getStruct(st_person *person) { return person; }

static void *copy(const void *from, size_t n) {
  void *to = malloc(n);
  memcpy(to, from, n);
  return to;
}

st_person *st_createPerson(void) {
  st_person *parent = calloc(1, sizeof(st_person));
  double parentDoubles[] = {1.1, 2.2, 3.3};
  parent->doubleArray = copy(parentDoubles, sizeof parentDoubles);
  parent->doubleArrayLen = 3;
  parent->age = 43;
  parent->doubleProps = 3.3;
  parent->name = strdup("tom father");
  char *parentStrings[] = {strdup("tom"), strdup("father")};
  parent->stringArray = copy(parentStrings, sizeof parentStrings);
  parent->stringArrayLen = 2;
  int32_t parentInts[] = {5, 6, 7};
  parent->i32Array = copy(parentInts, sizeof parentInts);
  parent->i32ArrayLen = 3;
  parent->boolTrue = true;
  parent->boolFalse = false;
  parent->longVal = 5294967296;
  parent->byte = 'B';
  uint8_t parentBytes[] = {103, 104};
  parent->byteArray = copy(parentBytes, sizeof parentBytes);
  parent->byteArrayLen = 2;
  parent->parent = NULL;

  st_person *person = calloc(1, sizeof(st_person));
  double doubles[] = {1.1, 2.2, 3.3};
  person->doubleArray = copy(doubles, sizeof doubles);
  person->doubleArrayLen = 3;
  person->age = 23;
  person->doubleProps = 1.1;
  person->byte = 'A';
  person->name = strdup("tom");
  char *strings[] = {strdup("tom")};
  person->stringArray = copy(strings, sizeof strings);
  person->stringArrayLen = 1;
  uint8_t bytes[] = {101, 102};
  person->byteArray = copy(bytes, sizeof bytes);
  person->byteArrayLen = 2;
  int32_t ints[] = {1, 2, 3, 4};
  person->i32Array = copy(ints, sizeof ints);
  person->i32ArrayLen = 4;
  person->boolTrue = true;
  person->boolFalse = false;
  person->longVal = 4294967296;
  person->parent = parent;
  return person;
}

/* Frees what st_createPerson allocated, parents included. */
void st_freePerson(st_person *p) {
  while (p) {
    st_person *parent = p->parent;
    free(p->doubleArray);
    free((void *) p->name);
    for (size_t i = 0; i < p->stringArrayLen; i++) free(p->stringArray[i]);
    free(p->stringArray);
    free(p->i32Array);
    free(p->byteArray);
    free(p);
    p = parent;
  }
}

/*
 * Everything C sees in a person and its parents, folded into one number, so that a test can check
 * that what Java wrote is what C reads (not only that it comes back the same).
 */
double st_personDigest(const st_person *p) {
  double digest = 0;
  for (int depth = 1; p; p = p->parent, depth++) {
    double d = p->age + p->doubleProps + (double) p->longVal / 1e9 + p->byte + (p->boolTrue ? 7 : 0)
               + (p->boolFalse ? 11 : 0) + (p->name ? (double) strlen(p->name) : -1);
    for (size_t i = 0; i < p->doubleArrayLen; i++) d += p->doubleArray[i] * (double) (i + 1);
    for (size_t i = 0; i < p->stringArrayLen; i++) d += (double) strlen(p->stringArray[i]) * 3;
    for (size_t i = 0; i < p->i32ArrayLen; i++) d += p->i32Array[i] * 5;
    for (size_t i = 0; i < p->byteArrayLen; i++) d += p->byteArray[i] * 0.5;
    digest += d * depth;
  }
  return digest;
}

/* sizeof, _Alignof ("sizeof", "alignof") or offsetof a field of st_person; -1 if unknown. */
int64_t st_person_layout(const char *field) {
#define P(f) if (strcmp(field, #f) == 0) return (int64_t) offsetof(st_person, f);
  P(age) P(doubleArray) P(doubleArrayLen) P(parent) P(doubleProps) P(name) P(stringArray) P(stringArrayLen)
  P(i32Array) P(i32ArrayLen) P(boolTrue) P(boolFalse) P(longVal) P(byte) P(byteArray) P(byteArrayLen)
#undef P
  if (strcmp(field, "sizeof") == 0) return (int64_t) sizeof(st_person);
  if (strcmp(field, "alignof") == 0) return (int64_t) _Alignof(st_person);
  return -1;
}
