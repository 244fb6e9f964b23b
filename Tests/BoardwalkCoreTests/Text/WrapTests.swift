import Testing

@testable import BoardwalkCore

@Suite("DisplayWidth.wrap: words into lines")
struct WrapTests {
  @Test(
    "exact lines",
    arguments: [
      ("the quick brown fox", 10, ["the quick", "brown fox"]),
      ("the quick brown fox", 9, ["the quick", "brown fox"]),
      ("the quick brown fox", 8, ["the", "quick", "brown", "fox"]),
      ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
      ("abcdefghij k", 4, ["abcd", "efgh", "ij k"]),
      ("a\nb", 10, ["a", "b"]),
      ("a\n\nb", 10, ["a", "", "b"]),
      ("漢字漢字漢", 4, ["漢字", "漢字", "漢"]),
      ("漢字 漢字", 5, ["漢字", "漢字"]),
      ("  spaced   out  ", 20, ["spaced out"]),
      ("", 5, [""]),
    ])
  func wrapped(text: String, width: Int, lines: [String]) {
    #expect(DisplayWidth.wrap(text, toWidth: width) == lines)
  }

  @Test("no line is wider than the width when every character fits")
  func withinWidth() {
    let text = "Partner wide training on measuring impact, 漢字かな混じり文, and café meetings 👨‍👩‍👧‍👦"
    for width in 2...30 {
      for line in DisplayWidth.wrap(text, toWidth: width) {
        #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
      }
    }
  }

  @Test("a zero width gives no lines")
  func zero() {
    #expect(DisplayWidth.wrap("abc", toWidth: 0).isEmpty)
  }
}
