import BoardwalkCore

/// The RAG heat map: areas (or owners) down the side, RAG classes and overdue across the
/// top, each cell the count of matching actions shaded by how many.
enum HeatMapView {
  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let theme = state.theme
    let rowsName = state.heatMapGrouping == .area ? "areas" : "owners"
    let inner = PaneFrame.draw(
      "Heat map · \(rowsName) (H)" + (state.isHeatMapCounting ? " · counting…" : ""), in: rect,
      focused: focused, theme: theme, into: &grid)
    guard inner.width > 8, inner.height > 1 else { return }
    let columns = state.heatColumns
    let geometry = HeatMapGeometry(
      content: inner, columnCount: columns.count, largestCount: state.heatMapLargestCount)
    grid.write(
      fitting: state.heatMapGrouping == .area ? "Area" : "Owner", x: inner.x, y: inner.y,
      width: geometry.labelWidth,
      style: theme[.tableHeader])
    // Words when every column's fits ("Overdue"), else every column's symbol: never a word
    // cut short.
    let wordsFit = columns.allSatisfy { DisplayWidth.of($0.title) <= geometry.columnWidth - 1 }
    for (index, column) in columns.enumerated() {
      let title = wordsFit ? column.title : symbol(column)
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
    PaneFrame.footnote(
      state.heatMapGrouping == .area
        ? AreasView.countingNote : "an action counts under each of its owners",
      in: rect, theme: theme, into: &grid)
    let maxima = state.heatMapColumnMaxima
    let shownRows = state.heatMap.dropFirst(state.heatCursor.scroll).prefix(inner.height - 1)
    let labels = rowLabels(
      shownRows, room: geometry.labelWidth - 1, multiplePlans: state.store.plans.count > 1)
    for (line, (row, label)) in zip(shownRows, labels).enumerated() {
      let index = state.heatCursor.scroll + line
      let y = inner.y + 1 + line
      let selectedRow = index == state.heatCursor.selected
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

  /// The labels of `rows` in `room` cells. An area reads by its id, and its plan when
  /// several are loaded. Owners are cut so that no two rows in view read alike
  /// (``DisplayWidth/distinctLabels(_:toWidth:)``): each row says whose it is.
  static func rowLabels(_ rows: ArraySlice<SummaryRow>, room: Int, multiplePlans: Bool)
    -> [String]
  {
    guard rows.first?.plan == nil else {
      return rows.map { multiplePlans ? "\($0.key) \($0.plan ?? "")" : $0.key }
    }
    return DisplayWidth.distinctLabels(rows.map(\.key), toWidth: room)
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
