import CSV
import Foundation

/// Reads a CSV file as Excel and other programs write it into a one-sheet ``Workbook``:
/// UTF-8 with or without a byte order mark, UTF-16 with one, or Windows-1252; CRLF or LF
/// line ends; quoted fields holding line breaks; `,`, `;` (European locales) or tab
/// separators, or the one a `sep=` first line names. The fields are split by CSV.swift.
public enum CSVTable {
  /// How the file's bytes were decoded, for the import report.
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with a byte order mark"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
  }

  /// What was read: the sheet (named after the file), and how.
  public struct Reading: Sendable {
    public var workbook: Workbook
    public var encoding: Encoding
    public var separator: Character
  }

  /// Reads the CSV file at `path`.
  public static func read(path: String) throws(WorkbookError) -> Reading {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw WorkbookError("cannot read the file (\((error as NSError).localizedDescription))")
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return try read(data, sheetName: name)
  }

  /// Reads CSV bytes into a sheet called `sheetName`.
  public static func read(_ data: Data, sheetName: String) throws(WorkbookError) -> Reading {
    guard data.count <= WorkbookLimits.maximumCSVBytes else {
      throw WorkbookError(
        "the file is \(data.count / (1024 * 1024)) MB, more than the \(WorkbookLimits.maximumCSVBytes / (1024 * 1024)) MB Boardwalk reads as a CSV tracker"
      )
    }
    let bytes = [UInt8](data)
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw WorkbookError(
        "this is a ZIP archive (an Excel workbook?), not CSV text; name it .xlsx if it is a workbook"
      )
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw WorkbookError(
        "this is an Excel 97-2003 (.xls) or encrypted workbook, not CSV text; save it from Excel as CSV or .xlsx"
      )
    }
    var (text, encoding) = decode(bytes)
    if text.unicodeScalars.contains("\u{0}") {
      throw WorkbookError(
        "the file holds NUL bytes, so it is not CSV text; save the tracker from Excel as CSV (UTF-8) or .xlsx"
      )
    }
    var separator: Character = ","
    if let firstLineEnd = text.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }),
      text[..<firstLineEnd].lowercased().hasPrefix("sep="), text[..<firstLineEnd].count == 5,
      let named = text[..<firstLineEnd].last
    {
      separator = named
      text = String(text[text.index(after: firstLineEnd)...])
    } else {
      separator = detectSeparator(text)
    }
    guard let delimiter = separator.unicodeScalars.first else {
      throw WorkbookError("cannot tell how the fields are separated")
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(
        string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
    } catch {
      throw WorkbookError("the CSV text cannot be read: \(error)")
    }
    var sheet = Worksheet(name: sheetName)
    var row = 0
    while let fields = reader.next() {
      for (column, field) in fields.enumerated() where !field.isEmpty {
        guard column < CellReference.maximumColumns else { break }
        sheet.set(Cell(value: .text(field)), at: CellReference(row: row, column: column))
      }
      row += 1
      guard row <= CellReference.maximumRows else {
        throw WorkbookError(
          "the file has more than \(CellReference.maximumRows) rows, more than any spreadsheet holds; give the tracker itself"
        )
      }
    }
    if let error = reader.error {
      throw WorkbookError("the CSV text cannot be read after row \(row): \(error)")
    }
    sheet.rowsNamed = row
    return Reading(workbook: Workbook(sheets: [sheet]), encoding: encoding, separator: separator)
  }

  /// The text of the bytes: UTF-16 or UTF-8 by their byte order mark, UTF-8 when they are
  /// valid UTF-8, else Windows-1252 (what Excel on Windows writes as "CSV").
  static func decode(_ bytes: [UInt8]) -> (String, Encoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 2
      while index + 1 < bytes.count {
        let pair = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
        units.append(little ? pair.0 | pair.1 << 8 : pair.0 << 8 | pair.1)
        index += 2
      }
      return (String(decoding: units, as: UTF16.self), .utf16)
    }
    if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
    return (String(bytes.map { windows1252($0) }), .windows1252)
  }

  /// The character a Windows-1252 byte stands for.
  static func windows1252(_ byte: UInt8) -> Character {
    let high: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
      0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    let value = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
  }

  /// The separator the first lines use most consistently: comma, semicolon or tab.
  static func detectSeparator(_ text: String) -> Character {
    let candidates: [Character] = [",", ";", "\t"]
    var counts: [[Int]] = [[], [], []]
    var current = [0, 0, 0]
    var inQuotes = false
    var lines = 0
    for character in text {
      if character == "\"" {
        inQuotes.toggle()
      } else if !inQuotes, character == "\n" || character == "\r\n" || character == "\r" {
        if current != [0, 0, 0] {
          for index in 0..<3 { counts[index].append(current[index]) }
          lines += 1
        }
        current = [0, 0, 0]
        if lines >= 20 { break }
      } else if !inQuotes, let index = candidates.firstIndex(of: character) {
        current[index] += 1
      }
    }
    if current != [0, 0, 0] { for index in 0..<3 { counts[index].append(current[index]) } }
    // A separator that appears on every line, the same number of times, is the one.
    var best = (index: 0, score: -1)
    for index in 0..<3 {
      let values = counts[index]
      guard let first = values.first, first > 0 else { continue }
      let steady = values.filter { $0 == first }.count
      let score = steady * 1000 + first
      if score > best.score { best = (index, score) }
    }
    return candidates[best.index]
  }
}
