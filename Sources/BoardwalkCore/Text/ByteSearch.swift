import CByteScan

/// Finds byte strings inside byte strings (with SSE2 where there is SSE2: see `CByteScan`).
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
    let found = bw_find(base, haystack.count, start, needleBase, needle.count)
    return found < 0 ? nil : found
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
