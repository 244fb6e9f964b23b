/// Finds colour in `capture-pane -e` output: SGR sequences (`ESC [ ... m`) that set a
/// foreground or background colour (30-37, 40-47, 90-97, 100-107, and 38 or 48 with their
/// 256-colour or RGB arguments). Resetting to the default colour (39, 49) is not colour.
enum ColorCodes {
  /// Every SGR sequence in `text` that sets a colour, as written (without the ESC).
  static func colorSequences(in text: String) -> [String] {
    sgrParameterLists(in: text).filter(setsColor).map { "[" + $0 + "m" }
  }

  /// The parameter lists of every SGR sequence in `text`.
  static func sgrParameterLists(in text: String) -> [String] {
    var lists: [String] = []
    var scalars = text.unicodeScalars[...]
    while let escape = scalars.firstIndex(of: "\u{1B}") {
      scalars = scalars[scalars.index(after: escape)...]
      guard scalars.first == "[" else { continue }
      scalars = scalars.dropFirst()
      var parameters = String.UnicodeScalarView()
      while let scalar = scalars.first, !(0x40...0x7E).contains(scalar.value) {
        parameters.append(scalar)
        scalars = scalars.dropFirst()
      }
      if scalars.first == "m" { lists.append(String(parameters)) }
      scalars = scalars.dropFirst()
    }
    return lists
  }

  /// Whether a parameter list sets a foreground or background colour. The arguments of an
  /// underline colour (58;5;N or 58;2;R;G;B) are skipped, so they are not read as codes.
  private static func setsColor(_ parameters: String) -> Bool {
    let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0.split(separator: ":").first ?? "") ?? 0
    }
    var index = 0
    while index < codes.count {
      switch codes[index] {
      case 30...38, 40...48, 90...97, 100...107: return true
      case 58 where parameters.contains(";"):
        index += index + 1 < codes.count && codes[index + 1] == 5 ? 3 : 5
      default: index += 1
      }
    }
    return false
  }
}
