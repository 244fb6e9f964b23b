/// What the screen must look like at a size: every pane of the layout there, the header's
/// count, and rows exactly as wide and as many as the terminal.
enum ExpectedLayout: Sendable {
  /// 120x40: areas beside the table, detail below it.
  case medium
  /// 80x24 and down to 40x12: one pane at a time, the others a tab away.
  case narrow
  /// 200x50: areas, heat map, table and detail at once.
  case wide
  /// Below 40x12: only a message.
  case tooSmall

  func matches(_ screen: ScreenCapture, width: Int, height: Int) -> Bool {
    guard screen.lines.count == height else { return false }
    if self == .tooSmall {
      return screen.contains("Terminal too small") && !screen.contains("┌")
    }
    guard screen.actionCount?.shown == 231, screen.lines.count > 3 else { return false }
    let top = screen.lines[2]
    switch self {
    case .medium:
      return top.hasPrefix("┌ Areas") && top.contains("┌ Actions") && top.count == width
        && screen.contains("┌ Detail") && !screen.contains("┌ Heat map")
    case .narrow:
      return top.contains("1 Areas") && top.contains("2 Actions")
        && screen.lines[3].hasPrefix("┌ Actions") && screen.lines[3].count == width
        && !screen.contains("┌ Areas")
    case .wide:
      return top.hasPrefix("┌ Areas") && top.contains("┌ Actions") && top.contains("┌ Detail")
        && top.count == width && screen.contains("┌ Heat map")
    case .tooSmall:
      return false
    }
  }
}
