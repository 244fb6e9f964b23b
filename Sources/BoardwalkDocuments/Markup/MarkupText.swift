import BoardwalkCore

/// Text made safe for HTML and for Word's XML, the one place both writers escape text.
///
/// Every control character becomes its ``TextSafety`` placeholder (␛, ␇, …), so nothing
/// can act on a terminal a file is shown on, nor make the XML invalid; a character XML
/// cannot hold (U+FFFE, U+FFFF) becomes U+FFFD; and `&`, `<`, `>`, `"` and `'` become
/// entities, so no text can open a tag, end an attribute or start a link.
enum MarkupText {
  /// `text` escaped, with its line breaks (CR LF, LF, CR) kept as `\n`: for callers that
  /// write breaks themselves, split it with ``lines(of:)`` first.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in TextSafety.sanitized(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The lines of `text`, split at CR LF, LF and CR scalar by scalar (a CR LF is one
  /// break), each escaped.
  static func escapedLines(of text: String) -> [String] {
    lines(of: text).map(escaped)
  }

  /// The lines of `text`, split at CR LF, LF and CR scalar by scalar (a CR LF is one break).
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      if afterCR, scalar == "\n" {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        lines.append(String(line))
        line = String.UnicodeScalarView()
      } else {
        line.append(scalar)
      }
    }
    lines.append(String(line))
    return lines
  }

  /// `text` on one line: line breaks as spaces, escaped. For titles and properties.
  static func escapedOneLine(_ text: String) -> String {
    escapedLines(of: text).joined(separator: " ")
  }
}
