/// How many terminal cells text takes: the one place Boardwalk measures text.
///
/// Widths are decided per grapheme cluster (a Swift `Character`), not per scalar, so an
/// emoji built from several scalars (a family joined by ZWJ, a flag, a keycap) counts as
/// the two cells terminals draw, and an accented letter made of a base and a combining
/// mark counts as one. East Asian wide and fullwidth characters count two.
public enum DisplayWidth {
  /// Cells taken by one character: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // ASCII fast path; an ASCII base with more scalars may be a keycap (1️⃣), checked below.
    if first.value < 0x7F, scalars.count == 1 { return first.value < 0x20 ? 0 : 1 }
    if (0x7F..<0xA0).contains(first.value) { return 0 }  // DEL and C1 controls
    if scalars.count > 1 {
      for scalar in scalars {
        // Emoji presentation selector, zero width joiner, keycap, or skin tone modifier.
        if scalar.value == 0xFE0F || scalar.value == 0x200D || scalar.value == 0x20E3
          || (0x1F3FB...0x1F3FF).contains(scalar.value)
        {
          return 2
        }
      }
      if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }  // a flag: two regional indicators
    }
    return of(scalar: first)
  }

  /// Cells taken by a single scalar standing alone.
  public static func of(scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value >= 0x1100, isWide(value) { return 2 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Cells taken by a string.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for byte in text.utf8 where byte >= 0x80 {
      // Not pure ASCII: measure character by character.
      return text.reduce(0) { $0 + of($1) }
    }
    for byte in text.utf8 where byte >= 0x20 && byte != 0x7F { total += 1 }
    return total
  }

  /// The longest prefix of `text` that fits in `width` cells, ending with `…` when
  /// anything was cut. Never splits a character, never exceeds `width`. Looks at the text
  /// only as far as the width reaches (and one character more), however long it is.
  public static func truncate(_ text: String, toWidth width: Int, ellipsis: Character = "…")
    -> String
  {
    truncate(characters: text, toWidth: width, ellipsis: ellipsis)
  }

  /// ``truncate(_:toWidth:ellipsis:)`` over any characters, read only as far as needed.
  public static func truncate(
    characters: some Sequence<Character>, toWidth width: Int, ellipsis: Character = "…"
  ) -> String {
    guard width > 0 else { return "" }
    let room = width - of(ellipsis)
    // `head`: the characters that fit beside the ellipsis; `rest`: those that fit only
    // without it.
    var head = ""
    var rest = ""
    var used = 0
    var headIsOpen = true
    for character in characters {
      let cells = of(character)
      if used + cells > width {
        if room >= 0 { head.append(ellipsis) }
        return head
      }
      used += cells
      if headIsOpen && used <= room {
        head.append(character)
      } else {
        headIsOpen = false
        rest.append(character)
      }
    }
    return head + rest
  }

  /// Whether `text` takes more than `width` cells, looking no further than needed.
  public static func exceeds(_ text: some StringProtocol, width: Int) -> Bool {
    var used = 0
    var index = text.utf8.startIndex
    // ASCII a byte at a time; anything else character by character.
    while index < text.utf8.endIndex {
      let byte = text.utf8[index]
      if byte >= 0x80 { break }
      if byte >= 0x20 && byte != 0x7F { used += 1 }
      if used > width { return true }
      index = text.utf8.index(after: index)
    }
    guard index < text.utf8.endIndex else { return false }
    for character in text[index...] {
      used += of(character)
      if used > width { return true }
    }
    return false
  }

  /// `text` cut in the middle to fit `width` cells, keeping its start and its end either
  /// side of `…`: for names that differ at the end ("Assistant Director Learning and
  /// Skills", "Assistant Director Early Help"). Never splits a character, never exceeds
  /// `width`; reads only the ends it keeps.
  public static func truncateMiddle(_ text: String, toWidth width: Int) -> String {
    guard width > 2, exceeds(text, width: width) else { return truncate(text, toWidth: width) }
    let room = width - 1
    var tail: [Character] = []
    var tailWidth = 0
    for character in text.reversed() {
      let cells = of(character)
      if tailWidth + cells > (room + 1) / 2 { break }
      tail.append(character)
      tailWidth += cells
    }
    let head = truncate(text, toWidth: room - tailWidth + 1).dropLast()
    return String(head) + "…" + String(tail.reversed())
  }

  /// `text` cut or padded with spaces to exactly `width` cells.
  public static func fit(_ text: String, toWidth width: Int) -> String {
    let cut = truncate(text, toWidth: width)
    let used = of(cut)
    return used < width ? cut + String(repeating: " ", count: width - used) : cut
  }

  /// `text` padded with spaces on the left to `width` cells (for numbers).
  public static func padLeft(_ text: String, toWidth width: Int) -> String {
    let used = of(text)
    return used < width ? String(repeating: " ", count: width - used) + text : text
  }

  /// Words of `text` laid into lines of at most `width` cells; words longer than a line
  /// are broken. Line breaks in the text start new lines. Stops after `maximumLines` lines
  /// (a pane that shows twenty lines wraps no further). One walk along the text: each
  /// character is looked at once, never again for the rest of its word or paragraph.
  public static func wrap(_ text: String, toWidth width: Int, maximumLines: Int = .max)
    -> [String]
  {
    var examined = 0
    return wrap(text, toWidth: width, maximumLines: maximumLines, examined: &examined)
  }

  /// ``wrap(_:toWidth:maximumLines:)``, counting in `examined` the characters it looked at
  /// (for tests of the work it does).
  static func wrap(
    _ text: String, toWidth width: Int, maximumLines: Int, examined: inout Int
  ) -> [String] {
    guard width > 0, maximumLines > 0 else { return [] }
    var lines: [String] = []
    // The line being filled, and the word being read (or, in a word longer than a line,
    // the piece of it since its last break).
    var line = ""
    var lineWidth = 0
    var word = ""
    var wordWidth = 0
    var isBreakingWord = false
    func endWord() {
      guard !word.isEmpty else { return }
      if isBreakingWord {
        // The rest of a broken word starts the next line.
        line = word
        lineWidth = wordWidth
      } else if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
      } else {
        if lineWidth > 0 { lines.append(line) }
        line = word
        lineWidth = wordWidth
      }
      word = ""
      wordWidth = 0
      isBreakingWord = false
    }
    for character in text {
      examined += 1
      if character == "\n" {
        endWord()
        lines.append(line)
        line = ""
        lineWidth = 0
      } else if character == " " {
        endWord()
      } else {
        let cells = of(character)
        if wordWidth + cells > width, !word.isEmpty {
          // Longer than a line: the line so far goes first, then each full piece.
          if !isBreakingWord, lineWidth > 0 { lines.append(line) }
          line = ""
          lineWidth = 0
          isBreakingWord = true
          lines.append(word)
          word = ""
          wordWidth = 0
        }
        word.append(character)
        wordWidth += cells
      }
      if lines.count >= maximumLines { return Array(lines.prefix(maximumLines)) }
    }
    endWord()
    lines.append(line)
    return Array(lines.prefix(maximumLines))
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
