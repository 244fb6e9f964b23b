import Foundation

/// `boardwalk` started from a shell in a fault server's pane, as `RunningScreen` starts it,
/// so the shell is there to answer after the app is gone.
enum FaultScreen {
  /// Starts the server, reads the terminal's settings, then runs the app from a nested
  /// shell and waits for `readyText`. `stop` ends the server and removes the folder.
  static func start(
    launch: AppLaunch = .sampleData(), readyText: String = "231 of 231 actions"
  ) async throws -> (screen: RunningScreen, stop: @Sendable () -> Void) {
    let folder = try ScratchFolder(prefix: "faults")
    let server: FaultServer
    do {
      server = try FaultServer.start(width: 120, height: 40, in: folder)
    } catch {
      folder.remove()
      throw error
    }
    let stop: @Sendable () -> Void = {
      server.stop()
      folder.remove()
    }
    do {
      let session = server.session
      _ = try await session.runInShell("true")
      try session.typeLine("PS1='inner''$ ' /bin/sh")
      try await session.waitForScreen("the nested shell's prompt") {
        $0.lines.contains { $0.contains("inner$") }
      }
      let before = try await TerminalSettings.read(from: session)
      let screen = RunningScreen(session: session, folder: folder, before: before)
      let script = launch.script(binary: try BinaryLocator.boardwalk(), pidFile: screen.pidFile)
      try script.write(toFile: folder.path("launch.sh"), atomically: true, encoding: .utf8)
      try session.typeLine("sh launch.sh")
      try await session.waitForText(readyText)
      return (screen, stop)
    } catch {
      stop()
      throw error
    }
  }
}
