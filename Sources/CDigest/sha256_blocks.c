#include "sha256_blocks.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>

/// The 64 round constants of FIPS 180-4, four to a step.
static const uint32_t bw_sha256_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/// Whether this processor has the SHA extensions and SSSE3 and SSE4.1 beside them: asked
/// once, with CPUID.
static int bw_sha_supported(void) {
  static int answer = -1;
  int known = __atomic_load_n(&answer, __ATOMIC_RELAXED);
  if (known >= 0) return known;
  unsigned int a, b, c, d;
  int result = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 9)) && (c & (1u << 19))) {
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29))) result = 1;
  }
  __atomic_store_n(&answer, result, __ATOMIC_RELAXED);
  return result;
}

__attribute__((target("sha,ssse3,sse4.1")))
static void bw_sha256_ni(uint32_t state[8], const uint8_t *data, size_t blocks) {
  const __m128i order = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  // The state as the instructions want it: ABEF and CDGH.
  __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);
  __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);
  while (blocks--) {
    const __m128i abef = state0;
    const __m128i cdgh = state1;
    __m128i w[4];
    // Sixteen steps of four rounds; w holds the message schedule, four words a register.
    for (int step = 0; step < 16; step++) {
      if (step < 4) {
        w[step] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * step)), order);
      }
      __m128i message =
        _mm_add_epi32(w[step & 3], _mm_loadu_si128((const __m128i *)&bw_sha256_k[4 * step]));
      state1 = _mm_sha256rnds2_epu32(state1, state0, message);
      if (step >= 3 && step <= 14) {
        __m128i next = _mm_add_epi32(w[(step + 1) & 3], _mm_alignr_epi8(w[step & 3], w[(step - 1) & 3], 4));
        w[(step + 1) & 3] = _mm_sha256msg2_epu32(next, w[step & 3]);
      }
      message = _mm_shuffle_epi32(message, 0x0E);
      state0 = _mm_sha256rnds2_epu32(state0, state1, message);
      if (step >= 1 && step <= 12) {
        w[(step - 1) & 3] = _mm_sha256msg1_epu32(w[(step - 1) & 3], w[step & 3]);
      }
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
    data += 64;
  }
  // Back to A to H.
  tmp = _mm_shuffle_epi32(state0, 0x1B);
  state1 = _mm_shuffle_epi32(state1, 0xB1);
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);
  state1 = _mm_alignr_epi8(state1, tmp, 8);
  _mm_storeu_si128((__m128i *)&state[0], state0);
  _mm_storeu_si128((__m128i *)&state[4], state1);
}

int bw_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
  if (!bw_sha_supported()) return 0;
  bw_sha256_ni(state, data, blocks);
  return 1;
}

#else

int bw_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
  (void)state;
  (void)data;
  (void)blocks;
  return 0;
}

#endif
