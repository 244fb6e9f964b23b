import Foundation

/// Finds byte strings inside byte strings, using the C library's `memchr` and `memcmp`.
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
    let first = Int32(needleBase.pointee)
    var position = start
    let last = haystack.count - needle.count
    while position <= last {
      guard let found = memchr(base + position, first, last - position + 1) else { return nil }
      let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + offset, needleBase, needle.count) == 0 { return offset }
      position = offset + 1
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
