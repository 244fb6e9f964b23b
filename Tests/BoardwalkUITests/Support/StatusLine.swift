import BoardwalkUI

/// One entry of the status line as drawn: a key and what it does.
struct StatusEntry: Hashable, CustomStringConvertible {
  let key: String
  let label: String
  var description: String { "\(key) \(label)" }
}

extension Screen {
  /// The entries the status line shows, read from the bottom row (entries are separated by
  /// two spaces; a key is one word).
  var statusEntries: [StatusEntry] {
    let grid = self.grid
    return grid.row(grid.height - 1).split(separator: "  ").compactMap { part in
      let text = part.trimmingCharacters(in: " ")
      guard let space = text.firstIndex(of: " ") else { return nil }
      return StatusEntry(
        key: String(text[..<space]), label: String(text[text.index(after: space)...]))
    }
  }
}

extension KeyBinding {
  /// How the status line writes this binding.
  var statusEntry: StatusEntry {
    StatusEntry(key: keys.first?.description ?? "", label: label)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
