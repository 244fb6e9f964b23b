import CByteScan

/// Finds the first byte of a buffer that is not well-formed UTF-8.
enum UTF8Check {
  /// The offset of the first invalid byte, or `nil` when the whole buffer is valid UTF-8.
  static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      // ASCII runs are the common case: pass over them sixteen bytes a step.
      index += bw_ascii_prefix(bytes.baseAddress.unsafelyUnwrapped + index, count - index)
      guard index < count else { return nil }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard let form = sequence(startingWith: lead), index + form.length <= count else {
        return index
      }
      let second = bytes[index + 1]
      guard second >= form.lower, second <= form.upper else { return index }
      for continuation in 2..<form.length where bytes[index + continuation] & 0xC0 != 0x80 {
        return index
      }
      index += form.length
    }
    return nil
  }

  /// Whether the bytes from `offset` to the end of the buffer are a proper beginning of a
  /// character: the buffer ends in the middle of it (a file cut short).
  static func endsInsideCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset < bytes.count, let form = sequence(startingWith: bytes[offset]),
      offset + form.length > bytes.count
    else { return false }
    for index in (offset + 1)..<bytes.count {
      let byte = bytes[index]
      let fits =
        index == offset + 1 ? byte >= form.lower && byte <= form.upper : byte & 0xC0 == 0x80
      if !fits { return false }
    }
    return true
  }

  /// The length of the sequence a lead byte starts and the range its second byte must be in.
  private static func sequence(startingWith lead: UInt8) -> (
    length: Int, lower: UInt8, upper: UInt8
  )? {
    switch lead {
    case 0xC2...0xDF: (2, 0x80, 0xBF)
    case 0xE0: (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
    case 0xED: (3, 0x80, 0x9F)
    case 0xF0: (4, 0x90, 0xBF)
    case 0xF1...0xF3: (4, 0x80, 0xBF)
    case 0xF4: (4, 0x80, 0x8F)
    default: nil
    }
  }
}
