import Foundation
import Testing

@testable import BoardwalkCore

@Suite("JSONText: string literals any JSON reader reads back")
struct JSONTextTests {
  static let tricky = [
    "", "plain", "say \"hi\"", "back\\slash", "line\nbreak", "cr\rlf\r\n", "tab\there",
    "nul\u{0}byte", "escape\u{1B}[31m", "del\u{7F}", "c1\u{85}\u{9B}", "separators\u{2028}\u{2029}",
    "café e\u{301}", "漢字", "👨‍👩‍👧‍👦 🇬🇧", "slash / and </script>", "\u{202E}rtl",
  ]

  @Test("round-trips through JSONSerialization", arguments: tricky)
  func roundTrip(value: String) throws {
    let json = "[" + JSONText.quoted(value) + "]"
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
    #expect(decoded == [value])
  }

  @Test("an array round-trips too")
  func array() throws {
    let json = JSONText.array(Self.tricky)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
    #expect(decoded == Self.tricky)
    #expect(JSONText.array([]) == "[]")
  }

  @Test(
    "escapes as RFC 8259 asks, and control characters as \\u",
    arguments: [
      ("say \"hi\"", #""say \"hi\"""#),
      ("a\\b", #""a\\b""#),
      ("a\nb\rc\td", #""a\nb\rc\td""#),
      ("\u{1B}", #""\u001b""#),
      ("\u{0}", #""\u0000""#),
      ("\u{7F}\u{85}", #""\u007f\u0085""#),
      ("\u{2028}", #""\u2028""#),
      ("\u{202E}rtl\u{2066}", #""\u202ertl\u2066""#),
      ("é", "\"é\""),
    ])
  func escapes(value: String, literal: String) {
    #expect(JSONText.quoted(value) == literal)
  }

  @Test("the output holds nothing that could act on a terminal, bidirectional controls included")
  func noRawControls() {
    for value in Self.tricky {
      let literal = JSONText.quoted(value)
      #expect(TextSafety.firstUnsafeScalar(in: literal, allowingLineBreaks: false) == nil)
    }
  }

  @Test("nil is null")
  func null() {
    #expect(JSONText.quoted(nil as String?) == "null")
    #expect(JSONText.quoted("x" as String?) == "\"x\"")
  }
}
