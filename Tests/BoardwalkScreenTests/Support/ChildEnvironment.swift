import Foundation

/// The environment children of these tests run with: the test process's own, without what
/// would change how the screen behaves (`swift test` sets NO_COLOR; LINES and COLUMNS would
/// pin curses to one size; an outer tmux would be named by TMUX), and with Swift's crash
/// backtracer told not to wait for a key.
enum ChildEnvironment {
  static var standard: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for name in [
      "NO_COLOR", "LINES", "COLUMNS", "TMUX", "TMUX_PANE", "BOARDWALK_OWNER", "LC_ALL",
      "LC_CTYPE", "ENV", "PS1",
    ] {
      environment[name] = nil
    }
    environment["LANG"] = "C.UTF-8"
    environment["SWIFT_BACKTRACE"] = "interactive=no"
    return environment
  }
}
