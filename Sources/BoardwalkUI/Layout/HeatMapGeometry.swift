/// Where the heat map's row labels and columns sit inside its pane: shared by drawing and
/// by mouse clicks, so a click lands on the cell that was drawn there.
struct HeatMapGeometry {
  let labelWidth: Int
  let columnWidth: Int
  let columnCount: Int
  let origin: Int

  /// The geometry for `columnCount` columns in `content`, whose largest count is
  /// `largestCount`: each column is wide enough for that count and a space; the labels (area
  /// ids and plans, owners) get up to 20 cells next; anything left widens the columns, up to
  /// eight cells (room for "Overdue").
  init(content: Rect, columnCount: Int, largestCount: Int) {
    self.columnCount = columnCount
    origin = content.x
    let count = max(1, columnCount)
    let narrowest = max(3, String(max(0, largestCount)).count + 1)
    let wantedLabel = max(10, min(20, content.width - narrowest * count))
    let columns = max(narrowest, min(8, (content.width - wantedLabel) / count))
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
