import BoardwalkCore

/// The Markdown writer's properties, for any text (the bytes read as UTF-8, invalid
/// sequences replaced):
///
/// 1. `MarkdownText.inline(text)` is one line: no line feed or carriage return.
/// 2. Split at its `<br>`s, it has one segment per line of the text, where the lines are
///    those of `TextSafety.sanitized(text)` split at CR LF, LF and CR. Each segment is
///    checked by ``checkEscapedLine(_:source:)``: no raw control character but tab, no
///    leading blank or block marker, every special character escaped, and it decodes back
///    to its line with the line's leading spaces and tabs dropped.
/// 3. `.hard` line breaks give the same segments joined by a backslash and a line feed,
///    and `.spaces` the same segments joined by a space.
/// 4. `MarkdownText.table(header:rows:)` gives the header row, the delimiter row and one
///    row per row given, then a blank line; every row has exactly the header's number of
///    cells (see ``checkTableShape(_:columns:rows:)``).
///
/// For the table, the first byte chooses 1 to 4 columns, U+001E separates rows (the first
/// is the header) and U+001F cells.
public func checkMarkdownWriterProperties(_ bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  checkInlineText(text)
  let columns = 1 + Int(bytes.first ?? 0) % 4
  let records = text.split(separator: "\u{1E}", omittingEmptySubsequences: false).map {
    $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
  }
  var header = Array((records.first ?? []).prefix(columns))
  header += Array(repeating: "", count: columns - header.count)
  let rows = Array(records.dropFirst())
  checkTableShape(
    MarkdownText.table(header: header, rows: rows), columns: columns, rows: rows.count)
}

/// Properties 1 to 3 of ``checkMarkdownWriterProperties(_:)`` for one text.
public func checkInlineText(_ text: String) {
  let html = MarkdownText.inline(text)
  let scalars = Array(html.unicodeScalars)
  require(
    !scalars.contains("\n") && !scalars.contains("\r"), "inline Markdown is one line",
    shown(html))
  let segments = scalars.split(separator: Array("<br>".unicodeScalars))
  let lines = sourceLines(text)
  require(
    segments.count == lines.count, "inline Markdown has one segment per line of the text",
    "\(segments.count) segments for \(lines.count) lines: \(shown(text)) gave \(shown(html))")
  for (segment, line) in zip(segments, lines) {
    checkEscapedLine(segment, source: line)
  }
  let hard = Array(MarkdownText.inline(text, lineBreaks: .hard).unicodeScalars)
  require(
    hard == Array(segments.joined(separator: Array("\\\n".unicodeScalars))),
    "hard line breaks are a backslash and a line feed between the same segments", shown(text))
  let spaces = Array(MarkdownText.inline(text, lineBreaks: .spaces).unicodeScalars)
  require(
    spaces == Array(segments.joined(separator: [" "])),
    "line breaks as spaces are a space between the same segments", shown(text))
}

/// The lines of `text` as the Markdown must show them: `TextSafety.sanitized(text)` split
/// at CR LF, LF and CR, each line without its leading spaces and tabs.
func sourceLines(_ text: String) -> [[Unicode.Scalar]] {
  var lines: [[Unicode.Scalar]] = [[]]
  var afterCarriageReturn = false
  for scalar in TextSafety.sanitized(text).unicodeScalars {
    defer { afterCarriageReturn = scalar == "\r" }
    if scalar == "\n" && afterCarriageReturn { continue }
    if scalar == "\n" || scalar == "\r" {
      lines.append([])
    } else {
      lines[lines.count - 1].append(scalar)
    }
  }
  return lines.map { Array($0.drop { $0 == " " || $0 == "\t" }) }
}

extension Array where Element: Equatable {
  /// The parts of the array between occurrences of `separator` (empty parts kept).
  func split(separator: [Element]) -> [[Element]] {
    var parts: [[Element]] = [[]]
    var index = 0
    while index < count {
      if !separator.isEmpty, index + separator.count <= count,
        Array(self[index..<(index + separator.count)]) == separator
      {
        parts.append([])
        index += separator.count
      } else {
        parts[parts.count - 1].append(self[index])
        index += 1
      }
    }
    return parts
  }
}
