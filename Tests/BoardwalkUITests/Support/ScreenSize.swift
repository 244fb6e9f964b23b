import Testing

/// A terminal size the snapshot tests draw at.
struct ScreenSize: Sendable, CustomTestStringConvertible {
  let width: Int
  let height: Int

  /// The size the issue calls "usable subset": one pane at a time.
  static let small = ScreenSize(width: 80, height: 24)
  /// Wide enough for every pane at once.
  static let large = ScreenSize(width: 160, height: 48)
  /// Both sizes every snapshot is taken at.
  static let both = [small, large]

  var name: String { "\(width)x\(height)" }
  var testDescription: String { name }
}
