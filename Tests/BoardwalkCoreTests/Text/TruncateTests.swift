import Testing

@testable import BoardwalkCore

@Suite("DisplayWidth.truncate: never wider than asked, ending with …")
struct TruncateTests {
  @Test(
    "exact results",
    arguments: [
      ("abcdef", 6, "abcdef"),
      ("abcdef", 10, "abcdef"),
      ("abcdef", 5, "abcd…"),
      ("abcdef", 1, "…"),
      ("abcdef", 0, ""),
      ("漢字漢字", 5, "漢字…"),
      ("漢字漢字", 4, "漢…"),
      ("漢字漢字", 2, "…"),
      ("cafe\u{301} au lait", 5, "cafe\u{301}…"),
      ("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 3, "👨‍👩‍👧‍👦…"),
    ])
  func truncated(text: String, width: Int, expected: String) {
    #expect(DisplayWidth.truncate(text, toWidth: width) == expected)
  }

  @Test("every width from 1 up: within the width, and marked when cut")
  func neverExceeds() {
    let texts = [
      "Head of SEND and Inclusion", "漢字かな混じり文", "a漢b字c", "🇬🇧🇫🇷👍🏽1️⃣ flags",
      "e\u{301}e\u{301}e\u{301}e\u{301}",
    ]
    for text in texts {
      let full = DisplayWidth.of(text)
      for width in 1...(full + 2) {
        let cut = DisplayWidth.truncate(text, toWidth: width)
        #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width): \(cut)")
        if width < full {
          #expect(cut.last == "…", "\(text) at \(width): \(cut)")
          #expect(text.hasPrefix(cut.dropLast()), "\(text) at \(width): \(cut)")
        } else {
          #expect(cut == text)
        }
      }
    }
  }
}

@Suite("DisplayWidth.truncateMiddle: the start and the end, … between")
struct TruncateMiddleTests {
  @Test(
    "exact results",
    arguments: [
      ("Assistant Director Learning and Skills", 20, "Assistant…and Skills"),
      ("Assistant Director Early Help", 20, "Assistant…Early Help"),
      ("Head of SEND", 20, "Head of SEND"),
      ("abcdef", 5, "ab…ef"),
      ("abcdef", 2, "a…"),
      ("漢字漢字漢字", 7, "漢字…字"),
    ])
  func truncated(text: String, width: Int, expected: String) {
    #expect(DisplayWidth.truncateMiddle(text, toWidth: width) == expected)
  }

  @Test("every width from 1 up: within the width, keeping a start and an end")
  func neverExceeds() {
    for text in ["Assistant Director Learning and Skills", "a漢b字c漢d", "🇬🇧🇫🇷👍🏽1️⃣ flags"] {
      let full = DisplayWidth.of(text)
      for width in 1...(full + 2) {
        let cut = DisplayWidth.truncateMiddle(text, toWidth: width)
        #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width): \(cut)")
        if width >= full { #expect(cut == text) }
        if width > 2 && width < full {
          let parts = cut.split(separator: "…", omittingEmptySubsequences: false)
          #expect(parts.count == 2 && text.hasPrefix(parts[0]) && text.hasSuffix(parts[1]))
        }
      }
    }
  }
}
