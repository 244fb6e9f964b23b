import BoardwalkCore
import BoardwalkMeeting
import Testing

/// The SHA-256 the corpus journals fingerprint plan files with (BoardwalkMeeting's, as
/// `boardwalk` itself uses), against the standard's test vectors.
@Suite("The tests' SHA-256 gives the standard's digests")
struct SHA256DigestTests {
  @Test(
    "FIPS 180-4 test vectors: empty, abc, and the two-block 448-bit message",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ])
  func vectors(message: String, digest: String) {
    #expect(SHA256.hex(of: Array(message.utf8)) == digest)
  }
}
