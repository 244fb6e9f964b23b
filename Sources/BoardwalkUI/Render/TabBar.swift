import BoardwalkCore

/// The pane tabs of a narrow screen: `1 Areas  2 Actions  3 Heat map  4 Detail`.
enum TabBar {
  static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: state.theme[.tabInactive])
    var x = rect.x
    for (index, pane) in Pane.allCases.enumerated() {
      let label = " \(index + 1) \(pane.title) "
      x = grid.write(
        label, x: x, y: rect.y, style: state.theme[pane == state.focus ? .tabActive : .tabInactive],
        limit: rect.maxX - x)
      x += 1
    }
  }

  /// The pane whose tab is at screen column `x`.
  static func pane(atX x: Int, in rect: Rect) -> Pane? {
    var start = rect.x
    for (index, pane) in Pane.allCases.enumerated() {
      let end = start + DisplayWidth.of(" \(index + 1) \(pane.title) ")
      if x >= start && x < end { return pane }
      start = end + 1
    }
    return nil
  }
}
