import Foundation

/// Strings by their UTF-8 bytes, so a name that repeats across thousands of actions (an
/// owner, a source) is made into a string once and shared.
struct InternTable {
  private var buckets: [UInt64: [(bytes: [UInt8], string: String)]] = [:]

  /// The string with these bytes: the one made before, or a new one.
  mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    if let candidates = buckets[hash] {
      for candidate in candidates where candidate.bytes.count == bytes.count {
        let same = candidate.bytes.withUnsafeBufferPointer { stored in
          bytes.isEmpty
            || memcmp(
              stored.baseAddress.unsafelyUnwrapped, bytes.baseAddress.unsafelyUnwrapped, bytes.count
            ) == 0
        }
        if same { return candidate.string }
      }
    }
    let made = String(decoding: bytes, as: UTF8.self)
    buckets[hash, default: []].append((Array(bytes), made))
    return made
  }
}
