/// How wide each column of a table is, as a share of the table's width: worked out once
/// from the text, for Word (where tables have fixed widths) and HTML (where a fixed layout
/// prints the same everywhere and never runs off the page).
///
/// Each column gets at least the width of its longest word (of up to 15 characters), so no
/// word is broken where it need not be. When every column's longest line (up to 40
/// characters) fits, each gets that; otherwise the rest of the width goes to the columns of
/// prose, in proportion to how much longer than their longest word their lines are on
/// average (up to 120 characters).
enum TableLayout {
  /// Widths are measured on a line of this many units (A4 text width, in twentieths of a
  /// point).
  static let measure = 9_638.0

  /// The columns' shares of the table's width, adding up to 1.
  static func shares(of table: Table) -> [Double] {
    guard !table.header.isEmpty else { return [] }
    // At 8.5 pt, at most about 100 twentieths of a point a character (115 in bold
    // headings), plus the cell's margins.
    let margins = 170.0
    func longestWord(_ text: String) -> Int {
      text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
    }
    func longestLine(_ text: String) -> Int { MarkupText.lines(of: text).map(\.count).max() ?? 0 }
    var least: [Double] = []
    var wanted: [Double] = []
    var prose: [Double] = []
    for column in table.header.indices {
      let cells = table.rows.map { row in
        let letter = if case .rag = row[column] { "X " } else { "" }
        return letter + row[column].plainText
      }
      let heading = table.header[column]
      let word = max(
        min(15, longestWord(heading)) * 115, min(15, cells.map(longestWord).max() ?? 0) * 100)
      let line = max(
        min(40, longestLine(heading)) * 115, min(40, cells.map(longestLine).max() ?? 0) * 100)
      let average =
        cells.isEmpty ? 0 : cells.map { min(120, longestLine($0)) * 100 }.reduce(0, +) / cells.count
      least.append(margins + Double(max(300, word)))
      wanted.append(margins + Double(max(300, word, line)))
      prose.append(Double(max(0, average - max(300, word))))
    }
    let widths: [Double]
    if wanted.reduce(0, +) <= measure {
      widths = wanted
    } else if least.reduce(0, +) >= measure {
      widths = least
    } else {
      let spare = measure - least.reduce(0, +)
      let weights = prose.reduce(0, +) > 0 ? prose : zip(wanted, least).map { $0 - $1 }
      let sum = weights.reduce(0, +)
      widths = zip(least, weights).map { $0 + (sum > 0 ? $1 / sum * spare : 0) }
    }
    let total = widths.reduce(0, +)
    return widths.map { $0 / total }
  }
}
