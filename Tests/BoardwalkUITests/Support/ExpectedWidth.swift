/// How many terminal cells a character takes, decided here independently of the code under
/// test, from the Unicode properties of what the fixtures hold: East Asian wide and fullwidth
/// characters, emoji presented as emoji (alone, with a selector, a skin tone, joined by ZWJ,
/// or as a flag of two regional indicators) take two; everything else drawn takes one.
enum ExpectedWidth {
  static func of(_ character: Character) -> Int {
    let scalars = Array(character.unicodeScalars)
    guard let first = scalars.first else { return 0 }
    if scalars.contains(where: { $0.value == 0x200D || $0.value == 0xFE0F }) { return 2 }
    if scalars.contains(where: { (0x1F3FB...0x1F3FF).contains($0.value) }) { return 2 }
    if scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
      return 2
    }
    if first.properties.isEmojiPresentation { return 2 }
    if isEastAsianWide(first.value) { return 2 }
    return 1
  }

  /// The East Asian wide and fullwidth blocks: Hangul Jamo, CJK radicals to Yi, Hangul
  /// syllables, CJK compatibility, vertical and small forms, fullwidth forms, the
  /// supplementary ideographic planes.
  static func isEastAsianWide(_ value: UInt32) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE10...0xFE19).contains(value) || (0xFE30...0xFE6F).contains(value)
      || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
      || (0x20000...0x3FFFD).contains(value)
  }
}
