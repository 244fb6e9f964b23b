/// A cell's place in a sheet: row and column counted from 0. Written `C12` (column letters,
/// row number from 1), as spreadsheets name cells.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let row: Int
  public let column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads `C12` or `$C$12`; `nil` when the text is not a cell reference (or is beyond the
  /// largest sheet Excel makes).
  public init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for scalar in text.unicodeScalars where scalar != "$" {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A:
        guard digits == 0, letters < 3 else { return nil }
        column = column * 26 + Int(scalar.value >= 0x61 ? scalar.value - 0x60 : scalar.value - 0x40)
        letters += 1
      case 0x30...0x39:
        guard letters > 0, digits < 7 else { return nil }
        row = row * 10 + Int(scalar.value - 0x30)
        digits += 1
      default:
        return nil
      }
    }
    guard letters > 0, digits > 0, row >= 1, row <= CellReference.maximumRows,
      column <= CellReference.maximumColumns
    else { return nil }
    self.init(row: row - 1, column: column - 1)
  }

  /// Excel's largest sheet: 1,048,576 rows by 16,384 columns (XFD).
  public static let maximumRows = 1_048_576
  public static let maximumColumns = 16_384

  /// `A`, `Z`, `AA` ... for a column counted from 0.
  public static func columnName(_ column: Int) -> String {
    var number = column + 1
    var name = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  public var description: String { CellReference.columnName(column) + String(row + 1) }

  public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}

/// A rectangle of cells, such as a merged range: `A2:A5`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
  public let first: CellReference
  public let last: CellReference

  public init(first: CellReference, last: CellReference) {
    self.first = CellReference(
      row: min(first.row, last.row), column: min(first.column, last.column))
    self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
  }

  /// Reads `A2:A5` (or a single cell, `B3`).
  public init?(_ text: some StringProtocol) {
    let parts = text.split(separator: ":")
    guard parts.count == 1 || parts.count == 2, let first = CellReference(parts[0]),
      let last = CellReference(parts[parts.count - 1])
    else { return nil }
    self.init(first: first, last: last)
  }

  public func contains(_ cell: CellReference) -> Bool {
    (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
  }

  public var description: String {
    first == last ? first.description : "\(first):\(last)"
  }
}
