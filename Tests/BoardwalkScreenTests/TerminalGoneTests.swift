import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("the terminal going away", .requiresTmux)
struct TerminalGoneTests {
  @Test("closing the pane under the app ends it, rather than leaving it reading a dead terminal")
  func closingThePaneEndsTheApp() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let pid = try await screen.appPID()
    try screen.session.command(["kill-pane", "-t", screen.session.target])
    let deadline = Date().addingTimeInterval(Double(TmuxSession.patience))
    while kill(pid, 0) == 0, Date() < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    #expect(kill(pid, 0) != 0, "boardwalk (process \(pid)) still runs after its terminal closed")
  }
}
