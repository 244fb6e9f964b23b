/// Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (or LF),
/// fields holding commas, quotes or line breaks in double quotes with quotes doubled.
enum CSVReader {
  static func records(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var fieldWasQuoted = false
    var characters = Array(text.unicodeScalars)[...]
    func endField() {
      record.append(field)
      field = ""
      fieldWasQuoted = false
    }
    while let scalar = characters.popFirst() {
      if inQuotes {
        if scalar == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\"")
            characters.removeFirst()
          } else {
            inQuotes = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty, !fieldWasQuoted else {
          throw OutputShapeError("a quote inside an unquoted CSV field: \(field)\"")
        }
        inQuotes = true
        fieldWasQuoted = true
      case ",":
        endField()
      case "\r":
        guard characters.first == "\n" else { throw OutputShapeError("a bare CR in CSV") }
      case "\n":
        endField()
        records.append(record)
        record = []
      default:
        guard !fieldWasQuoted else {
          throw OutputShapeError("text after a closing quote in CSV: \(field)")
        }
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes { throw OutputShapeError("a CSV quote is never closed") }
    if !field.isEmpty || !record.isEmpty || fieldWasQuoted {
      endField()
      records.append(record)
    }
    return records
  }
}
