/// One sheet of a workbook: its cells (only those that hold something or are filled), its
/// merged ranges and which rows are hidden.
public struct Worksheet: Sendable {
  /// Whether Excel shows the sheet's tab.
  public enum Visibility: String, Sendable {
    case visible
    case hidden
    /// Hidden so that only a macro or the file's XML can show it.
    case veryHidden
  }

  /// What kind of sheet it is: cells, or a chart on a sheet of its own.
  public enum Kind: Sendable {
    case cells
    case chart
    case other(String)
  }

  public let name: String
  public var visibility: Visibility = .visible
  public var kind: Kind = .cells
  /// Rows counted from 0, each a dictionary of columns counted from 0.
  public private(set) var rows: [Int: [Int: Cell]] = [:]
  public var merges: [CellRange] = []
  public var hiddenRows: Set<Int> = []
  /// Rows the sheet's XML named, holding something or not (a sheet of a million empty rows
  /// names a million).
  public var rowsNamed = 0

  public init(name: String, visibility: Visibility = .visible, kind: Kind = .cells) {
    self.name = name
    self.visibility = visibility
    self.kind = kind
  }

  public mutating func set(_ cell: Cell, at reference: CellReference) {
    rows[reference.row, default: [:]][reference.column] = cell
  }

  /// The cell as stored (a merged range's other cells are empty here; see ``SheetGrid``).
  public func storedCell(_ reference: CellReference) -> Cell? {
    rows[reference.row]?[reference.column]
  }

  /// The rows holding anything, in order.
  public var rowNumbers: [Int] { rows.keys.sorted() }

  /// One past the last row holding a cell.
  public var rowCount: Int { (rows.keys.max() ?? -1) + 1 }

  /// One past the last column holding a cell.
  public var columnCount: Int {
    (rows.values.lazy.compactMap { $0.keys.max() }.max() ?? -1) + 1
  }
}

/// A workbook as read: its sheets in tab order, and the facts about it the import needs.
public struct Workbook: Sendable {
  public var sheets: [Worksheet]
  /// Dates count from 1904 (old Mac workbooks) instead of 1900.
  public var uses1904Dates = false
  /// The title in the file's properties, when it has one.
  public var title: String?
  /// When it was last saved, as its properties say.
  public var modified: String?

  public init(sheets: [Worksheet], uses1904Dates: Bool = false) {
    self.sheets = sheets
    self.uses1904Dates = uses1904Dates
  }
}
