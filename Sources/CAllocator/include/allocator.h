#ifndef BOARDWALK_ALLOCATOR_H
#define BOARDWALK_ALLOCATOR_H

/// Asks the C allocator to give blocks of `bytes` and more their own pages, returned to the
/// system when freed (glibc's M_MMAP_THRESHOLD, fixed so it no longer rises by itself).
/// Returns 1 when the allocator took it, 0 where there is no such setting.
int bw_set_large_block_threshold(int bytes);

#endif
