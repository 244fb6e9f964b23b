import Testing

@testable import BoardwalkCore

/// A title of one 1,000,000-character word once took half a minute to reach the screen: each
/// line broken off the word rescanned and copied the rest of it. These tests count the
/// characters wrapping looks at instead of timing it.
@Suite("Wrapping and cutting look at each character a bounded number of times")
struct WrapWorkTests {
  static let word = String(repeating: "abcdefghij", count: 20_000)  // 200,000 characters

  @Test("a 200,000-character word: each character looked at once, the lines exact")
  func longWord() {
    var examined = 0
    let lines = DisplayWidth.wrap(
      Self.word, toWidth: 80, maximumLines: .max, examined: &examined)
    #expect(examined <= Self.word.count)
    #expect(lines.count == 2500)
    #expect(lines.allSatisfy { $0.count == 80 })
    #expect(lines.joined() == Self.word)
  }

  @Test("words before and after a long word keep their places")
  func aroundALongWord() {
    let text = "before " + String(repeating: "x", count: 25) + " after it"
    #expect(
      DisplayWidth.wrap(text, toWidth: 10)
        == ["before", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx", "after it"])
    #expect(
      DisplayWidth.wrap("ab " + String(repeating: "y", count: 12), toWidth: 10)
        == ["ab", "yyyyyyyyyy", "yy"])
  }

  @Test("asked for 20 lines of a long text, wrapping reads only as far as those lines")
  func stopsAtTheLinesNeeded() {
    var examined = 0
    let lines = DisplayWidth.wrap(Self.word, toWidth: 80, maximumLines: 20, examined: &examined)
    #expect(lines.count == 20)
    #expect(examined <= 21 * 80)
    var wordsExamined = 0
    let prose = String(repeating: "a board walks the plan ", count: 50_000)
    let proseLines = DisplayWidth.wrap(
      prose, toWidth: 40, maximumLines: 20, examined: &wordsExamined)
    #expect(proseLines.count == 20)
    #expect(wordsExamined <= 21 * 41)
  }

  @Test("cutting a 200,000-character text to a cell's width reads only that far")
  func truncateStopsEarly() {
    var read = 0
    let counted = Self.word.lazy.map { character -> Character in
      read += 1
      return character
    }
    #expect(
      DisplayWidth.truncate(characters: counted, toWidth: 30) == String(Self.word.prefix(29)) + "…")
    #expect(read <= 31)
    #expect(DisplayWidth.exceeds(Self.word, width: 30))
    #expect(!DisplayWidth.exceeds("short", width: 30))
    #expect(DisplayWidth.truncateMiddle(Self.word + "END", toWidth: 21) == "abcdefghij…defghijEND")
  }
}
