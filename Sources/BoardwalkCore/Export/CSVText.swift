/// Writes CSV (RFC 4180): fields quoted when they hold a comma, quote or line break, quotes
/// doubled. A field a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a tab
/// or a carriage return) is prefixed with `'` so opening the file cannot run anything.
public enum CSVText {
  public static func field(_ value: String) -> String {
    var value = value
    if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
      value = "'" + value
    }
    // Scalars, not characters: "\r\n" is one character, equal to neither "\r" nor "\n".
    guard
      value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else {
      return value
    }
    return "\"" + value.replacingQuotes() + "\""
  }

  /// One CSV line, without its line ending.
  public static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var result = ""
    for character in self {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result
  }
}
