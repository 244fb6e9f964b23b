import BoardwalkTestSupport
import Foundation

/// A tmux server of one's own (a private `-L` socket, no configuration file) with one
/// session running a plain POSIX shell in a scratch folder. Every test starts its own, so
/// tests can run in parallel; `kill()` ends the server.
struct TmuxSession: Sendable {
  let tmux: String
  let socket: String
  let environment: [String: String]
  let target = "bw"
  /// Where the server's socket is, to remove it at the end (tmux leaves it behind).
  private(set) var socketPath: String?
  /// The pane's title until a program changes it.
  static let title = "boardwalk-screen-test"

  /// Starts a server and a `width` x `height` session whose shell starts in `folder`. With
  /// `remainOnExit`, the pane stays when its program dies, so a killed app can be looked at
  /// and started again in the same pane.
  static func start(
    width: Int, height: Int, in folder: ScratchFolder, remainOnExit: Bool = false
  ) throws -> TmuxSession {
    var session = TmuxSession(
      tmux: try TmuxRequirement.located(),
      socket: "bw-screen-\(getpid())-\(UUID().uuidString.prefix(8))",
      environment: ChildEnvironment.standard)
    try session.command([
      "new-session", "-d", "-s", session.target, "-x", String(width), "-y", String(height),
      "-c", folder.path, "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color", "/bin/sh",
    ])
    do {
      session.socketPath = try session.display("#{socket_path}")
      try session.command(["select-pane", "-t", session.target, "-T", TmuxSession.title])
      if remainOnExit {
        try session.command(["set-option", "-w", "-t", session.target, "remain-on-exit", "on"])
      }
    } catch {
      session.kill()
      throw error
    }
    return session
  }

  /// Runs `tmux -L SOCKET -f /dev/null ARGUMENTS`; fails when tmux does.
  @discardableResult
  func command(_ arguments: [String]) throws -> String {
    let all = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
    let result = try ChildProcess.run(all, environment: environment, timeout: 20)
    guard result.exit.status == 0 else { throw TmuxFailure(result: result) }
    return result.output
  }

  /// Presses keys by tmux name (`q`, `Enter`, `Tab`, `C-c`).
  func press(_ keys: String...) throws {
    try press(keys)
  }

  func press(_ keys: [String]) throws {
    try command(["send-keys", "-t", target] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try command(["send-keys", "-t", target, "-l", text])
  }

  /// Types text literally, then Enter.
  func typeLine(_ text: String) throws {
    try type(text)
    try press("Enter")
  }

  /// The pane's text.
  func capture() throws -> ScreenCapture {
    ScreenCapture(try command(["capture-pane", "-p", "-t", target]))
  }

  /// The pane's text with its colour and attribute escape codes.
  func captureWithEscapes() throws -> String {
    try command(["capture-pane", "-p", "-e", "-t", target])
  }

  /// A tmux format expanded for the pane (`#{pane_title}`).
  func display(_ format: String) throws -> String {
    let output = try command(["display-message", "-p", "-t", target, format])
    return output.hasSuffix("\n") ? String(output.dropLast()) : output
  }

  func resize(width: Int, height: Int) throws {
    try command(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
  }

  /// Pastes `text` as a terminal paste (bracketed if the program in the pane asked for it).
  func paste(_ text: String) throws {
    try command(["set-buffer", "-b", "bw-paste", text])
    try command(["paste-buffer", "-p", "-d", "-b", "bw-paste", "-t", target])
  }

  /// Ends the server and everything running in it, and removes its socket (tmux leaves it).
  func kill() {
    _ = try? ChildProcess.run(
      [tmux, "-L", socket, "-f", "/dev/null", "kill-server"], environment: environment,
      timeout: 20)
    if let socketPath, socketPath.hasSuffix("/" + socket) {
      try? FileManager.default.removeItem(atPath: socketPath)
    }
  }
}

/// A tmux command that failed.
struct TmuxFailure: Error, CustomStringConvertible {
  let result: ChildResult

  var description: String { "tmux failed: \(result)" }
}
