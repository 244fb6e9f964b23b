import Foundation

/// Finds byte strings inside byte strings. For needles of two bytes or more it tests 32
/// positions at a time for the needle's first, second and last bytes together (after W.
/// Muła's SIMD-friendly substring search), so a scan costs a fraction of an instruction per
/// byte; only positions where all three match are compared in full.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
  static func firstOffset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
    from start: Int = 0
  ) -> Int? {
    guard let needleBase = needle.baseAddress, !needle.isEmpty else { return start }
    guard let base = haystack.baseAddress, haystack.count - start >= needle.count else {
      return nil
    }
    let count = needle.count
    if count == 1 {
      guard let found = memchr(base + start, Int32(needleBase.pointee), haystack.count - start)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    let first = SIMD16<UInt8>(repeating: needleBase[0])
    let last = SIMD16<UInt8>(repeating: needleBase[count - 1])
    // With three bytes or more, the second byte filters too: far fewer false hits to verify.
    // (A two-byte needle has no separate second byte: its filter repeats the first.)
    let secondOffset = count >= 3 ? 1 : 0
    let second = SIMD16<UInt8>(repeating: needleBase[secondOffset])
    let lastStart = haystack.count - count  // the last position a match can start at
    var position = start
    // Thirty-two positions a step (two sixteen-byte blocks), checking lanes only on a hit.
    while position + 31 <= lastStart {
      let firstA = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
      let lastA = UnsafeRawPointer(base + position + count - 1).loadUnaligned(
        as: SIMD16<UInt8>.self)
      let firstB = UnsafeRawPointer(base + position + 16).loadUnaligned(as: SIMD16<UInt8>.self)
      let lastB = UnsafeRawPointer(base + position + 16 + count - 1).loadUnaligned(
        as: SIMD16<UInt8>.self)
      let secondA = UnsafeRawPointer(base + position + secondOffset).loadUnaligned(
        as: SIMD16<UInt8>.self)
      let secondB = UnsafeRawPointer(base + position + 16 + secondOffset).loadUnaligned(
        as: SIMD16<UInt8>.self)
      let hitsA = (firstA .== first) .& (lastA .== last) .& (secondA .== second)
      let hitsB = (firstB .== first) .& (lastB .== last) .& (secondB .== second)
      if any(hitsA .| hitsB) {
        for (offset, hits) in [(0, hitsA), (16, hitsB)] where any(hits) {
          for lane in 0..<16 where hits[lane] {
            let at = position + offset + lane
            if count == 2 || memcmp(base + at + 1, needleBase + 1, count - 2) == 0 { return at }
          }
        }
      }
      position += 32
    }
    while position <= lastStart {
      if base[position] == needleBase[0], memcmp(base + position, needleBase, count) == 0 {
        return position
      }
      position += 1
    }
    return nil
  }

  /// Whether `text` contains `needle`, comparing UTF-8 bytes.
  static func contains(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { haystack in
      needle.withUTF8 { firstOffset(of: $0, in: haystack) != nil }
    }
  }
}
