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

  /// Characters that carry meaning anywhere in a line, escaped with a backslash.
  private static let punctuation: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "|", "~", "!", "#", "$", "{", "}",
  ]

  /// `text` escaped for use inline, line breaks written as `lineBreaks` says.
  public static func inline(_ text: String, lineBreaks: LineBreaks = .html) -> String {
    let escaped = lines(of: TextSafety.sanitized(text)).map { escapeLine($0) }
    switch lineBreaks {
    case .html: return escaped.joined(separator: "<br>")
    case .hard: return escaped.joined(separator: "\\\n")
    case .spaces: return escaped.joined(separator: " ")
    }
  }

  /// A GFM table: a header row, a delimiter row and the rows, every row with the same
  /// number of cells, every cell escaped, and a blank line after it.
  public static func table(header: [String], rows: [[String]]) -> String {
    func line(_ cells: [String]) -> String {
      var cells = Array(cells.prefix(header.count))
      if cells.count < header.count {
        cells += Array(repeating: "", count: header.count - cells.count)
      }
      return "| " + cells.map { inline($0) }.joined(separator: " | ") + " |\n"
    }
    var text = line(header)
    text += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows { text += line(row) }
    return text + "\n"
  }

  /// The lines of `text`, split at CR LF, LF and CR scalar by scalar. (Not by Character:
  /// replacing the CR LF Characters of "\r\r\n" leaves "\r\n", one Character again, equal
  /// to neither "\r" nor "\n", and a raw line break would end the table row.)
  private static func lines(of text: String) -> [Substring.UnicodeScalarView] {
    let scalars = text.unicodeScalars
    var lines: [Substring.UnicodeScalarView] = []
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let end = index
      index = scalars.index(after: index)
      guard scalar == "\n" || scalar == "\r" else { continue }
      lines.append(scalars[start..<end])
      if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
        index = scalars.index(after: index)
      }
      start = index
    }
    lines.append(scalars[start...])
    return lines
  }

  private static func escapeLine(_ line: Substring.UnicodeScalarView) -> String {
    // Scalar by scalar, as Markdown reads text: a mark that combines with the character
    // before it (`|` + U+0301, a space + U+FE0F) makes one Character equal to neither.
    // Leading blanks would make an indented code block or be dropped: drop them ourselves.
    let line = line.drop { $0 == " " || $0 == "\t" }
    var result = ""
    result.reserveCapacity(line.count + 8)
    // A list, heading or setext marker at the start of the line is escaped.
    var index = line.startIndex
    var leadingDigits = 0
    while index < line.endIndex, ("0"..."9").contains(line[index]) {
      result.unicodeScalars.append(line[index])
      leadingDigits += 1
      index = line.index(after: index)
    }
    if index < line.endIndex {
      let first = line[index]
      let next = line.index(after: index)
      // A list marker only counts when a space, a tab or the end of the line follows it.
      let endsMarker = next == line.endIndex || line[next] == " " || line[next] == "\t"
      if (leadingDigits > 0 && leadingDigits < 10 && (first == "." || first == ")") && endsMarker)
        || (leadingDigits == 0 && (first == "-" || first == "+" || first == "=" || first == ">"))
      {
        result += first == ">" ? "&gt;" : "\\" + String(first)
        index = line.index(after: index)
      }
    }
    let rest = Array(line[index...])
    for (position, scalar) in rest.enumerated() {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default:
        if punctuation.contains(scalar) || startsAutolink(rest, at: position) {
          result.append("\\")
        }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether the scalar at `position` is where GFM would start making a link of plain
  /// text: the `:` of `http://`, `https://` or `ftp://`, or the `.` of `www.` (any case).
  /// Escaped, it is read as text: a note's address cannot become a link in the minutes.
  private static func startsAutolink(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
    func lowercased(_ range: Range<Int>) -> String {
      guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "" }
      return String(String.UnicodeScalarView(scalars[range])).lowercased()
    }
    switch scalars[position] {
    case ":":
      return lowercased(position..<(position + 3)) == "://"
        && (lowercased((position - 4)..<position) == "http"
          || lowercased((position - 5)..<position) == "https"
          || lowercased((position - 3)..<position) == "ftp")
    case ".":
      return lowercased((position - 3)..<position) == "www"
    default:
      return false
    }
  }
}
