/// The tables in a Markdown document, read from its source: a row is a line starting with
/// `|`; a table starts at a header row followed by a delimiter row.
enum MarkdownTables {
  /// Each table's rows (header, delimiter and body), each row as its cells' source text.
  static func tables(in markdown: String) -> [[[String]]] {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var tables: [[[String]]] = []
    var index = 0
    while index < lines.count {
      if index + 1 < lines.count, lines[index].hasPrefix("|"), isDelimiterRow(lines[index + 1]) {
        var rows: [[String]] = []
        while index < lines.count, lines[index].hasPrefix("|") {
          rows.append(cells(of: lines[index]))
          index += 1
        }
        tables.append(rows)
      } else {
        index += 1
      }
    }
    return tables
  }

  /// The delimiter row under a table's header: `| --- | :--: |`.
  static func isDelimiterRow(_ line: String) -> Bool {
    line.wholeMatch(of: /\|(\s*:?-+:?\s*\|)+\s*/) != nil
  }

  /// Whether a table ends with a blank line.
  static func blankLineAfterEveryTable(in markdown: String) -> Bool {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() where line.hasPrefix("|") {
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      if !next.hasPrefix("|") && !next.isEmpty { return false }
    }
    return true
  }

  /// A row's cells, split at pipes that no backslash escapes.
  static func cells(of row: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var backslashes = 0
    for character in row {
      if character == "|" && backslashes % 2 == 0 {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
      backslashes = character == "\\" ? backslashes + 1 : 0
    }
    cells.append(current)
    // The leading and trailing pipes leave an empty piece at each end.
    return Array(cells.dropFirst().dropLast())
  }
}
