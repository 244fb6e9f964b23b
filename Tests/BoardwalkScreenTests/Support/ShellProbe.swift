import Foundation

extension TmuxSession {
  /// Runs `command` in the pane's shell and returns the rows it printed. The rows are found
  /// between two markers the shell prints before and after it, written so that the typed
  /// command line can never look like a marker row; so this also proves the shell answers.
  func runInShell(_ command: String, seconds: Int = patience) async throws -> [String] {
    let tag = UUID().uuidString.prefix(6)
    let begin = "BEGIN-\(tag)"
    let end = "END-\(tag)"
    try typeLine("echo \"BEGIN-\"\"\(tag)\"; \(command); echo \"END-\"\"\(tag)\"")
    let screen = try await waitForScreen("the shell to answer `\(command)`", seconds: seconds) {
      $0.lastIndex(ofLineEndingWith: end) != nil
    }
    guard let last = screen.lastIndex(ofLineEndingWith: end),
      let first = screen.lines[..<last].lastIndex(where: { $0.hasSuffix(begin) })
    else {
      throw ScreenTimeout(
        expectation: "the output of `\(command)` between markers", seconds: 0, lastScreen: screen)
    }
    return Array(screen.lines[(first + 1)..<last])
  }
}
