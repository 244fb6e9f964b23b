import BoardwalkCore

/// What a screen below the minimum size shows instead of panes.
enum TooSmallView {
  static func draw(_ state: AppState, into grid: inout Grid) {
    let theme = state.theme
    let advice =
      if let draft = state.unsavedDraft {
        state.isAskingToQuit
          ? "Your \(draft) is not saved: q again throws it away and quits; any other key keeps it"
          : "Your \(draft) is not saved: enlarge the window to go back to it"
      } else {
        "Enlarge the window, or press q to quit"
      }
    let sentences = [
      "Terminal too small",
      "\(grid.width)×\(grid.height); Boardwalk needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
      advice,
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
