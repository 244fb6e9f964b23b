/// One line of editable text with a cursor: the filter editor, the search box and picker
/// queries. Works in characters (grapheme clusters), so accents and emoji edit as one.
public struct LineEditor: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Cursor position, from 0 (before the first character) to `characters.count`.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Applies an editing key; returns whether the key was an editing key.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      insert(String(character))
    case .left:
      cursor = max(0, cursor - 1)
    case .right:
      cursor = min(characters.count, cursor + 1)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = characters.count
    case .backspace, .control("h"):
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .control("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"):
      characters.removeSubrange(cursor...)
    case .control("w"):
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    return true
  }

  /// Inserts text at the cursor; line breaks and tabs become spaces.
  public mutating func insert(_ text: String) {
    let flat = text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 }
    characters.insert(contentsOf: flat, at: cursor)
    cursor += flat.count
    // Keys arrive one scalar at a time: a combining mark, skin tone or joiner typed after a
    // character belongs to it, so the text is regrouped into whole characters.
    let head = String(characters[..<cursor])
    characters = Array(String(characters))
    cursor = min(head.count, characters.count)
  }
}
