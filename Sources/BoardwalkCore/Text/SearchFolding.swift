import Foundation

/// How text is compared when searching and matching owners: lower-cased and in Unicode
/// normal form C, so `Café`, `café` and `cafe` + combining acute all match `café`. The one
/// place that decides it, for the haystack and the needle alike.
///
/// Most plan text is ASCII plus typographic punctuation (’ “ ” – —), which folds byte by
/// byte; only other non-ASCII text takes the full Unicode path.
public enum SearchFolding {
  public static func fold(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the folded UTF-8 of `text` to `buffer`.
  public static func append(_ text: String, to buffer: inout [UInt8]) {
    var text = text
    text.withUTF8 { append(utf8: $0, to: &buffer) }
  }

  /// Appends the folded form of UTF-8 bytes to `buffer`.
  static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
    guard isSimple(bytes) else {
      let text = String(decoding: bytes, as: UTF8.self)
      buffer.append(contentsOf: text.lowercased().precomposedStringWithCanonicalMapping.utf8)
      return
    }
    let start = buffer.count
    buffer.append(contentsOf: bytes)
    buffer.withUnsafeMutableBufferPointer { all in
      for index in start..<all.count {
        let byte = all[index]
        all[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
    }
  }

  /// ASCII and U+2010...U+203F (dashes, quotes, bullets, ellipsis): no case, already in
  /// normal form C.
  private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      if index + 8 <= count, ByteScan.isASCII(ByteScan.word(bytes, at: index)) {
        index += 8
        continue
      }
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
      } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90
      {
        index += 3
      } else {
        return false
      }
    }
    return true
  }
}
