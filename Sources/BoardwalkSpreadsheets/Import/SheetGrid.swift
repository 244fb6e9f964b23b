import Foundation

/// A sheet as people see it: a merged range's value and fill reach every cell it spans.
struct SheetGrid {
  let sheet: Worksheet
  /// For each row, the merged ranges crossing it.
  private var mergesByRow: [Int: [CellRange]] = [:]

  init(_ sheet: Worksheet) {
    self.sheet = sheet
    let lastRow = sheet.rowCount
    for range in sheet.merges where range.first != range.last && range.first.row < lastRow {
      for row in range.first.row...min(range.last.row, lastRow) {
        mergesByRow[row, default: []].append(range)
      }
    }
  }

  /// The merged range covering a cell, when one does.
  func merge(at reference: CellReference) -> CellRange? {
    mergesByRow[reference.row]?.first { $0.contains(reference) }
  }

  /// The cell as shown: its own, or its merged range's first cell's.
  func cell(_ row: Int, _ column: Int) -> Cell? {
    let reference = CellReference(row: row, column: column)
    if let merge = merge(at: reference), merge.first != reference {
      return sheet.storedCell(merge.first)
    }
    return sheet.storedCell(reference)
  }

  /// The text of a cell as shown, trimmed; `nil` when blank.
  func text(_ row: Int, _ column: Int) -> String? {
    guard let cell = cell(row, column), !cell.isBlank, let text = cell.text else { return nil }
    return Tidy.text(text)
  }

  /// The text of a cell itself (not through a merge), trimmed; `nil` when blank.
  func ownText(_ row: Int, _ column: Int) -> String? {
    guard let cell = sheet.storedCell(CellReference(row: row, column: column)), !cell.isBlank,
      let text = cell.text
    else { return nil }
    return Tidy.text(text)
  }

  /// How many columns a merged range starting in this cell spans (1 when none).
  func mergedWidth(_ row: Int, _ column: Int) -> Int {
    let reference = CellReference(row: row, column: column)
    guard let merge = merge(at: reference), merge.first == reference else { return 1 }
    return merge.last.column - merge.first.column + 1
  }
}

/// Cleaning the text of cells: the same rules for every field.
enum Tidy {
  /// Trimmed, Windows and old Mac line ends made `\n`, non-breaking spaces made spaces,
  /// trailing spaces of each line removed.
  static func text(_ raw: String) -> String {
    var text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
      of: "\r", with: "\n"
    ).replacingOccurrences(of: "\u{A0}", with: " ")
    if text.contains("\n") {
      text = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }.joined(separator: "\n")
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// One line: runs of white space (line breaks too) made one space.
  static func line(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A name as a plan writes it: one line, trailing full stops removed, bullets removed.
  static func name(_ text: String) -> String {
    var name = line(text)
    for bullet in ["• ", "· ", "- ", "* ", "– "] where name.hasPrefix(bullet) {
      name = String(name.dropFirst(bullet.count))
    }
    while name.hasSuffix(".") && !name.hasSuffix("..") { name.removeLast() }
    return name.trimmingCharacters(in: .whitespaces)
  }

  /// Splits a cell of several owners at the separators; empty names are dropped.
  static func owners(_ text: String, separators: [String]) -> [String] {
    var pieces = [text]
    for separator in separators where !separator.isEmpty {
      pieces = pieces.flatMap { $0.components(separatedBy: separator) }
    }
    var seen: Set<String> = []
    return pieces.map(name).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
