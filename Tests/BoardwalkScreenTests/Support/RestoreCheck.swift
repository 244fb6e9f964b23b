import Foundation
import Testing

/// Checks that the terminal was given back as it was before the app started.
enum RestoreCheck {
  /// The shell answers a command; `stty -a` and every mode tmux tracks (alternate screen,
  /// cursor, mouse, keypad, title) are as they were; and a paste arrives as plain text,
  /// so bracketed paste was turned off too.
  static func expectRestored(
    _ screen: RunningScreen, sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    let session = screen.session
    // Read first, as they need no shell: a terminal left raw would not run the commands below.
    let modes = try TerminalModes(session)
    #expect(
      modes == screen.before.modes, "before: \(screen.before.modes)\nafter: \(modes)",
      sourceLocation: sourceLocation)
    let answer = try await session.runInShell("echo READY")
    #expect(answer == ["READY"], sourceLocation: sourceLocation)
    let after = try await TerminalSettings.read(from: session)
    #expect(
      after.isCooked, "the tty is not back in cooked mode:\n\(after)",
      sourceLocation: sourceLocation)
    #expect(
      after == screen.before, "before:\n\(screen.before)\nafter:\n\(after)",
      sourceLocation: sourceLocation)
    // With bracketed paste left on, the shell would read ESC [200~ before the text and fail.
    let tag = UUID().uuidString.prefix(6)
    try session.paste("echo PASTED-\(tag)")
    try session.press("Enter")
    try await session.waitForScreen(
      "a pasted command to run as typed (bracketed paste left on would prefix ESC [200~)"
    ) {
      $0.lastIndex(ofLineEndingWith: "PASTED-\(tag)") != nil
    }
  }
}
