import CDigest

/// SHA-256 (FIPS 180-4), to fingerprint plan files so `apply` can tell when one changed
/// after a meeting started. Whole blocks go through the processor's SHA instructions where
/// it has them (`CDigest`, about four times faster), else through the rounds written here;
/// both give the same digest, which the tests check on every length around a block.
public enum SHA256 {
  /// The digest of `bytes` as 64 lower-case hex digits.
  ///
  /// Bytes that lie together in memory (an array, `Data`) are read where they are, not
  /// copied first: plan files of tens of megabytes are fingerprinted this way.
  public static func hex(of bytes: some Collection<UInt8>) -> String {
    let digest: [UInt8] =
      bytes.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) in
        Self.digest(ofBytes: bytes)
      } ?? Self.digest(of: Array(bytes))
    return digest.map { byte in
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }.joined()
  }

  /// The 32-byte digest of `message`.
  public static func digest(of message: [UInt8]) -> [UInt8] {
    message.withUnsafeBufferPointer { digest(ofBytes: $0) }
  }

  /// The 32-byte digest of `message` computed by the rounds written here, never by the
  /// processor's instructions: what the tests compare the instructions with.
  static func portableDigest(of message: [UInt8]) -> [UInt8] {
    message.withUnsafeBufferPointer { digest(ofBytes: $0, usingInstructions: false) }
  }

  /// The 32-byte digest of the bytes in `message`.
  ///
  /// Whole 64-byte blocks are read where they lie in the message; only the last one or two
  /// are copied, to pad them. No allocation per block: plan files of tens of megabytes are
  /// fingerprinted whenever a meeting opens and minutes or apply start.
  private static func digest(
    ofBytes message: UnsafeBufferPointer<UInt8>, usingInstructions: Bool = true
  ) -> [UInt8] {
    var state: State = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
      0x5be0_cd19
    )
    let whole = message.count / 64 * 64
    // The whole blocks by the processor's instructions, when it has them.
    var done = 0
    if usingInstructions, whole > 0, let base = message.baseAddress {
      var words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
      if bw_sha256_blocks(&words, base, whole / 64) == 1 {
        state = (words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7])
        done = whole
      }
    }
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
      roundConstants.withUnsafeBufferPointer { constants in
        var offset = done
        while offset < whole {
          compress(
            UnsafeBufferPointer(rebasing: message[offset..<(offset + 64)]), &state, words,
            constants)
          offset += 64
        }
        // The rest, a 1 bit, zeros, and the length in bits: one block, or two.
        var tail = Array(message[whole...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bits = UInt64(message.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
          tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
        }
        tail.withUnsafeBufferPointer { bytes in
          for offset in stride(from: 0, to: bytes.count, by: 64) {
            compress(
              UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 64)]), &state, words,
              constants)
          }
        }
      }
    }
    let hash = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    return hash.flatMap { word in
      (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) }
    }
  }

  /// The eight working words, a to h.
  private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  /// Mixes one 64-byte block into `state`; `words` is room for the message schedule, and
  /// `constants` are the 64 round constants.
  ///
  /// The rounds are written eight at a time, each naming the working words in the order that
  /// round sees them, so that no round moves seven words along to the next: a to h stay put.
  @inline(__always)
  private static func compress(
    _ block: UnsafeBufferPointer<UInt8>, _ state: inout State,
    _ words: UnsafeMutableBufferPointer<UInt32>, _ constants: UnsafeBufferPointer<UInt32>
  ) {
    guard let base = UnsafeRawPointer(block.baseAddress), let w = words.baseAddress,
      let k = constants.baseAddress
    else { return }
    for index in 0..<16 {
      w[index] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }
    for index in 16..<64 {
      let x = w[index - 15]
      let y = w[index - 2]
      let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >> 3)
      let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >> 10)
      w[index] = w[index - 16] &+ s0 &+ w[index - 7] &+ s1
    }
    var (a, b, c, d, e, f, g, h) = state
    var index = 0
    while index < 64 {
      round(a, b, c, &d, e, f, g, &h, k[index] &+ w[index])
      round(h, a, b, &c, d, e, f, &g, k[index + 1] &+ w[index + 1])
      round(g, h, a, &b, c, d, e, &f, k[index + 2] &+ w[index + 2])
      round(f, g, h, &a, b, c, d, &e, k[index + 3] &+ w[index + 3])
      round(e, f, g, &h, a, b, c, &d, k[index + 4] &+ w[index + 4])
      round(d, e, f, &g, h, a, b, &c, k[index + 5] &+ w[index + 5])
      round(c, d, e, &f, g, h, a, &b, k[index + 6] &+ w[index + 6])
      round(b, c, d, &e, f, g, h, &a, k[index + 7] &+ w[index + 7])
      index += 8
    }
    state = (
      state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f,
      state.6 &+ g, state.7 &+ h
    )
  }

  /// One round, on the working words as it sees them (`a` to `h`), with the round's
  /// constant and schedule word added together (`kw`): the new `e` is written over `d`, the
  /// new `a` over `h`, and the next round names every word one place along.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
    let choice = (e & f) ^ (~e & g)
    let temp1 = h &+ s1 &+ choice &+ kw
    let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
    let majority = (a & b) ^ (a & c) ^ (b & c)
    d = d &+ temp1
    h = temp1 &+ s0 &+ majority
  }

  @inline(__always)
  private static func rotate(_ value: UInt32, _ amount: UInt32) -> UInt32 {
    (value >> amount) | (value << (32 - amount))
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7,
    0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc,
    0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351,
    0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e,
    0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585,
    0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f,
    0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}
