import BoardwalkCore

/// The screen as cells in memory: what rendering produces, what tests compare, and what the
/// terminal module copies to the terminal. Drawing clips to the grid and never wraps.
public struct Grid: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, filling cell: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: cell, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills a rectangle with one style and spaces. A wide character cut by its edge is blanked
  /// whole, so no half of one is left behind.
  public mutating func fill(_ rect: Rect, style: CellStyle) {
    let (left, right) = (max(0, rect.x), min(width, rect.maxX))
    guard left < right else { return }
    for row in max(0, rect.y)..<min(height, rect.maxY) {
      clearHalfOfWideCharacter(at: left, y: row)
      clearHalfOfWideCharacter(at: right - 1, y: row)
      for column in left..<right {
        self[column, row] = Cell(" ", width: 1, style: style)
      }
    }
  }

  /// Writes text at (x, y), clipped to `limit` cells (and the grid's edge); returns the
  /// column after the last cell written. Unsafe characters are shown as placeholders; line
  /// breaks and tabs as spaces; zero-width characters are dropped; a wide character that
  /// does not fit whole is not drawn.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle, limit: Int? = nil)
    -> Int
  {
    guard y >= 0, y < height else { return x }
    let end = min(width, x + (limit ?? width))
    var column = x
    for character in text {
      guard column < end else { break }
      let shown = Grid.displayable(character)
      let cells = DisplayWidth.of(shown)
      if cells == 0 { continue }
      if column + cells > end { break }
      if column >= 0 {
        clearHalfOfWideCharacter(at: column, y: y)
        self[column, y] = Cell(shown, width: UInt8(cells), style: style)
        if cells == 2 {
          clearHalfOfWideCharacter(at: column + 1, y: y)
          self[column + 1, y] = Cell(" ", width: 0, style: style)
        }
      }
      column += cells
    }
    return column
  }

  /// Writes text at (x, y) and fills the rest of `width` cells with spaces in the same style;
  /// text longer than the width ends with an ellipsis.
  public mutating func write(fitting text: String, x: Int, y: Int, width: Int, style: CellStyle) {
    guard width > 0 else { return }
    // Flattened, made visible and cut in one pass that stops where the width does: a title
    // of a million characters costs what the cells it fills cost.
    let fitted = DisplayWidth.truncate(characters: OneLine(text), toWidth: width)
    let after = write(fitted, x: x, y: y, style: style, limit: width)
    if after < x + width {
      fill(Rect(x: after, y: y, width: x + width - after, height: 1), style: style)
    }
  }

  /// The grid as plain text: one line per row, trailing spaces kept, wide characters once.
  public var text: String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for row in 0..<height {
      var line = ""
      for column in 0..<width {
        let cell = self[column, row]
        if !cell.isContinuation { line.append(cell.character) }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// Text for one row, for tests and tools.
  public func row(_ y: Int) -> String {
    var line = ""
    for column in 0..<width where !self[column, y].isContinuation {
      line.append(self[column, y].character)
    }
    return line
  }

  /// The character as it may be drawn: unsafe scalars as visible placeholders, line breaks
  /// and tabs as spaces.
  static func displayable(_ character: Character) -> Character {
    if character == "\n" || character == "\r\n" || character == "\r" || character == "\t" {
      return " "
    }
    guard let first = character.unicodeScalars.first else { return " " }
    if character.unicodeScalars.contains(where: {
      TextSafety.isUnsafe($0, allowingLineBreaks: false)
    }) {
      return TextSafety.placeholder(for: first)
    }
    return character
  }

  /// Text as it will be drawn, so it can be measured before drawing: unsafe characters as
  /// their placeholders (which take a cell, where the raw control would measure zero), tabs as
  /// spaces, and line breaks as spaces unless `keepingLineBreaks` (for text to be wrapped).
  static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard TextSafety.firstUnsafeScalar(in: text, allowingLineBreaks: false) != nil else {
      return text
    }
    return String(
      text.map { character in
        keepingLineBreaks && (character == "\n" || character == "\r\n")
          ? "\n" : displayable(character)
      })
  }

  /// Text on one line: runs of line breaks and tabs become single spaces.
  static func flattened(_ text: String) -> String {
    guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) else {
      return text
    }
    var result = ""
    var lastWasSpace = false
    for character in text {
      if character == "\n" || character == "\r" || character == "\t" || character == "\r\n" {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = character == " "
      }
    }
    return result
  }

  /// Text as ``flattened(_:)`` then ``visible(_:keepingLineBreaks:)`` make it, character by
  /// character, read only as far as it is iterated.
  struct OneLine: Sequence {
    let text: String

    init(_ text: String) { self.text = text }

    func makeIterator() -> Iterator { Iterator(characters: text.makeIterator()) }

    struct Iterator: IteratorProtocol {
      var characters: String.Iterator
      var lastWasSpace = false

      mutating func next() -> Character? {
        while let character = characters.next() {
          if character == "\n" || character == "\r" || character == "\t" || character == "\r\n" {
            guard !lastWasSpace else { continue }
            lastWasSpace = true
            return " "
          }
          lastWasSpace = character == " "
          return Grid.displayable(character)
        }
        return nil
      }
    }
  }

  /// Overwriting one half of a wide character blanks the other half.
  private mutating func clearHalfOfWideCharacter(at column: Int, y: Int) {
    guard column >= 0, column < width else { return }
    let cell = self[column, y]
    if cell.width == 2, column + 1 < width {
      self[column + 1, y] = Cell(" ", width: 1, style: self[column + 1, y].style)
    } else if cell.isContinuation, column > 0 {
      self[column - 1, y] = Cell(" ", width: 1, style: self[column - 1, y].style)
    }
  }
}
