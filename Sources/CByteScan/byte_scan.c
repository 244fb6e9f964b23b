#include "byte_scan.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define BW_SSE2 1
#endif

size_t bw_scan_string(const uint8_t *bytes, size_t start, size_t count, int *notable) {
  size_t i = start;
#ifdef BW_SSE2
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i below_space = _mm_set1_epi8(0x1F);
  const __m128i above_tilde = _mm_set1_epi8(0x7E);
  while (i + 16 <= count) {
    __m128i block = _mm_loadu_si128((const __m128i *)(bytes + i));
    // Unsigned "<= 0x1F": min(block, 0x1F) == block.
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(block, below_space), block);
    __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)), control);
    int mask = _mm_movemask_epi8(stop);
    // Unsigned "> 0x7E": max(block, 0x7E) != 0x7E.
    int high = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(block, above_tilde), above_tilde)) ^ 0xFFFF;
    if (mask != 0) {
      int at = __builtin_ctz((unsigned)mask);
      if (high & ((1 << at) - 1)) *notable = 1;
      return i + (size_t)at;
    }
    if (high) *notable = 1;
    i += 16;
  }
#endif
  for (; i < count; i++) {
    uint8_t byte = bytes[i];
    if (byte == '"' || byte == '\\' || byte < 0x20) return i;
    if (byte >= 0x7F) *notable = 1;
  }
  return count;
}

size_t bw_skip_whitespace(const uint8_t *bytes, size_t start, size_t count) {
  size_t i = start;
#ifdef BW_SSE2
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  while (i + 16 <= count) {
    __m128i block = _mm_loadu_si128((const __m128i *)(bytes + i));
    __m128i white = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(block, space), _mm_cmpeq_epi8(block, tab)),
      _mm_or_si128(_mm_cmpeq_epi8(block, lf), _mm_cmpeq_epi8(block, cr)));
    int mask = _mm_movemask_epi8(white) ^ 0xFFFF;
    if (mask != 0) return i + (size_t)__builtin_ctz((unsigned)mask);
    i += 16;
  }
#endif
  for (; i < count; i++) {
    uint8_t byte = bytes[i];
    if (byte != ' ' && byte != '\t' && byte != '\n' && byte != '\r') return i;
  }
  return count;
}

ptrdiff_t bw_find(const uint8_t *haystack, size_t count, size_t start, const uint8_t *needle, size_t length) {
  if (length == 0) return (ptrdiff_t)start;
  if (count < length || start > count - length) return -1;
  size_t last_start = count - length;
  if (length == 1) {
    const void *found = memchr(haystack + start, needle[0], count - start);
    return found ? (const uint8_t *)found - haystack : -1;
  }
  size_t i = start;
#ifdef BW_SSE2
  // Test sixteen positions a step for the needle's first, second and last bytes together
  // (after W. Mula's SIMD-friendly substring search); verify only where all three match.
  size_t second = length >= 3 ? 1 : 0;
  const __m128i first = _mm_set1_epi8((char)needle[0]);
  const __m128i middle = _mm_set1_epi8((char)needle[second]);
  const __m128i final = _mm_set1_epi8((char)needle[length - 1]);
  while (i + 15 <= last_start) {
    __m128i a = _mm_loadu_si128((const __m128i *)(haystack + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(haystack + i + second));
    __m128i c = _mm_loadu_si128((const __m128i *)(haystack + i + length - 1));
    int mask = _mm_movemask_epi8(
      _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, middle)), _mm_cmpeq_epi8(c, final)));
    while (mask != 0) {
      int lane = __builtin_ctz((unsigned)mask);
      if (length <= 3 || memcmp(haystack + i + lane + 1, needle + 1, length - 2) == 0) return (ptrdiff_t)(i + lane);
      mask &= mask - 1;
    }
    i += 16;
  }
#endif
  for (; i <= last_start; i++) {
    if (haystack[i] == needle[0] && memcmp(haystack + i, needle, length) == 0) return (ptrdiff_t)i;
  }
  return -1;
}

size_t bw_ascii_prefix(const uint8_t *bytes, size_t count) {
  size_t i = 0;
#ifdef BW_SSE2
  while (i + 16 <= count) {
    int mask = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(bytes + i)));
    if (mask != 0) return i + (size_t)__builtin_ctz((unsigned)mask);
    i += 16;
  }
#endif
  while (i < count && bytes[i] < 0x80) i++;
  return i;
}
