import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("giving the terminal back after a crash", .requiresTmux)
struct CrashRestoreTests {
  enum Crash: Sendable, CustomStringConvertible, CaseIterable {
    case segmentationFault
    case abort

    var signal: Int32 {
      switch self {
      case .segmentationFault: SIGSEGV
      case .abort: SIGABRT
      }
    }

    var description: String {
      switch self {
      case .segmentationFault: "kill -SEGV"
      case .abort: "kill -ABRT"
      }
    }
  }

  @Test(
    "the app dies of the signal (status 128+N), its crash report prints, and the terminal is as before: shell, stty, modes, paste",
    arguments: Crash.allCases)
  func crashRestoresTheTerminal(_ crash: Crash) async throws {
    // A nested shell runs the app, so the pane's own shell stays whatever the signal does.
    let screen = try await RunningScreen.start(nestedShell: true, remainOnExit: true)
    let terminal = try screen.session.display("#{pane_tty}")
    defer {
      Backtracers.end(writingTo: terminal)
      screen.stop()
    }
    #expect(try TerminalModes(screen.session).alternateScreen)
    let pid = try await screen.appPID()
    #expect(kill(pid, crash.signal) == 0)
    try await ProcessEnd.wait(for: pid, seconds: 60, session: screen.session)
    // The modes first: they need no shell, and a terminal left raw runs no command.
    let modes = try TerminalModes(screen.session)
    #expect(modes == screen.before.modes, "before: \(screen.before.modes)\nafter: \(modes)")
    // A shell reports death by signal N as 128+N.
    #expect(try await screen.exitStatus() == 128 + Int(crash.signal))
    #if os(Linux)
      // The crash was handed on to Swift's backtracer (on by default on Linux), which
      // printed its report on the normal screen.
      let history = ScreenCapture(
        try screen.session.command(["capture-pane", "-p", "-S", "-", "-t", screen.session.target]))
      #expect(history.contains("Program crashed"), "\(history)")
    #endif
    try await RestoreCheck.expectRestored(screen)
  }
}
