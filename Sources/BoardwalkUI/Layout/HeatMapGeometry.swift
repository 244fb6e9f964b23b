/// Where the heat map's row labels and columns sit inside its pane: shared by drawing and
/// by mouse clicks, so a click lands on the cell that was drawn there.
struct HeatMapGeometry {
  let labelWidth: Int
  let columnWidth: Int
  let columnCount: Int
  let origin: Int

  init(content: Rect, columnCount: Int) {
    self.columnCount = columnCount
    origin = content.x
    let columns = max(3, min(8, (content.width - 10) / max(1, columnCount)))
    columnWidth = columns
    labelWidth = max(4, content.width - columns * columnCount)
  }

  /// The x of a column's first cell.
  func x(ofColumn column: Int) -> Int { origin + labelWidth + column * columnWidth }

  /// The column at screen x, if x is over one.
  func column(atX x: Int) -> Int? {
    let offset = x - origin - labelWidth
    guard offset >= 0 else { return nil }
    let column = offset / columnWidth
    return column < columnCount ? column : nil
  }
}
