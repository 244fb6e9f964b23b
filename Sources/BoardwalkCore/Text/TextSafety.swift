/// Which characters in a plan's text could act on a terminal (move the cursor, retitle the
/// window, reorder text) and how to show them instead. The one place that decides it.
public enum TextSafety {
  /// Whether a scalar must never reach a terminal as itself: C0 and C1 control characters,
  /// DEL, and the bidirectional embedding, override and isolate controls. Tab, line feed
  /// and carriage return are allowed when `allowingLineBreaks` (prose may hold them).
  public static func isUnsafe(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool = true) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return !allowingLineBreaks
    case 0x00..<0x20, 0x7F..<0xA0: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The first unsafe scalar in a text, if any. Decides from the UTF-8 bytes, without
  /// decoding scalars, unless one is found.
  public static func firstUnsafeScalar(in text: String, allowingLineBreaks: Bool = true) -> Unicode
    .Scalar?
  {
    var text = text
    let suspicious = text.withUTF8 { bytes in
      mayHoldUnsafe(bytes, allowingLineBreaks: allowingLineBreaks)
    }
    guard suspicious else { return nil }
    return text.unicodeScalars.first { isUnsafe($0, allowingLineBreaks: allowingLineBreaks) }
  }

  /// Whether UTF-8 bytes may hold an unsafe scalar (decided without decoding scalars).
  static func mayHoldUnsafe(_ bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool = true)
    -> Bool
  {
    var index = 0
    let count = bytes.count
    while index < count {
      if index + 8 <= count, !ByteScan.hasSpecial(ByteScan.word(bytes, at: index)) {
        index += 8
        continue
      }
      let byte = bytes[index]
      switch byte {
      case 0x09, 0x0A, 0x0D:
        if !allowingLineBreaks { return true }
      case 0x00..<0x20, 0x7F:
        return true
      case 0xC2:  // U+0080...U+009F: C1 controls
        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
      case 0xE2:  // U+202A...U+202E and U+2066...U+2069: bidirectional controls
        if index + 2 < count,
          (bytes[index + 1] == 0x80 && (0xAA...0xAE).contains(bytes[index + 2]))
            || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2]))
        {
          return true
        }
      default:
        break
      }
      index += 1
    }
    return false
  }

  /// The visible stand-in for an unsafe scalar: the Unicode control picture for C0 controls
  /// and DEL (␛ for escape), and the replacement character for the rest.
  public static func placeholder(for scalar: Unicode.Scalar) -> Character {
    switch scalar.value {
    case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
    case 0x7F: return "\u{2421}"
    default: return "\u{FFFD}"
    }
  }

  /// `text` with every unsafe scalar replaced by its placeholder; line breaks and tabs are
  /// kept when `allowingLineBreaks`, otherwise shown as placeholders too.
  public static func sanitized(_ text: String, allowingLineBreaks: Bool = true) -> String {
    guard firstUnsafeScalar(in: text, allowingLineBreaks: allowingLineBreaks) != nil else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar, allowingLineBreaks: allowingLineBreaks) {
        result.append(contentsOf: placeholder(for: scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether a scalar shows as nothing at all, so that a name holding it looks the same as the
  /// name without it: the zero width space, word joiner and invisible operators, the
  /// direction marks, the soft hyphen and the zero width no-break space (a byte order mark).
  /// The zero width joiner and non-joiner are left out: emoji and some scripts need them.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF: true
    default: false
    }
  }

  /// The first invisible scalar in a text (see ``isInvisible(_:)``), if any.
  public static func firstInvisibleScalar(in text: String) -> Unicode.Scalar? {
    guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return text.unicodeScalars.first(where: isInvisible)
  }

  /// "U+001B (escape)": for messages.
  public static func name(of scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    switch scalar.value {
    case 0x00: return code + " (NUL)"
    case 0x1B: return code + " (escape)"
    case 0x7F: return code + " (delete)"
    case 0x202A...0x202E, 0x2066...0x2069: return code + " (bidirectional control)"
    case 0x00AD: return code + " (soft hyphen)"
    case 0x200B: return code + " (zero width space)"
    case 0x200E, 0x200F, 0x061C: return code + " (direction mark)"
    case 0x2060: return code + " (word joiner)"
    case 0xFEFF: return code + " (zero width no-break space)"
    default: return code
    }
  }
}
