import Foundation

/// The screen never showed what a test waited for.
struct ScreenTimeout: Error, CustomStringConvertible {
  let expectation: String
  let seconds: Int
  let lastScreen: ScreenCapture?

  var description: String {
    "waited \(seconds) s for \(expectation); the last screen was:\n"
      + (lastScreen?.description ?? "(nothing captured)")
  }
}

extension TmuxSession {
  /// How long a test waits for the screen to show something before failing.
  static let patience = 10

  /// Captures the pane until `isReady` holds, and returns that capture; fails after
  /// `seconds` with the last capture in the message. Never a fixed sleep: a key reaches the
  /// screen in milliseconds, a resize in a quarter of a second, on a loaded machine later.
  @discardableResult
  func waitForScreen(
    _ expectation: String, seconds: Int = patience,
    until isReady: (ScreenCapture) -> Bool
  ) async throws -> ScreenCapture {
    let deadline = Date().addingTimeInterval(Double(seconds))
    var last: ScreenCapture?
    while true {
      let screen = try capture()
      if isReady(screen) { return screen }
      last = screen
      if Date() > deadline {
        throw ScreenTimeout(expectation: expectation, seconds: seconds, lastScreen: last)
      }
      try await Task.sleep(for: .milliseconds(30))
    }
  }

  /// Waits until some row holds `text`.
  @discardableResult
  func waitForText(_ text: String, seconds: Int = patience) async throws -> ScreenCapture {
    try await waitForScreen("\"\(text)\"", seconds: seconds) { $0.contains(text) }
  }
}

extension TmuxSession {
  /// Waits until the pane's program has ended (the pane stays, dead, with `remainOnExit`),
  /// for as long as `seconds`.
  func waitUntilEnded(seconds: Int = 30) async throws {
    let deadline = Date().addingTimeInterval(Double(seconds))
    while try display("#{pane_dead}") != "1", Date() < deadline {
      try await Task.sleep(for: .milliseconds(50))
    }
  }
}
