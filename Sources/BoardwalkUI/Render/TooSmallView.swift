import BoardwalkCore

/// What a screen below the minimum size shows instead of panes.
enum TooSmallView {
  static func draw(into grid: inout Grid, theme: Theme) {
    let lines = [
      "Terminal too small",
      "\(grid.width)×\(grid.height); Boardwalk needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
      "Enlarge the window, or press q to quit",
    ]
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let width = DisplayWidth.of(line)
      let x = max(0, (grid.width - width) / 2)
      grid.write(
        line, x: x, y: top + index, style: theme[index == 0 ? .error : .text], limit: grid.width - x
      )
    }
  }
}
