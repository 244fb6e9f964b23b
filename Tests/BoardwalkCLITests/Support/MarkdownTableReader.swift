/// Splits the rows of a GitHub-flavoured Markdown table into cells, honouring backslash
/// escapes (`\|` is a pipe inside a cell, not a border).
enum MarkdownTableReader {
  /// The cells of one table line, trimmed and with escapes and entities undone.
  static func cells(_ line: String) throws -> [String] {
    guard line.hasPrefix("|"), line.hasSuffix("|"), line.count >= 2 else {
      throw OutputShapeError("a Markdown table line must start and end with |: \(line)")
    }
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for character in line.dropFirst() {
      if escaped {
        cell.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        cells.append(unentity(cell.trimmingSpaces()))
        cell = ""
      } else {
        cell.append(character)
      }
    }
    guard cell.isEmpty, !escaped else {
      throw OutputShapeError("a Markdown table line ends inside a cell: \(line)")
    }
    return cells
  }

  private static func unentity(_ text: String) -> String {
    text.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
      .replacing("&amp;", with: "&")
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
