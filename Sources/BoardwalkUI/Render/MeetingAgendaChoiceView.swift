import BoardwalkCore

/// `M` on a filtered screen: a box offering the filter as the meeting's agenda, or every open
/// action. The choice reads without colour (a `>` before it).
enum MeetingAgendaChoiceView {
  static func draw(_ state: AppState, choice: MeetingAgendaChoice, into grid: inout Grid) {
    let theme = state.theme
    let width = min(76, state.width - 2)
    let options = [
      "The filter on screen: \(choice.filter) (\(choice.count) action\(choice.count == 1 ? "" : "s"))",
      "Every open action (the agenda without a filter)",
    ]
    let note = "A meeting already begun keeps the agenda it started with."
    let box = OverlayBox.centred(
      width: width, height: 8, screenWidth: state.width, screenHeight: state.height)
    let inner = OverlayBox.draw("Start a meeting: its agenda", in: box, theme: theme, into: &grid)
    guard inner.width > 4, inner.height >= 4 else { return }
    for (offset, option) in options.enumerated() {
      let chosen = (offset == 0) == choice.isFilterChosen
      let style = theme[chosen ? .selection : .overlay]
      let row = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
      grid.fill(row, style: style)
      grid.write(
        fitting: (chosen ? "> " : "  ") + option, x: inner.x, y: row.y, width: inner.width,
        style: style)
    }
    grid.write(
      fitting: note, x: inner.x, y: inner.y + 3, width: inner.width, style: theme[.dim])
    grid.write(
      fitting: "↑↓ choose · Enter starts the meeting · Esc cancels", x: inner.x,
      y: inner.maxY - 1, width: inner.width, style: theme[.dim])
  }
}
