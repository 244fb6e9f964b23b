import Testing

@testable import BoardwalkCore

@Suite("SHA-256 gives the standard digests")
struct SHA256Tests {
  /// FIPS 180-2's examples and the NIST test vectors.
  static let vectors: [(String, String)] = [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ]

  @Test("the standard test vectors", arguments: vectors)
  func standardVectors(message: String, digest: String) {
    #expect(SHA256.hex(of: Array(message.utf8)) == digest)
  }

  @Test("one million times 'a'")
  func millionA() {
    #expect(
      SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the 56-byte padding boundary and the 64-byte block, digests from an
  /// independent implementation (Python's hashlib).
  @Test(
    "messages on either side of the padding and block boundaries",
    arguments: [
      (55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
      (56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"),
      (63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"),
      (64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"),
      (65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"),
    ])
  func boundaries(length: Int, digest: String) {
    #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "x"), count: length)) == digest)
  }

  @Test("the digest is 32 bytes, written as 64 lower-case hex digits")
  func digestForm() {
    #expect(SHA256.digest(of: Array("abc".utf8)).count == 32)
    #expect(SHA256.digest(of: Array("abc".utf8)).prefix(4) == [0xba, 0x78, 0x16, 0xbf])
  }

  /// Every length from 0 to 300 bytes and some long ones, of bytes that are not all alike:
  /// the processor's instructions (where this machine has them) and the rounds written in
  /// Swift give the same digest, so neither path can drift from the other unseen.
  @Test("the processor's SHA instructions and the portable rounds agree on every length")
  func instructionsAgree() {
    var generator = SystemRandomNumberGenerator()
    let lengths = Array(0...300) + [1_000, 4_096, 65_536, 100_003]
    for length in lengths {
      let message = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      #expect(
        SHA256.digest(of: message) == SHA256.portableDigest(of: message),
        "length \(length)")
    }
  }
}
