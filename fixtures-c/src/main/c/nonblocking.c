/*
 * Fixtures for nonblocking calls (prefix nb_). Each one waits with a timeout, so a test that goes
 * wrong fails instead of hanging, and none of them makes a test depend on timing:
 *  - nb_barrier(n, timeout) returns 1 only when n callers were inside it at once (0 on timeout);
 *  - nb_gate_wait blocks until nb_gate_open is called, so a test knows a call is still running;
 *  - nb_hash_later / nb_fill_later sleep before touching their arguments, which must still be valid.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

static pthread_mutex_t nb_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t nb_changed = PTHREAD_COND_INITIALIZER;
static int32_t nb_arrived;
static uint64_t nb_generation;
static int32_t nb_gate_is_open;

static struct timespec nb_deadline(int32_t timeout_ms) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  t.tv_sec += timeout_ms / 1000;
  t.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
  if (t.tv_nsec >= 1000000000L) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000L;
  }
  return t;
}

int32_t nb_barrier(int32_t n, int32_t timeout_ms) {
  pthread_mutex_lock(&nb_lock);
  uint64_t generation = nb_generation;
  if (++nb_arrived >= n) {
    nb_generation++;
    nb_arrived = 0;
    pthread_cond_broadcast(&nb_changed);
    pthread_mutex_unlock(&nb_lock);
    return 1;
  }
  struct timespec until = nb_deadline(timeout_ms);
  while (generation == nb_generation) {
    if (pthread_cond_timedwait(&nb_changed, &nb_lock, &until) == ETIMEDOUT && generation == nb_generation) {
      nb_arrived--;
      pthread_mutex_unlock(&nb_lock);
      return 0;
    }
  }
  pthread_mutex_unlock(&nb_lock);
  return 1;
}

void nb_gate_close(void) {
  pthread_mutex_lock(&nb_lock);
  nb_gate_is_open = 0;
  pthread_mutex_unlock(&nb_lock);
}

void nb_gate_open(void) {
  pthread_mutex_lock(&nb_lock);
  nb_gate_is_open = 1;
  pthread_cond_broadcast(&nb_changed);
  pthread_mutex_unlock(&nb_lock);
}

/* Returns 1 once the gate is open, 0 if it stayed closed for timeout_ms. */
int32_t nb_gate_wait(int32_t timeout_ms) {
  pthread_mutex_lock(&nb_lock);
  struct timespec until = nb_deadline(timeout_ms);
  while (!nb_gate_is_open) {
    if (pthread_cond_timedwait(&nb_changed, &nb_lock, &until) == ETIMEDOUT && !nb_gate_is_open) {
      pthread_mutex_unlock(&nb_lock);
      return 0;
    }
  }
  pthread_mutex_unlock(&nb_lock);
  return 1;
}

int32_t nb_sleep_ms(int32_t ms) {
  struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
  }
  return ms;
}

/* FNV-1a over the string's bytes, then over the buffer's: computed only after sleeping. */
uint64_t nb_hash_later(const char *s, const uint8_t *bytes, size_t n, int32_t sleep_ms) {
  nb_sleep_ms(sleep_ms);
  uint64_t h = 14695981039346656037ULL;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h = (h ^ *p) * 1099511628211ULL;
  }
  for (size_t i = 0; i < n; i++) {
    h = (h ^ bytes[i]) * 1099511628211ULL;
  }
  return h;
}

/* Sleeps, then writes value + i into out[i]. */
void nb_fill_later(uint8_t *out, size_t n, uint8_t value, int32_t sleep_ms) {
  nb_sleep_ms(sleep_ms);
  for (size_t i = 0; i < n; i++) {
    out[i] = (uint8_t)(value + i);
  }
}
