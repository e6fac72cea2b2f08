/*
 * Fixtures for errno capture (prefix er_): functions that set errno and return, so a test knows
 * exactly which value C left; er_set_errno is also bound without capture to clobber errno between
 * a capturing call and the read of Native.errno().
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <sched.h>
#include <stdint.h>

int32_t er_fail_with(int32_t value) {
  errno = value;
  return -1;
}

void er_set_errno(int32_t value) { errno = value; }

int32_t er_get_errno(void) { return errno; }

/* Sets errno, yields the processor so other threads run, and fails with it. */
int32_t er_fail_after_yield(int32_t value) {
  errno = value;
  sched_yield();
  return errno == value ? -1 : -2;
}
