/// JSON pointers (RFC 6901), as diagnostics name values.
enum JSONPointer {
  /// A key escaped for use as one pointer component (`~` as `~0`, `/` as `~1`).
  static func escape(_ key: String) -> String {
    var text = ""
    for character in key {
      switch character {
      case "~": text += "~0"
      case "/": text += "~1"
      default: text.append(character)
      }
    }
    return text
  }
}
