/// Writes GitHub-flavoured Markdown that renders as the text it was given: nothing in the
/// text can start emphasis, code, a link, raw HTML, a list or a heading, or break out of a
/// table cell.
public enum MarkdownText {
  /// How line breaks inside text are written.
  public enum LineBreaks: Sendable {
    /// As `<br>`: the only line break a table cell can hold.
    case html
    /// As Markdown hard breaks (a backslash at the end of the line), for paragraphs.
    case hard
    /// As spaces.
    case spaces
  }

  /// `text` escaped for use inline, line breaks written as `lineBreaks` says.
  ///
  /// Read as UTF-8 bytes in one pass: every character that matters here (line breaks,
  /// markers, punctuation) is ASCII, and an ASCII byte is never part of a longer character,
  /// so this reads the text exactly as reading it scalar by scalar would, at a fraction of
  /// the cost (minutes escape every cell of tables of tens of thousands of rows).
  public static func inline(_ text: String, lineBreaks: LineBreaks = .html) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    appendInline(text, lineBreaks: lineBreaks, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// ``inline(_:lineBreaks:)`` appended to `out` as UTF-8, with no string made for it: for
  /// writers that put a whole document into one buffer (minutes escape every cell of tables
  /// of tens of thousands of rows).
  public static func appendInline(
    _ text: String, lineBreaks: LineBreaks = .html, to out: inout [UInt8]
  ) {
    var text = text
    // Most text holds nothing unsafe: its bytes are checked once, and only then made safe.
    if text.withUTF8({ TextSafety.mayHoldUnsafe($0) }) { text = TextSafety.sanitized(text) }
    let separator: StaticString =
      switch lineBreaks {
      case .html: "<br>"
      case .hard: "\\\n"
      case .spaces: " "
      }
    text.withUTF8 { bytes in
      // Lines end at LF, at CR, or at CR LF (one break).
      var start = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time where none is a control character (so no line break).
        if index + 8 <= bytes.count, !ByteScan.hasSpecial(ByteScan.word(bytes, at: index)) {
          index += 8
          continue
        }
        let byte = bytes[index]
        guard byte == 0x0A || byte == 0x0D else {
          index += 1
          continue
        }
        escapeLine(UnsafeBufferPointer(rebasing: bytes[start..<index]), into: &out)
        out.append(
          contentsOf: UnsafeBufferPointer(
            start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
      }
      escapeLine(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), into: &out)
    }
  }

  /// A GFM table: a header row, a delimiter row and the rows, every row with the same
  /// number of cells, every cell escaped, and a blank line after it. Written into one
  /// buffer: a table of 60,000 rows is not 400,000 small strings joined.
  public static func table(header: [String], rows: [[String]]) -> String {
    var out: [UInt8] = []
    func line(_ cells: [String]) {
      out += "|".utf8
      for column in header.indices {
        out += " ".utf8
        if column < cells.count { appendInline(cells[column], to: &out) }
        out += " |".utf8
      }
      out += "\n".utf8
    }
    line(header)
    out += "|".utf8
    for _ in header { out += " --- |".utf8 }
    out += "\n".utf8
    for row in rows { line(row) }
    out += "\n".utf8
    return String(decoding: out, as: UTF8.self)
  }

  /// One line (no line breaks in it) escaped onto `out`.
  private static func escapeLine(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    // Leading blanks would make an indented code block or be dropped: drop them ourselves.
    var index = 0
    while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
    // A list, heading or setext marker at the start of the line is escaped.
    var leadingDigits = 0
    while index < line.count, (0x30...0x39).contains(line[index]) {
      out.append(line[index])
      leadingDigits += 1
      index += 1
    }
    if index < line.count {
      let first = line[index]
      let next = index + 1
      // A list marker only counts when a space, a tab or the end of the line follows it.
      let endsMarker = next == line.count || line[next] == 0x20 || line[next] == 0x09
      let numbered =
        leadingDigits > 0 && leadingDigits < 10
        && (first == UInt8(ascii: ".") || first == UInt8(ascii: ")")) && endsMarker
      let marker =
        leadingDigits == 0
        && (first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
          || first == UInt8(ascii: ">"))
      if numbered || marker {
        if first == UInt8(ascii: ">") {
          out += "&gt;".utf8
        } else {
          out.append(UInt8(ascii: "\\"))
          out.append(first)
        }
        index += 1
      }
    }
    // Bytes that need nothing are copied a stretch at a time, up to the next that does.
    var plain = index
    while index < line.count {
      let byte = line[index]
      let escape: StaticString
      switch byte {
      case UInt8(ascii: "&"): escape = "&amp;"
      case UInt8(ascii: "<"): escape = "&lt;"
      case UInt8(ascii: ">"): escape = "&gt;"
      // Meaningful anywhere in a line: escaped with a backslash.
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"),
        UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "{"),
        UInt8(ascii: "}"):
        escape = "\\"
      case UInt8(ascii: ":"), UInt8(ascii: "."):
        guard startsAutolink(line, at: index) else {
          index += 1
          continue
        }
        escape = "\\"
      default:
        index += 1
        continue
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: line[plain..<index]))
      out.append(
        contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
      // A backslash goes before the byte; an entity replaces it.
      plain = escape.utf8CodeUnitCount == 1 ? index : index + 1
      index += 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: line[plain..<line.count]))
  }

  /// Whether the byte at `index` is where GFM would start making a link of plain text: the
  /// `:` of `http://`, `https://` or `ftp://`, or the `.` of `www.` (any case). Escaped, it
  /// is read as text: a note's address cannot become a link in the minutes.
  private static func startsAutolink(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    /// Whether the bytes just before `index` spell `word` (lower-case ASCII), any case.
    func follows(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard index >= count else { return false }
      for offset in 0..<count where line[index - count + offset] | 0x20 != word.utf8Start[offset] {
        return false
      }
      return true
    }
    switch line[index] {
    case UInt8(ascii: ":"):
      return index + 2 < line.count && line[index + 1] == UInt8(ascii: "/")
        && line[index + 2] == UInt8(ascii: "/")
        && (follows("http") || follows("https") || follows("ftp"))
    case UInt8(ascii: "."):
      return follows("www")
    default:
      return false
    }
  }
}
