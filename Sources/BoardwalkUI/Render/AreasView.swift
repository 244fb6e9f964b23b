import BoardwalkCore

/// The areas pane: every area of every plan with a bar of its actions by RAG class and its
/// worst status; the selected row filters the table.
enum AreasView {
  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let theme = state.theme
    let inner = PaneFrame.draw("Areas", in: rect, focused: focused, theme: theme, into: &grid)
    guard inner.width > 4, inner.height > 0 else { return }
    let barWidth = inner.width >= 40 ? 10 : inner.width >= 28 ? 6 : 0
    // As wide as the largest count, "All areas" (no area counts an action twice), and a space.
    let largest = state.areaItems.first?.counts.total ?? 0
    let countWidth = inner.width >= 24 ? max(4, String(largest).count + 1) : 0
    let cursor = state.areasCursor
    for line in 0..<inner.height {
      let index = cursor.scroll + line
      guard index < state.areaItems.count else { break }
      let item = state.areaItems[index]
      let y = inner.y + line
      let selected = index == cursor.selected
      let rowStyle: CellStyle
      switch (selected, focused) {
      case (true, true): rowStyle = theme[.selection]
      case (true, false): rowStyle = theme[.selectionInactive]
      default: rowStyle = item.kind.isHeading ? theme[.paneTitle] : theme[.text]
      }
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
      RAGBadge.draw(item.counts.worst ?? .unrated, x: inner.x, y: y, theme: theme, into: &grid)
      // Two cells a level, up to eight levels: deeper ones keep a readable label.
      let indent = String(repeating: "  ", count: min(item.kind.depth, 8))
      let label =
        item.kind.isArea
        ? "\(indent)\(item.id) \(item.title)"
        : "\(item.id == "All" ? item.title : item.id + "  " + item.title)"
      let textWidth = inner.width - 2 - (barWidth > 0 ? barWidth + 1 : 0) - countWidth
      grid.write(fitting: label, x: inner.x + 2, y: y, width: max(0, textWidth), style: rowStyle)
      if barWidth > 0 {
        RAGBar.draw(
          item.counts, x: inner.maxX - countWidth - barWidth, y: y, width: barWidth, theme: theme,
          into: &grid)
      }
      if countWidth > 0 {
        grid.write(
          DisplayWidth.padLeft(String(item.counts.total), toWidth: countWidth),
          x: inner.maxX - countWidth, y: y,
          style: rowStyle)
      }
    }
    PaneFrame.footnote(Self.countingNote, in: rect, theme: theme, into: &grid)
  }

  /// What an area's count includes, under the pane (areas add up to more than all areas).
  static let countingNote = "an action counts in every area it serves"
}

extension AreaItem.Kind {
  var isHeading: Bool {
    if case .area = self { return false }
    return true
  }

  var isArea: Bool { !isHeading }

  var depth: Int {
    if case .area(_, _, let depth) = self { return depth }
    return 0
  }
}
