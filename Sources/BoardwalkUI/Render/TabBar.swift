import BoardwalkCore

/// The pane tabs of a narrow screen: `1 Areas  2 Actions  3 Heat map  4 Detail`.
enum TabBar {
  static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: state.theme[.tabInactive])
    var x = rect.x
    for (pane, label) in zip(Pane.allCases, labels(fitting: rect.width)) {
      x = grid.write(
        label, x: x, y: rect.y, style: state.theme[pane == state.focus ? .tabActive : .tabInactive],
        limit: rect.maxX - x)
      x += 1
    }
  }

  /// The pane whose tab is at screen column `x`.
  static func pane(atX x: Int, in rect: Rect) -> Pane? {
    var start = rect.x
    for (pane, label) in zip(Pane.allCases, labels(fitting: rect.width)) {
      let end = start + DisplayWidth.of(label)
      if x >= start && x < end { return pane }
      start = end + 1
    }
    return nil
  }

  /// Each pane's tab, with a space of padding either side when every tab then fits in
  /// `width` columns, and without it when not, so the last tab is not cut (at 40 columns).
  static func labels(fitting width: Int) -> [String] {
    let plain = Pane.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }
    let padded = plain.map { " \($0) " }
    let paddedWidth = padded.reduce(padded.count - 1) { $0 + DisplayWidth.of($1) }
    return paddedWidth <= width ? padded : plain
  }
}
