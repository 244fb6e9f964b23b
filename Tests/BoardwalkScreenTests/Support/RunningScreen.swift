import BoardwalkTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk` running in a private tmux session, with the terminal's settings as they were
/// before it started, to compare with what it leaves behind.
struct RunningScreen: Sendable {
  let session: TmuxSession
  let folder: ScratchFolder
  /// The terminal before the app started.
  let before: TerminalSettings

  var pidFile: String { folder.file("app.pid") }

  /// Starts a `width` x `height` session, reads the terminal's settings, then runs the app
  /// from the shell (from a nested shell when `nestedShell`) and waits for `readyText` when
  /// given. With `remainOnExit` the pane stays if its own shell dies.
  static func start(
    width: Int = 120, height: Int = 40, launch: AppLaunch = .sampleData(),
    nestedShell: Bool = false, remainOnExit: Bool = false,
    readyText: String? = "231 of 231 actions"
  ) async throws -> RunningScreen {
    let folder = try ScratchFolder("screen")
    let session: TmuxSession
    do {
      session = try TmuxSession.start(
        width: width, height: height, in: folder, remainOnExit: remainOnExit)
    } catch {
      folder.remove()
      throw error
    }
    do {
      _ = try await session.runInShell("true")
      if nestedShell {
        try session.typeLine("PS1='inner''$ ' /bin/sh")
        try await session.waitForScreen("the nested shell's prompt") {
          $0.lines.contains { $0.contains("inner$") }
        }
      }
      let before = try await TerminalSettings.read(from: session)
      let screen = RunningScreen(session: session, folder: folder, before: before)
      let script = launch.script(
        binary: try BinaryLocator.boardwalk(besides: .module), pidFile: screen.pidFile)
      try script.write(toFile: folder.file("launch.sh"), atomically: true, encoding: .utf8)
      try session.typeLine("sh launch.sh")
      if let readyText { try await session.waitForText(readyText) }
      return screen
    } catch {
      session.kill()
      folder.remove()
      throw error
    }
  }

  /// The app's process id, written by the launch script just before it becomes the app.
  func appPID() async throws -> pid_t {
    try await AppLaunch.pid(in: pidFile, session: session)
  }

  /// Waits until the app's process is gone.
  func waitForAppToEnd() async throws {
    let pid = try await appPID()
    let deadline = Date().addingTimeInterval(Double(TmuxSession.patience))
    while kill(pid, 0) == 0 {
      if Date() > deadline {
        throw ScreenTimeout(
          expectation: "the app (process \(pid)) to end", seconds: TmuxSession.patience,
          lastScreen: try? session.capture())
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Waits for the app to end, then asks the shell for its exit status (`echo $?`). Asked
  /// as a command of its own: a shell drops the rest of a command line when its command
  /// dies of SIGINT, as on Ctrl-C.
  func exitStatus() async throws -> Int {
    try await waitForAppToEnd()
    // `$?` first, before any other command changes it.
    let tag = "EXIT-\(UUID().uuidString.prefix(6)):"
    try session.typeLine("echo \"\(tag.prefix(3))\"\"\(tag.dropFirst(3))$?\"")
    let screen = try await session.waitForScreen("the shell to report the exit status") {
      $0.lines.contains { $0.contains(tag) }
    }
    let line = screen.lines.last { $0.contains(tag) } ?? ""
    let printed = line.range(of: tag).map { line[$0.upperBound...] } ?? ""
    guard let status = Int(printed) else {
      throw ScreenTimeout(
        expectation: "an exit status after \(tag)", seconds: 0, lastScreen: screen)
    }
    return status
  }

  /// Ends the tmux server and removes the scratch folder.
  func stop() {
    session.kill()
    folder.remove()
  }
}
