import Testing

@testable import BoardwalkCore

@Suite("Byte search finds exactly what a plain search finds")
struct ByteSearchTests {
  /// The first offset of `needle` in `haystack` at or after `start`, found the slow way.
  static func naive(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty else { return start }
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    for offset in start...(haystack.count - needle.count)
    where Array(haystack[offset..<(offset + needle.count)]) == needle {
      return offset
    }
    return nil
  }

  static func search(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    needle.withUnsafeBufferPointer { n in
      haystack.withUnsafeBufferPointer { h in ByteSearch.firstOffset(of: n, in: h, from: start) }
    }
  }

  @Test("random text over a small alphabet, needles of every length from 1 to 9", arguments: 1...9)
  func randomText(length: Int) {
    var state: UInt64 = 0x9E37_79B9 &* UInt64(length)
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let alphabet = Array("abcab c\u{00e9}".utf8)
    for _ in 0..<200 {
      let haystack = (0..<Int(next() % 120)).map { _ in
        alphabet[Int(next() % UInt64(alphabet.count))]
      }
      let needle = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
      let start = haystack.isEmpty ? 0 : Int(next() % UInt64(haystack.count))
      #expect(
        Self.search(needle, in: haystack, from: start)
          == Self.naive(needle, in: haystack, from: start),
        "needle \(needle) in \(haystack) from \(start)")
    }
  }

  @Test(
    "a match is found wherever it falls across sixteen-byte blocks, to the last byte",
    arguments: [2, 3, 4, 17])
  func everyPosition(length: Int) {
    let needle = Array(repeating: UInt8(ascii: "x"), count: length - 1) + [UInt8(ascii: "y")]
    for position in 0..<48 {
      var haystack = Array(repeating: UInt8(ascii: "x"), count: 48 + length)
      haystack.replaceSubrange(position..<(position + length), with: needle)
      haystack.removeLast(48 - position)  // the match ends the haystack at every position
      #expect(Self.search(needle, in: haystack, from: 0) == position, "at \(position)")
    }
  }

  @Test("no match, an empty haystack and a needle longer than the haystack are nothing found")
  func nothing() {
    #expect(
      Self.search(
        Array("zz".utf8), in: Array(repeating: UInt8(ascii: "z") ^ 1, count: 100), from: 0) == nil)
    #expect(Self.search(Array("a".utf8), in: [], from: 0) == nil)
    #expect(Self.search(Array("abc".utf8), in: Array("ab".utf8), from: 0) == nil)
  }
}
