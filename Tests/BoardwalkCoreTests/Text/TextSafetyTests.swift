import Testing

@testable import BoardwalkCore

@Suite("TextSafety: nothing in a plan can act on the terminal")
struct TextSafetyTests {
  @Test(
    "unsafe characters become visible placeholders",
    arguments: [
      ("a\u{1B}[31mb", "a\u{241B}[31mb"),  // ESC → ␛
      ("\u{1B}]0;title\u{7}", "\u{241B}]0;title\u{2407}"),  // OSC retitle, BEL → ␇
      ("x\u{0}y", "x\u{2400}y"),  // NUL → ␀
      ("del\u{7F}", "del\u{2421}"),  // DEL → ␡
      ("c1\u{9B}31m", "c1\u{FFFD}31m"),  // CSI
      ("c1\u{85}", "c1\u{FFFD}"),  // NEL
      ("\u{202E}evil", "\u{FFFD}evil"),  // right-to-left override
      ("\u{202A}\u{202B}\u{202C}\u{202D}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
      ("\u{2066}iso\u{2069}", "\u{FFFD}iso\u{FFFD}"),  // isolates
      ("\u{2067}\u{2068}", "\u{FFFD}\u{FFFD}"),
    ])
  func sanitized(text: String, expected: String) {
    #expect(TextSafety.sanitized(text) == expected)
  }

  @Test(
    "ordinary text is left as it is",
    arguments: [
      "", "Head of SEND", "café e\u{301}", "漢字", "👨‍👩‍👧‍👦 🇬🇧", "en–dash “quotes” …", "\u{A0}nbsp",
    ])
  func safe(text: String) {
    #expect(TextSafety.sanitized(text) == text)
    #expect(TextSafety.firstUnsafeScalar(in: text) == nil)
  }

  @Test("line breaks and tabs are kept in prose and shown when not allowed")
  func lineBreaks() {
    #expect(TextSafety.sanitized("a\tb\nc\r\nd") == "a\tb\nc\r\nd")
    #expect(
      TextSafety.sanitized("a\tb\nc\rd", allowingLineBreaks: false)
        == "a\u{2409}b\u{240A}c\u{240D}d")
  }

  @Test("the first unsafe scalar is found and named")
  func named() throws {
    let escape = try #require(TextSafety.firstUnsafeScalar(in: "ok\u{1B}[2J"))
    #expect(escape == "\u{1B}")
    #expect(TextSafety.name(of: escape) == "U+001B (escape)")
    #expect(TextSafety.name(of: "\u{202E}") == "U+202E (bidirectional control)")
    #expect(TextSafety.name(of: "\u{9B}") == "U+009B")
  }
}
