import BoardwalkUI
import Testing

/// A screen of the CJK, emoji and control-character plan at one size, in one view.
struct ScreenCase: Sendable, CustomTestStringConvertible {
  let width: Int
  let height: Int
  /// Keys typed after opening, as text.
  let keys: String
  var testDescription: String { "\(width)x\(height) after \"\(keys)\"" }

  /// The views: each pane focused, each action's detail, the pickers, the heat map by owner,
  /// the help, and editors holding pasted hostile text.
  static let views = [
    "1", "2", "3", "4", "3H", "o", "a", "s", "?", "j4", "jjjj4", "jjjjj4", "jjjjjj4", "jjjjjjj4",
    "2G", "f", "/",
  ]
  static let sizes = [
    (40, 12), (41, 13), (59, 20), (80, 24), (99, 30), (100, 24), (119, 40), (120, 36), (159, 30),
    (160, 48), (200, 50), (233, 61),
  ]
  static let all = sizes.flatMap { size in
    views.map { ScreenCase(width: size.0, height: size.1, keys: $0) }
  }

  /// Hostile text pasted into the editors that `f` and `/` open.
  static let pasted = "日本 \u{1B}[2J 👨‍👩‍👧 🇬🇧 e\u{301} \u{7}\u{202E}x"

  func screen() throws -> Screen {
    var screen = try Screen(.babel, width: width, height: height)
    screen.type(keys)
    if keys == "f" || keys == "/" { screen.send(.paste(Self.pasted)) }
    return screen
  }
}
