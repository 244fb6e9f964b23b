import Testing

@testable import BoardwalkCore

@Suite("DisplayWidth: terminal cells")
struct DisplayWidthTests {
  @Test(
    "cells per text",
    arguments: [
      ("", 0),
      ("abc", 3),
      ("Head of SEND", 12),
      ("é", 1),  // U+00E9, precomposed
      ("e\u{301}", 1),  // e + combining acute
      ("café", 4),
      ("cafe\u{301}", 4),
      ("漢字", 4),  // CJK: two cells each
      ("ｱ", 1),  // halfwidth katakana
      ("Ａ", 2),  // fullwidth A
      ("한국", 4),
      ("😀", 2),
      ("👍🏽", 2),  // with a skin tone
      ("👨‍👩‍👧‍👦", 2),  // a ZWJ family
      ("🇬🇧", 2),  // a flag: two regional indicators
      ("1️⃣", 2),  // keycap: 1, VS16, combining enclosing keycap
      ("#️⃣", 2),
      ("❤️", 2),  // text-default heart with VS16
      ("a😀b", 4),
      ("\u{1B}", 0),
      ("\u{9B}", 0),
      ("a\u{200B}b", 2),  // zero width space
      ("a\r\nb", 2),  // CR LF is one character, and a control
    ])
  func width(text: String, cells: Int) {
    #expect(DisplayWidth.of(text) == cells)
  }

  @Test("a character's width is the same alone and in a string")
  func characterAndString() {
    for text in ["é", "e\u{301}", "\r\n", "漢", "👨‍👩‍👧‍👦", "🇬🇧", "1️⃣", "a"] {
      let character = Character(text)
      #expect(DisplayWidth.of(character) == DisplayWidth.of(text), "\(text)")
    }
  }

  @Test("padding fits text to a width")
  func padding() {
    #expect(DisplayWidth.fit("ab", toWidth: 4) == "ab  ")
    #expect(DisplayWidth.fit("漢字", toWidth: 5) == "漢字 ")
    #expect(DisplayWidth.padLeft("7", toWidth: 3) == "  7")
    #expect(DisplayWidth.padLeft("1234", toWidth: 3) == "1234")
  }
}
