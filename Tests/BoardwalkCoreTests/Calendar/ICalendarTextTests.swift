import Testing

@testable import BoardwalkCore

/// RFC 5545's text rules: TEXT values escaped (3.3.11) and content lines folded (3.1).
@Suite("iCalendar text: escaping and folding")
struct ICalendarTextTests {
  @Test(
    "backslash, semicolon and comma are escaped; every line break is \\n",
    arguments: [
      (#"C:\plans"#, #"C:\\plans"#),
      ("owners; leads, and others", #"owners\; leads\, and others"#),
      ("one\ntwo", #"one\ntwo"#),
      ("one\r\ntwo", #"one\ntwo"#),
      ("one\rtwo", #"one\ntwo"#),
      ("one\n\ntwo", #"one\n\ntwo"#),
      ("colon: and \"quotes\"", "colon: and \"quotes\""),
      ("tab\tkept", "tab\tkept"),
      ("escape \u{1B}[31m and bell \u{07}", "escape ␛[31m and bell ␇"),
    ])
  func escaping(_ text: String, _ escaped: String) {
    #expect(ICalendarText.escaped(text) == escaped)
  }

  /// Unfolding as RFC 5545 says: every CRLF followed by one space is removed.
  static func unfolded(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).replacing("\r\n ", with: "")
  }

  /// The lines of folded bytes, without their CRLF.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var line: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
        lines.append(line)
        line = []
        index += 2
      } else {
        line.append(bytes[index])
        index += 1
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  @Test(
    "a title of 300 characters with non-ASCII letters folds to lines of at most 75 octets, each whole UTF-8, and unfolds back"
  )
  func foldLongTitle() throws {
    let title = String(
      repeating: "Zoë Ibáñez’s Ørsted plan für Łódź — 日本語 🇬🇧 ", count: 8
    ).prefix(300)
    #expect(title.count == 300)
    let line = "SUMMARY:" + ICalendarText.escaped(String(title))
    let folded = ICalendarText.folded(line)
    let lines = Self.lines(folded)
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { $0.count <= 75 }, "\(lines.map(\.count))")
    #expect(lines.dropFirst().allSatisfy { $0.first == 0x20 })
    // Every line is whole UTF-8 on its own: no character was split across a fold.
    for part in lines {
      #expect(String(validating: part, as: UTF8.self) != nil, "\(part)")
    }
    #expect(folded.suffix(2) == [0x0D, 0x0A])
    #expect(Self.unfolded(folded) == line + "\r\n")
  }

  @Test("a line of 75 octets stays whole; one of 76 folds once")
  func foldEdges() {
    let exact = String(repeating: "a", count: 75)
    #expect(ICalendarText.folded(exact) == Array((exact + "\r\n").utf8))
    let over = exact + "b"
    #expect(ICalendarText.folded(over) == Array((exact + "\r\n b\r\n").utf8))
  }

  @Test("a character of several octets that would cross the 75th moves whole to the next line")
  func foldNeverSplits() {
    let line = String(repeating: "a", count: 74) + "é"
    let folded = ICalendarText.folded(line)
    #expect(folded == Array((String(repeating: "a", count: 74) + "\r\n é\r\n").utf8))
  }
}
