import BoardwalkCore

/// A framed box drawn over the screen.
enum OverlayBox {
  /// Clears `rect`, draws its frame and title, and returns the inside.
  static func draw(_ title: String, in rect: Rect, theme: Theme, into grid: inout Grid) -> Rect {
    grid.fill(rect, style: theme[.overlay])
    let inside = PaneFrame.draw(title, in: rect, focused: true, theme: theme, into: &grid)
    return inside
  }

  /// A rectangle `width` x `height` centred on a screen, clipped to it.
  static func centred(width: Int, height: Int, screenWidth: Int, screenHeight: Int) -> Rect {
    // A box within a column of each side of a narrow screen takes the whole width, so the
    // panes' borders do not show beside its own.
    let width = width >= screenWidth - 2 ? screenWidth : width
    let height = min(height, screenHeight)
    return Rect(
      x: (screenWidth - width) / 2, y: (screenHeight - height) / 2, width: width, height: height)
  }
}
