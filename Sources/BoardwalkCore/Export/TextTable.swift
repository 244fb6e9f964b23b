/// A plain text table with columns aligned by display width, for terminals.
public struct TextTable: Sendable {
  public struct Column: Sendable {
    public let title: String
    /// Whether this column shrinks (its text truncated with an ellipsis) when the table is
    /// wider than the space it has.
    public let isFlexible: Bool
    public let alignsRight: Bool

    public init(_ title: String, flexible: Bool = false, alignsRight: Bool = false) {
      self.title = title
      self.isFlexible = flexible
      self.alignsRight = alignsRight
    }
  }

  public let columns: [Column]
  public private(set) var rows: [[String]] = []

  public init(columns: [Column]) {
    self.columns = columns
  }

  public mutating func append(_ row: [String]) {
    rows.append(row.map { TextSafety.sanitized($0, allowingLineBreaks: false) })
  }

  /// The table as lines of text no wider than `maximumWidth` (when given), two spaces between
  /// columns; flexible columns give up width first, never below their title's width.
  public func render(maximumWidth: Int? = nil) -> String {
    var widths = columns.indices.map { column in
      rows.reduce(DisplayWidth.of(columns[column].title)) {
        max($0, DisplayWidth.of($1[safe: column] ?? ""))
      }
    }
    if let maximumWidth {
      var excess = widths.reduce(0, +) + 2 * (columns.count - 1) - maximumWidth
      for column in columns.indices.reversed() where excess > 0 && columns[column].isFlexible {
        let minimum = max(DisplayWidth.of(columns[column].title), 8)
        let cut = min(excess, widths[column] - minimum)
        if cut > 0 {
          widths[column] -= cut
          excess -= cut
        }
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for column in columns.indices {
        let cell = cells[safe: column] ?? ""
        let isLast = column == columns.count - 1
        if columns[column].alignsRight {
          parts.append(
            DisplayWidth.padLeft(
              DisplayWidth.truncate(cell, toWidth: widths[column]), toWidth: widths[column]))
        } else if isLast {
          parts.append(DisplayWidth.truncate(cell, toWidth: widths[column]))
        } else {
          parts.append(DisplayWidth.fit(cell, toWidth: widths[column]))
        }
      }
      return parts.joined(separator: "  ")
    }
    var text = line(columns.map(\.title)) + "\n"
    for row in rows { text += line(row) + "\n" }
    return text
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
