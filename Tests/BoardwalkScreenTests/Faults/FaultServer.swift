import Foundation

/// A tmux server of the fault tests' own (its socket is named `faults-…`), with one session
/// whose pane stays when its program dies (`remain-on-exit`), so a killed app can be looked
/// at and started again in the same pane.
struct FaultServer: Sendable {
  let session: TmuxSession
  /// The server's socket, removed at the end (tmux leaves it behind).
  let socketPath: String

  /// Starts a `width` x `height` session running a shell in `folder`.
  static func start(width: Int, height: Int, in folder: ScratchFolder) throws -> FaultServer {
    let session = TmuxSession(
      tmux: try TmuxRequirement.located(),
      socket: "faults-\(getpid())-\(UUID().uuidString.prefix(8))",
      environment: ChildEnvironment.standard)
    try session.command([
      "new-session", "-d", "-s", session.target, "-x", String(width), "-y", String(height),
      "-c", folder.url.path, "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color", "/bin/sh",
    ])
    let server: FaultServer
    do {
      server = FaultServer(session: session, socketPath: try session.display("#{socket_path}"))
    } catch {
      session.kill()
      throw error
    }
    do {
      try session.command(["select-pane", "-t", session.target, "-T", TmuxSession.title])
      try session.command(["set-option", "-w", "-t", session.target, "remain-on-exit", "on"])
    } catch {
      server.stop()
      throw error
    }
    return server
  }

  /// Ends the server and everything in it, and removes its socket.
  func stop() {
    session.kill()
    if socketPath.hasSuffix("/" + session.socket) {
      try? FileManager.default.removeItem(atPath: socketPath)
    }
  }
}
