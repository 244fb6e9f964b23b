extension ScreenSize {
  /// The sizes the meeting screen is drawn at: 80x24 (the item alone) and 200x50 (the agenda
  /// beside it), for a shared screen.
  static let meeting = [small, ScreenSize(width: 200, height: 50)]
  /// The smallest screen that draws anything.
  static let smallest = ScreenSize(width: 40, height: 12)
}
