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

  /// Whether any merged range crosses the row.
  func hasMerges(_ row: Int) -> Bool { mergesByRow[row] != nil }

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

/// One row of a table, read once: each column's cell as shown (through merges) and its
/// own, with their tidied text, so reading a row looks up and cleans each cell once.
struct GridRow {
  private struct Entry {
    var cell: Cell?
    var text: String?
    var ownText: String?
  }

  private var entries: [Int: Entry] = [:]

  init(_ grid: SheetGrid, row: Int, columns: [Int]) {
    let stored = grid.sheet.rows[row] ?? [:]
    let merged = grid.hasMerges(row)
    entries.reserveCapacity(columns.count)
    for column in columns {
      let own = stored[column]
      let ownText = own.flatMap { $0.isBlank ? nil : $0.text.map(Tidy.text) }
      guard merged else {
        entries[column] = Entry(cell: own, text: ownText, ownText: ownText)
        continue
      }
      let shown = grid.cell(row, column)
      let text = shown.flatMap { $0.isBlank ? nil : $0.text.map(Tidy.text) }
      entries[column] = Entry(cell: shown, text: text, ownText: ownText)
    }
  }

  /// The cell as shown.
  func cell(_ column: Int) -> Cell? { entries[column]?.cell }
  /// Its text as shown, tidied; `nil` when blank.
  func text(_ column: Int) -> String? { entries[column]?.text }
  /// The text of the cell itself (not through a merge), tidied; `nil` when blank.
  func ownText(_ column: Int) -> String? { entries[column]?.ownText }
}

/// Cleaning the text of cells: the same rules for every field. Written on Swift's own
/// strings (not Foundation's), which every cell of a large tracker goes through.
enum Tidy {
  /// Trimmed, Windows and old Mac line ends made `\n`, non-breaking spaces made spaces,
  /// trailing spaces of each line removed.
  static func text(_ raw: String) -> String {
    if isTidy(raw) { return raw }
    var lines: [[Unicode.Scalar]] = [[]]
    var previousWasReturn = false
    for scalar in raw.unicodeScalars {
      switch scalar {
      case "\r":
        lines.append([])
        previousWasReturn = true
        continue
      case "\n":
        if !previousWasReturn { lines.append([]) }
      case "\u{A0}":
        lines[lines.count - 1].append(" ")
      default:
        lines[lines.count - 1].append(scalar)
      }
      previousWasReturn = false
    }
    var result = String.UnicodeScalarView()
    for (index, line) in lines.enumerated() {
      if index > 0 { result.append("\n") }
      result.append(contentsOf: trimmedScalars(line[...]))
    }
    return String(result).trimmed
  }

  /// Whether the text needs no tidying: no carriage return, no non-breaking space, no white
  /// space at either end or before a line break.
  private static func isTidy(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return true }
    if isSpace(first) || isSpace(last) { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0x0D || byte == 0xA0 { return false }
      if byte == 0x0A, isSpace(previous) || previous == 0x0A { return false }
      if previous == 0x0A, isSpace(byte) { return false }
      previous = byte
    }
    return true
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func trimmedScalars(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<
    Unicode.Scalar
  > {
    var slice = scalars
    while let first = slice.first, first.properties.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.properties.isWhitespace { slice.removeLast() }
    return slice
  }

  /// One line: runs of white space (line breaks too) made one space.
  static func line(_ text: String) -> String {
    var previous: UInt8 = 0x20
    var plain = text.utf8.last != 0x20
    for byte in text.utf8 where plain {
      plain = byte >= 0x20 && byte < 0x80 && !(byte == 0x20 && previous == 0x20)
      previous = byte
    }
    if plain { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A name as a plan writes it: one line, trailing full stops removed, bullets removed.
  static func name(_ text: String) -> String {
    var name = line(text)
    for bullet in ["• ", "· ", "- ", "* ", "– "] where name.hasPrefix(bullet) {
      name = String(name.dropFirst(bullet.count))
    }
    while name.hasSuffix(".") && !name.hasSuffix("..") { name.removeLast() }
    return name.trimmed
  }

  /// Splits a cell of several owners at the separators; empty names are dropped.
  static func owners(_ text: String, separators: [String]) -> [String] {
    var pieces = [text]
    for separator in separators where !separator.isEmpty {
      pieces = pieces.flatMap { split($0, at: separator) }
    }
    var seen: Set<String> = []
    return pieces.map(name).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}

extension Tidy {
  /// The pieces of `text` between the occurrences of `separator`, compared byte by byte.
  static func split(_ text: String, at separator: String) -> [String] {
    let bytes = Array(text.utf8)
    let needle = Array(separator.utf8)
    guard let first = needle.first, bytes.count >= needle.count else { return [text] }
    var pieces: [String] = []
    var start = 0
    var index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
        pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
        index += needle.count
        start = index
      } else {
        index += 1
      }
    }
    guard !pieces.isEmpty else { return [text] }
    pieces.append(String(decoding: bytes[start...], as: UTF8.self))
    return pieces
  }
}

extension StringProtocol {
  /// Without white space (line breaks too) at either end.
  var trimmed: String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }

  /// Without these characters at either end.
  func trimmed(of characters: Set<Character>) -> String {
    guard let start = firstIndex(where: { !characters.contains($0) }),
      let end = lastIndex(where: { !characters.contains($0) })
    else { return "" }
    return String(self[start...end])
  }
}
