import BoardwalkCore
import Testing

@Suite("Line and column arithmetic: lines from 1, columns count characters from 1")
struct LineIndexTests {
  private func location(_ text: String, at offset: Int) -> FileLocation {
    LineIndex(bytes: Array(text.utf8)).location(ofOffset: offset)
  }

  @Test("the first byte of a file is line 1, column 1, even in an empty file")
  func start() {
    #expect(location("", at: 0) == FileLocation(line: 1, column: 1))
    #expect(location("{}", at: 0) == FileLocation(line: 1, column: 1))
  }

  @Test("a line feed starts a new line at column 1")
  func lineFeeds() {
    #expect(location("ab\ncd", at: 2) == FileLocation(line: 1, column: 3))
    #expect(location("ab\ncd", at: 3) == FileLocation(line: 2, column: 1))
    #expect(location("ab\ncd", at: 4) == FileLocation(line: 2, column: 2))
    #expect(location("\n\n\nx", at: 3) == FileLocation(line: 4, column: 1))
  }

  @Test(
    "a character after é, 日本 or an emoji is one column on, however many bytes it took",
    arguments: [
      ("e", 1, 3), ("é", 2, 3), ("日本", 6, 4), ("🙂", 4, 3), ("Crèche", 7, 8),
    ])
  func columnsCountCharacters(prefix: String, bytes: Int, column: Int) {
    #expect(Array(prefix.utf8).count == bytes)
    let text = "\"" + prefix + "x"
    #expect(location(text, at: 1 + bytes) == FileLocation(line: 1, column: column))
  }

  @Test("characters on earlier lines do not move the column")
  func earlierLinesDoNotCount() {
    let text = "日本日本\nab"
    #expect(location(text, at: 14) == FileLocation(line: 2, column: 2))
  }

  @Test("CRLF line endings: the carriage return ends the line it is on")
  func crlf() {
    let text = "ab\r\ncd\r\n"
    #expect(location(text, at: 2) == FileLocation(line: 1, column: 3))
    #expect(location(text, at: 4) == FileLocation(line: 2, column: 1))
    #expect(location(text, at: 5) == FileLocation(line: 2, column: 2))
    #expect(location(text, at: 8) == FileLocation(line: 3, column: 1))
  }

  @Test("the end of the file is just after its last character")
  func endOfFile() {
    #expect(location("ab", at: 2) == FileLocation(line: 1, column: 3))
    #expect(location("ab\n", at: 3) == FileLocation(line: 2, column: 1))
    #expect(location("a\né", at: 4) == FileLocation(line: 2, column: 2))
  }

  @Test("an offset past the end is clamped to the end")
  func pastTheEnd() {
    #expect(location("ab\ncd", at: 99) == FileLocation(line: 2, column: 3))
    #expect(location("ab", at: -4) == FileLocation(line: 1, column: 1))
  }
}
