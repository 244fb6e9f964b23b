import BoardwalkCore

/// A table with one header row: read by rows, printed with its header repeated on each page.
public struct Table: Hashable, Sendable {
  /// The table's name for people who cannot see it: HTML's `aria-label`, Word's table
  /// title. Formats with no such place (Markdown) leave it out.
  public var label: String
  /// The column headings.
  public var header: [String]
  /// The rows, each with the header's number of cells: short rows are filled with empty
  /// cells, and a row longer than the header is cut to it.
  public var rows: [[Cell]] {
    didSet { rows = Self.fitted(rows, to: header.count) }
  }
  /// Whether each row's first cell names the row (HTML's `th scope="row"`).
  public var firstColumnNamesRows: Bool

  public init(
    label: String, header: [String], rows: [[Cell]], firstColumnNamesRows: Bool = false
  ) {
    self.label = label
    self.header = header
    self.rows = Self.fitted(rows, to: header.count)
    self.firstColumnNamesRows = firstColumnNamesRows
  }

  private static func fitted(_ rows: [[Cell]], to width: Int) -> [[Cell]] {
    rows.map { row in
      row.count == width
        ? row
        : Array(row.prefix(width))
          + Array(repeating: Cell.text([]), count: max(0, width - row.count))
    }
  }
}

/// A table cell: text, or a RAG rating.
public enum Cell: Hashable, Sendable {
  case text([Inline])
  /// A rating: its class, and the words for its level when there are some (the scale's
  /// label, with the class where the label does not say it). Written with the class's
  /// letter (and shaded) where the format has colour, so that nothing depends on colour.
  case rag(RAGClass, label: String?)

  /// A cell of plain text.
  public static func plain(_ text: String) -> Cell { .text([.text(text)]) }

  /// The cell's words: for a rating, its label ("Some concerns (amber)"), or the class
  /// alone ("Unrated").
  public var plainText: String {
    switch self {
    case .text(let runs): runs.plainText
    case .rag(let rag, let label): label ?? rag.title
    }
  }
}

extension Cell: ExpressibleByStringLiteral {
  public init(stringLiteral text: String) { self = .plain(text) }
}
