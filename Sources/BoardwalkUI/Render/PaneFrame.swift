import BoardwalkCore

/// A pane's border and title.
enum PaneFrame {
  /// Draws the border of `rect` with `title` in it; returns the inside.
  @discardableResult
  static func draw(
    _ title: String, in rect: Rect, focused: Bool, theme: Theme, into grid: inout Grid
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let border = theme[.border]
    let horizontal = String(repeating: "─", count: rect.width - 2)
    grid.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border)
    grid.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border)
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      grid.write("│", x: rect.x, y: row, style: border)
      grid.write("│", x: rect.maxX - 1, y: row, style: border)
    }
    let shown = " " + title + " "
    grid.write(
      fitting: shown, x: rect.x + 1, y: rect.y, width: min(rect.width - 2, DisplayWidth.of(shown)),
      style: theme[focused ? .paneTitleFocused : .paneTitle])
    return rect.inset(by: 1)
  }

  /// Writes the first of `notes` that fits whole in the bottom border of `rect` (a legend,
  /// or what the pane's numbers count, longest first); when none fits, leaves the border
  /// plain.
  static func footnote(_ notes: String..., in rect: Rect, theme: Theme, into grid: inout Grid) {
    guard rect.height >= 2,
      let shown = notes.lazy.map({ " \($0) " }).first(where: {
        DisplayWidth.of($0) + 4 <= rect.width
      })
    else { return }
    grid.write(shown, x: rect.x + 2, y: rect.maxY - 1, style: theme[.dim])
  }
}
