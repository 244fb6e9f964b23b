#include "allocator.h"

// Any C library header says which C library this is (glibc defines __GLIBC__).
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int bw_set_large_block_threshold(int bytes) {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, bytes);
#else
  (void)bytes;
  return 0;
#endif
}
