/// Writes JSON text: strings escaped as RFC 8259 requires, and every character that could act
/// on a terminal (control characters, bidirectional controls) as a `\u` escape, so the output
/// is safe to print and still says exactly what the data holds.
public enum JSONText {
  /// `value` as a JSON string literal, quotes included.
  public static func quoted(_ value: String) -> String {
    var result = "\""
    result.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        // Whatever could act on a terminal (TextSafety decides) is written as an escape, and
        // so are the line and paragraph separators JavaScript takes for line breaks.
        if TextSafety.isUnsafe(scalar, allowingLineBreaks: false) || scalar.value == 0x2028
          || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A JSON string, or `null`.
  public static func quoted(_ value: String?) -> String {
    value.map { quoted($0) } ?? "null"
  }

  /// A JSON array of strings.
  public static func array(_ values: [String]) -> String {
    "[" + values.map { quoted($0) }.joined(separator: ",") + "]"
  }
}
