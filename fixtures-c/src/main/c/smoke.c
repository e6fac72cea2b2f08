#include <stdint.h>
int32_t smoke_add_i32(int32_t a, int32_t b) { return a + b; }
