#ifndef BOARDWALK_BYTE_SCAN_H
#define BOARDWALK_BYTE_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Byte-classification loops that run over every byte of a plan file or of the searchable
/// text. Sixteen bytes a step with SSE2 on x86-64; a plain loop elsewhere. Each returns the
/// same answer either way.

/// The index of the first byte at or after `start` that is '"', '\\' or below 0x20 (or
/// `count`). Sets `*notable` to 1 if a byte of 0x7F or above comes before it.
size_t bw_scan_string(const uint8_t *bytes, size_t start, size_t count, int *notable);

/// The index of the first byte at or after `start` that is not a space, tab, LF or CR.
size_t bw_skip_whitespace(const uint8_t *bytes, size_t start, size_t count);

/// The offset of the first occurrence of `needle` in `haystack` at or after `start`, or -1.
ptrdiff_t bw_find(const uint8_t *haystack, size_t count, size_t start, const uint8_t *needle, size_t length);

/// How many bytes from the start are ASCII (below 0x80).
size_t bw_ascii_prefix(const uint8_t *bytes, size_t count);

#endif
