import BoardwalkCore

/// The RAG heat map: areas (or owners) down the side, RAG classes and overdue across the
/// top, each cell the count of matching actions shaded by how many.
enum HeatMapView {
  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let theme = state.theme
    let rowsName = state.heatMapGrouping == .area ? "areas" : "owners"
    let inner = PaneFrame.draw(
      "Heat map · \(rowsName) (H)", in: rect, focused: focused, theme: theme, into: &grid)
    guard inner.width > 8, inner.height > 1 else { return }
    let columns = state.heatColumns
    let geometry = HeatMapGeometry(content: inner, columnCount: columns.count)
    grid.write(
      fitting: state.heatMapGrouping == .area ? "Area" : "Owner", x: inner.x, y: inner.y,
      width: geometry.labelWidth,
      style: theme[.tableHeader])
    for (index, column) in columns.enumerated() {
      let title =
        geometry.columnWidth >= 6
        ? String(column.title.prefix(geometry.columnWidth - 1)) : symbol(column)
      grid.write(
        fitting: DisplayWidth.padLeft(title, toWidth: geometry.columnWidth - 1) + " ",
        x: geometry.x(ofColumn: index),
        y: inner.y, width: geometry.columnWidth, style: theme[.tableHeader])
    }
    guard !state.heatMap.isEmpty else {
      grid.write(
        fitting: "No \(rowsName) with matching actions", x: inner.x, y: inner.y + 1,
        width: inner.width, style: theme[.dim])
      return
    }
    let maxima = columns.map { column in
      state.heatMap.reduce(0) { max($0, count(column, in: $1.counts)) }
    }
    let multiplePlans = state.store.plans.count > 1
    for line in 0..<(inner.height - 1) {
      let index = state.heatCursor.scroll + line
      guard index < state.heatMap.count else { break }
      let row = state.heatMap[index]
      let y = inner.y + 1 + line
      let selectedRow = index == state.heatCursor.selected
      let label = multiplePlans && row.plan != nil ? "\(row.key) \(row.plan ?? "")" : row.key
      grid.write(
        fitting: label, x: inner.x, y: y, width: geometry.labelWidth - 1,
        style: selectedRow ? theme[focused ? .selection : .selectionInactive] : theme[.text])
      for (columnIndex, column) in columns.enumerated() {
        let value = count(column, in: row.counts)
        var style = theme.heat(column, count: value, maximum: maxima[columnIndex])
        if selectedRow && columnIndex == state.heatColumn && focused { style = theme[.selection] }
        let text = value == 0 ? "·" : String(value)
        grid.write(
          fitting: DisplayWidth.padLeft(text, toWidth: geometry.columnWidth - 1) + " ",
          x: geometry.x(ofColumn: columnIndex), y: y, width: geometry.columnWidth, style: style)
      }
    }
  }

  /// The column's one-character heading: the RAG letter, or `!` for overdue.
  static func symbol(_ column: HeatColumn) -> String {
    switch column {
    case .rag(let rag): String(rag.letter)
    case .overdue: "!"
    }
  }

  static func count(_ column: HeatColumn, in counts: RAGCounts) -> Int {
    switch column {
    case .rag(let rag): counts[rag]
    case .overdue: counts.overdue
    }
  }
}
