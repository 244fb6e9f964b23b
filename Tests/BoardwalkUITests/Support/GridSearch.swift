import BoardwalkUI

/// Finding things on a rendered screen by their text, as a user finds them by eye.
extension Grid {
  /// The cell column and row where `text` starts, searching rows top to bottom within
  /// `rows` and columns `columns` (the first match).
  func location(
    of text: String, rows: Range<Int>? = nil, columns: Range<Int>? = nil
  ) -> (x: Int, y: Int)? {
    let wanted = Array(text)
    for y in rows ?? 0..<height {
      let drawn = characters(inRow: y)
      guard drawn.count >= wanted.count else { continue }
      for start in 0...(drawn.count - wanted.count)
      where (columns?.contains(drawn[start].x) ?? true)
        && (0..<wanted.count).allSatisfy({ drawn[start + $0].character == wanted[$0] })
      {
        return (drawn[start].x, y)
      }
    }
    return nil
  }

  /// The rows whose text contains `text`.
  func rows(containing text: String) -> [Int] {
    (0..<height).filter { row($0).contains(text) }
  }

  /// The characters of a row with the column each starts at (continuation cells skipped).
  func characters(inRow y: Int) -> [(x: Int, character: Character)] {
    (0..<width).compactMap { x in
      self[x, y].width == 0 ? nil : (x, self[x, y].character)
    }
  }
}
