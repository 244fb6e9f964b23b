#ifndef BOARDWALK_SHA256_BLOCKS_H
#define BOARDWALK_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// Mixes `blocks` whole 64-byte blocks of `data` into the SHA-256 state `state` (H0 to H7)
/// with the processor's SHA instructions, where it has them (x86-64 with SHA-NI, checked at
/// run time). Returns 1 when it did, 0 when this processor has no such instructions and the
/// caller must do the rounds itself (the state is then untouched).
int bw_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
