import BoardwalkCore

/// The last message, whole: a box in the middle of the screen with the message wrapped to
/// fit, for messages the status line had to cut (a filter's suggestion, a torn journal line).
enum MessageView {
  static func draw(_ state: AppState, message: StatusMessage, into grid: inout Grid) {
    let theme = state.theme
    let width = min(90, state.width - 2)
    let lines = DisplayWidth.wrap(Grid.flattened(message.text), toWidth: max(1, width - 4))
    let box = OverlayBox.centred(
      width: width, height: min(state.height - 2, lines.count + 4), screenWidth: state.width,
      screenHeight: state.height)
    let inner = OverlayBox.draw(
      message.isError ? "Message (a problem)" : "Message", in: box, theme: theme, into: &grid)
    guard inner.width > 2, inner.height > 0 else { return }
    for (offset, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
      grid.write(
        fitting: line, x: inner.x + 1, y: inner.y + offset, width: inner.width - 1,
        style: theme[message.isError ? .error : .overlay])
    }
    grid.write(
      fitting: "Any key closes", x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1,
      style: theme[.dim])
  }
}
