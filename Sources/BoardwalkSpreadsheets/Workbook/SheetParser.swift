import Foundation

/// Reads one worksheet part: cells with their values and styles, merged ranges, hidden rows.
/// Cells that hold nothing and have no fill are not kept, so a sheet of a million empty
/// rows costs the time to read it and no memory.
enum SheetParser {
  static func parse(
    _ data: Data, part: String, into sheet: inout Worksheet, strings: [String],
    styles: WorkbookStyles
  ) throws(WorkbookError) {
    var row = -1
    var column = -1
    var type = "n"
    var style: Int?
    var value: String?
    var inlineText: String?
    var hasFormula = false
    var inValue = false
    var inInlineText = false
    var inPhonetic = false
    var text = ""
    var failure: WorkbookError?
    var rowsNamed = 0
    var built = sheet
    try XMLEvents.parse(
      data, part: part,
      start: { name, attributes in
        switch name {
        case "row":
          rowsNamed += 1
          if let number = attributes["r"].flatMap({ Int($0) }), number >= 1,
            number <= CellReference.maximumRows
          {
            row = number - 1
          } else {
            row += 1
          }
          column = -1
          if let hidden = attributes["hidden"], hidden == "1" || hidden == "true" {
            built.hiddenRows.insert(row)
          }
        case "c":
          if let reference = attributes["r"].flatMap({ CellReference($0) }) {
            row = reference.row
            column = reference.column
          } else {
            column += 1
          }
          type = attributes["t"] ?? "n"
          style = attributes["s"].flatMap { Int($0) }
          value = nil
          inlineText = nil
          hasFormula = false
        case "v":
          inValue = true
          text = ""
        case "f":
          hasFormula = true
        case "is":
          inlineText = ""
        case "t" where inlineText != nil && !inPhonetic:
          inInlineText = true
        case "rPh":
          inPhonetic = true
        case "mergeCell":
          if let range = attributes["ref"].flatMap({ CellRange($0) }) { built.merges.append(range) }
        default: break
        }
      },
      end: { name in
        switch name {
        case "v":
          inValue = false
          value = text
        case "t":
          inInlineText = false
        case "rPh":
          inPhonetic = false
        case "c":
          guard row >= 0, column >= 0 else { return }
          let cellStyle = styles.style(style)
          var cellValue: CellValue?
          switch type {
          case "s":
            if let value {
              guard let index = Int(value), strings.indices.contains(index) else {
                failure =
                  failure
                  ?? .damaged(
                    part,
                    "cell \(CellReference(row: row, column: column)) names shared string \(value), which is not there"
                  )
                return
              }
              cellValue = .text(strings[index])
            }
          case "inlineStr": cellValue = inlineText.map { .text(OOXMLEscape.decode($0)) }
          case "str", "d": cellValue = value.map(CellValue.text)
          case "b": cellValue = value.map { .boolean($0 == "1" || $0 == "true") }
          case "e": cellValue = value.map(CellValue.error)
          default:
            if let value {
              let trimmed = value.trimmed
              if let number = Double(trimmed), number.isFinite {
                cellValue = .number(number)
              } else if !trimmed.isEmpty {
                cellValue = .text(value)
              }
            }
          }
          if cellValue == nil, cellStyle.fill == nil, !hasFormula { return }
          built.set(
            Cell(
              value: cellValue, isDate: cellStyle.isDate || type == "d", isMonth: cellStyle.isMonth,
              fill: cellStyle.fill,
              hasFormula: hasFormula),
            at: CellReference(row: row, column: column))
        default: break
        }
      },
      text: { string in
        if inValue {
          text += string
        } else if inInlineText {
          inlineText? += string
        }
      })
    if let failure { throw failure }
    built.rowsNamed = rowsNamed
    sheet = built
  }
}
