import BoardwalkCore

/// What a screen below the minimum size shows instead of panes.
enum TooSmallView {
  static func draw(into grid: inout Grid, theme: Theme) {
    let sentences = [
      "Terminal too small",
      "\(grid.width)×\(grid.height); Boardwalk needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
      "Enlarge the window, or press q to quit",
    ]
    // Each sentence wrapped to the width, so a very small window still reads whole words.
    let lines = sentences.enumerated().flatMap { index, sentence in
      DisplayWidth.wrap(sentence, toWidth: grid.width).map { (text: $0, isTitle: index == 0) }
    }
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.prefix(grid.height).enumerated() {
      let width = DisplayWidth.of(line.text)
      let x = max(0, (grid.width - width) / 2)
      grid.write(
        line.text, x: x, y: top + index, style: theme[line.isTitle ? .error : .text],
        limit: grid.width - x)
    }
  }
}
