import BoardwalkCore
import BoardwalkTestSupport
import Testing

/// Every way bytes can fail to be UTF-8, each written into a plan's title in a temporary
/// file: the error names the first bad byte, where it is, and says to save the file as UTF-8.
@Suite("Invalid UTF-8: the first bad byte, located, with the fix")
struct InvalidUTF8Tests {
  struct Form: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    var testDescription: String { name }
  }

  static let forms = [
    Form(name: "a continuation byte alone", bytes: [0x80]),
    Form(name: "an overlong two-byte slash", bytes: [0xC0, 0xAF]),
    Form(name: "an overlong three-byte slash", bytes: [0xE0, 0x80, 0xAF]),
    Form(name: "a UTF-16 surrogate", bytes: [0xED, 0xA0, 0x80]),
    Form(name: "beyond U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80]),
    Form(name: "a five-byte lead", bytes: [0xF8, 0x88, 0x80, 0x80, 0x80]),
    Form(name: "byte FF", bytes: [0xFF]),
    Form(name: "Latin-1 é", bytes: [0xE9]),
    Form(name: "a character cut off by a quote", bytes: [0xE2, 0x82]),
  ]

  /// `  "plan": { "id": "bytes", "title": "Before` is 43 characters, so the bad byte is at
  /// line 3, column 44, after a line holding an é (one character, two bytes).
  private static func plan(with bad: [UInt8]) -> [UInt8] {
    Array("{\n  \"format\": \"boardwalk-plan/1\", \"x-note\": \"é\",\n".utf8)
      + Array("  \"plan\": { \"id\": \"bytes\", \"title\": \"Before".utf8) + bad
      + Array("after\" },\n  \"areas\": [],\n  \"actions\": []\n}\n".utf8)
  }

  @Test("the first bad byte is named at its line and column", arguments: forms)
  func firstBadByte(_ form: Form) throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let outcome = PlanFileReader.read(
      path: try folder.write("bytes.json", bytes: Self.plan(with: form.bytes)))
    #expect(outcome.plan == nil)
    let only = try #require(outcome.diagnostics.first)
    #expect(outcome.diagnostics.count == 1, "\(outcome.diagnostics)")
    #expect(only.isError)
    #expect(only.location == FileLocation(line: 3, column: 44))
    #expect(only.pointer == "")
    let hex = String(form.bytes[0], radix: 16, uppercase: true)
    #expect(only.message == "byte 0x\(hex) is not valid UTF-8; save the file as UTF-8")
  }
}
