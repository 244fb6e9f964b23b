/// The text rules of iCalendar (RFC 5545 section 3.1 and 3.3.11): escaping TEXT values and
/// folding content lines.
public enum ICalendarText {
  /// The longest a content line may be, in octets, not counting its CRLF.
  public static let lineLimit = 75

  /// `text` as a TEXT value: backslash, semicolon and comma escaped with a backslash, each
  /// line break (LF, CR or CR LF) written `\n`, and every other control character shown as
  /// its ``TextSafety`` placeholder (TEXT may hold no control character but the tab).
  public static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var afterCR = false
    for scalar in TextSafety.sanitized(text).unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\r": out += "\\n"
      case "\n": if !afterCR { out += "\\n" }
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// One content line folded as RFC 5545 asks: no line longer than ``lineLimit`` octets,
  /// each line after the first starting with a space, a UTF-8 character never split, and
  /// every line ended with CRLF. Unfolding (removing each CRLF and the space after it)
  /// gives `line` back.
  public static func folded(_ line: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(line.utf8.count + line.utf8.count / 37 + 2)
    let bytes = Array(line.utf8)
    var used = 0
    var position = 0
    while position < bytes.count {
      // The whole UTF-8 sequence that starts here: a lead byte and its continuation bytes.
      var end = position + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      if used + (end - position) > lineLimit {
        out += [0x0D, 0x0A, 0x20]
        used = 1
      }
      out += bytes[position..<end]
      used += end - position
      position = end
    }
    out += [0x0D, 0x0A]
    return out
  }
}
