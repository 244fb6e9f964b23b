/// Word-at-a-time tests over UTF-8 bytes (eight bytes per step), for the loops that look at
/// every byte of a plan file: most bytes are ordinary ASCII and can be passed over in bulk.
enum ByteScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether any of the eight bytes is below 0x20, is 0x7F, or is 0x80 or above.
  @inline(__always)
  static func hasSpecial(_ word: UInt64) -> Bool {
    // Below 0x20: the classic "has less than" test. 0x7F and above: adding one sets the top bit.
    let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
    let high = (word | (word &+ ones)) & highs
    return control | high != 0
  }

  /// Whether any of the eight bytes equals `byte`.
  @inline(__always)
  static func has(_ word: UInt64, byte: UInt8) -> Bool {
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & highs != 0
  }

  /// Whether all eight bytes are ASCII.
  @inline(__always)
  static func isASCII(_ word: UInt64) -> Bool { word & highs == 0 }

  /// The eight bytes at `index` (which must leave eight bytes).
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
  }
}
