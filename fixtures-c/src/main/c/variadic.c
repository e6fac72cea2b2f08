/* Variadic functions: each binding fixes one choice of arguments after "...". Prefix: var_. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Sum of count int arguments. */
int64_t var_sum_i32(int32_t count, ...) {
  va_list ap;
  va_start(ap, count);
  int64_t sum = 0;
  for (int32_t i = 0; i < count; i++) {
    sum += va_arg(ap, int32_t);
  }
  va_end(ap);
  return sum;
}

/*
 * Reads arguments as kinds says ('i' int, 'l' int64_t, 'd' double, 's' string length, 'p' 1 for a
 * non-NULL pointer) and returns the sum weighted by position, so order and type mistakes show.
 */
double var_weighted(const char *kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  double sum = 0;
  for (size_t i = 0; kinds[i] != 0; i++) {
    double weight = (double) (i + 1);
    switch (kinds[i]) {
      case 'i': sum += weight * va_arg(ap, int); break;
      case 'l': sum += weight * (double) va_arg(ap, int64_t); break;
      case 'd': sum += weight * va_arg(ap, double); break;
      case 's': sum += weight * (double) strlen(va_arg(ap, const char *)); break;
      case 'p': sum += weight * (va_arg(ap, void *) != NULL ? 1 : 0); break;
      default: sum = -1e300; break;
    }
  }
  va_end(ap);
  return sum;
}

/* snprintf through a va_list, so the fixture does not depend on libc's variadic entry point. */
int var_format(char *buffer, size_t size, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(buffer, size, format, ap);
  va_end(ap);
  return n;
}
