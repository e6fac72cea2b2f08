/*
 * Fixtures for optional symbols (prefix opt_): a function and a global that exist. The optional
 * symbols the tests declare as absent (opt_absent, opt_absent_global) are simply not defined here.
 */
#include <stdint.h>

int32_t opt_present(int32_t x) { return x * 3; }
int32_t opt_present_global = 5;
