/// One cell of the screen: a character (a whole grapheme cluster), how many cells it
/// covers, and its style. The cell after a wide character is a continuation (width 0).
public struct Cell: Hashable, Sendable {
  public var character: Character
  /// 1 for most characters, 2 for wide ones, 0 for the continuation cell of a wide one.
  public var width: UInt8
  public var style: CellStyle

  public init(_ character: Character = " ", width: UInt8 = 1, style: CellStyle = .plain) {
    self.character = character
    self.width = width
    self.style = style
  }

  /// A blank cell.
  public static let blank = Cell()

  var isContinuation: Bool { width == 0 }
}
