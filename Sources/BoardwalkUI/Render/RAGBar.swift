import BoardwalkCore

/// A small bar of an area's actions by RAG class: each class's share of the width, drawn
/// with its letter in its colour, so it reads the same without colour.
enum RAGBar {
  /// Draws counts as a bar of `width` cells at (x, y).
  static func draw(
    _ counts: RAGCounts, x: Int, y: Int, width: Int, theme: Theme, into grid: inout Grid
  ) {
    guard width > 0 else { return }
    let total = counts.total
    guard total > 0 else {
      grid.write(String(repeating: "·", count: width), x: x, y: y, style: theme[.dim])
      return
    }
    // Largest remainder, with at least one cell for every class present when there is room.
    let present = RAGClass.allCases.filter { counts[$0] > 0 }
    var cells = RAGClass.allCases.map { counts[$0] * width / total }
    // A class raised to its one cell has had more than its share: no remainder cell too.
    var raised = Set<RAGClass>()
    if present.count <= width {
      for rag in present where cells[rag.rank] == 0 {
        cells[rag.rank] = 1
        raised.insert(rag)
      }
    }
    while cells.reduce(0, +) > width, let largest = cells.indices.max(by: { cells[$0] < cells[$1] })
    {
      cells[largest] -= 1
    }
    var remainderOrder = present.filter { !raised.contains($0) }
    if remainderOrder.isEmpty { remainderOrder = present }
    remainderOrder.sort {
      let (left, right) = (counts[$0] * width % total, counts[$1] * width % total)
      return left != right ? left > right : $0.rank < $1.rank
    }
    var index = 0
    while cells.reduce(0, +) < width, !remainderOrder.isEmpty {
      cells[remainderOrder[index % remainderOrder.count].rank] += 1
      index += 1
    }
    var column = x
    for rag in RAGClass.allCases where cells[rag.rank] > 0 {
      column = grid.write(
        String(repeating: rag.letter, count: cells[rag.rank]), x: column, y: y,
        style: theme[.rag(rag)])
    }
  }
}

/// A one-letter status badge.
enum RAGBadge {
  @discardableResult
  static func draw(
    _ rag: RAGClass, x: Int, y: Int, theme: Theme, padded: Bool = false, into grid: inout Grid
  )
    -> Int
  {
    grid.write(padded ? " \(rag.letter) " : String(rag.letter), x: x, y: y, style: theme[.rag(rag)])
  }
}
