/// What `boardwalk` may put on a terminal, worked out from the rule README and TextSafety
/// give: no C0 or C1 control character, no DEL and no bidirectional control reaches it; each
/// is shown as a visible placeholder instead (the control picture U+2400 + code for C0, U+2421
/// for DEL, the replacement character for the rest).
enum VisibleText {
  /// Whether a scalar must never be written as itself: line feeds aside, which end lines,
  /// and tabs when `allowingTabs` (Markdown prose may keep them: they only space words).
  static func isUnsafe(_ scalar: Unicode.Scalar, allowingTabs: Bool = false) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x09: !allowingTabs
    case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The scalars of `text` that must not be written as themselves, as U+XXXX.
  static func unsafeScalars(in text: String, allowingTabs: Bool = false) -> [String] {
    text.unicodeScalars.filter { isUnsafe($0, allowingTabs: allowingTabs) }.map {
      "U+" + String($0.value, radix: 16, uppercase: true)
    }
  }

  /// A one-line text as `boardwalk` shows it: every unsafe scalar, line feeds and tabs too,
  /// replaced by its placeholder.
  static func shown(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.append("\u{2421}")
      case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
