/// Several lines of editable text with a cursor: the minute-taker's editor. Works in
/// characters (grapheme clusters), so accents and emoji edit as one; pasted text keeps its
/// line breaks.
public struct TextEditor: Hashable, Sendable {
  public private(set) var lines: [[Character]]
  public private(set) var row = 0
  public private(set) var column = 0

  public init(_ text: String = "") {
    lines = TextEditor.split(text)
    row = lines.count - 1
    column = lines[row].count
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  public var isEmpty: Bool { lines.allSatisfy(\.isEmpty) }

  /// Applies an editing key; returns whether it was one.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(String(character))
    case .control("j"): newline()
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row < lines.count - 1 {
        row += 1
        column = 0
      }
    case .up:
      guard row > 0 else { return true }
      row -= 1
      column = min(column, lines[row].count)
    case .down:
      guard row < lines.count - 1 else { return true }
      row += 1
      column = min(column, lines[row].count)
    case .home, .control("a"): column = 0
    case .end, .control("e"): column = lines[row].count
    case .backspace, .control("h"):
      if column > 0 {
        lines[row].remove(at: column - 1)
        column -= 1
      } else if row > 0 {
        let rest = lines.remove(at: row)
        row -= 1
        column = lines[row].count
        lines[row] += rest
      }
    case .delete, .control("d"):
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row < lines.count - 1 {
        lines[row] += lines.remove(at: row + 1)
      }
    case .control("u"):
      lines[row].removeSubrange(0..<column)
      column = 0
    case .control("k"):
      lines[row].removeSubrange(column...)
    default:
      return false
    }
    return true
  }

  /// Inserts text at the cursor; line breaks in it start new lines, tabs become spaces.
  public mutating func insert(_ text: String) {
    let pieces = TextEditor.split(text.replacing("\t", with: "    "))
    let tail = Array(lines[row][column...])
    let first = row
    lines[row].removeSubrange(column...)
    lines[row] += pieces[0]
    if pieces.count > 1 {
      lines.insert(contentsOf: pieces.dropFirst(), at: row + 1)
      row += pieces.count - 1
    }
    column = lines[row].count
    lines[row] += tail
    // Keys arrive one scalar at a time: a combining mark, skin tone or joiner typed after a
    // character belongs to it, so the lines are regrouped into whole characters.
    if first != row { lines[first] = Array(String(lines[first])) }
    let head = String(lines[row][..<column])
    lines[row] = Array(String(lines[row]))
    column = min(head.count, lines[row].count)
  }

  private mutating func newline() {
    let tail = Array(lines[row][column...])
    lines[row].removeSubrange(column...)
    lines.insert(tail, at: row + 1)
    row += 1
    column = 0
  }

  private static func split(_ text: String) -> [[Character]] {
    var result: [[Character]] = [[]]
    for character in text {
      if character == "\n" || character == "\r\n" || character == "\r" {
        result.append([])
      } else {
        result[result.count - 1].append(character)
      }
    }
    return result
  }
}
