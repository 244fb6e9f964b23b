import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("giving the terminal back when stopped by a signal", .requiresTmux)
struct SignalRestoreTests {
  enum Stop: Sendable, CustomStringConvertible, CaseIterable {
    case terminate
    case interrupt
    case hangUp
    case userOne
    case userTwo
    case alarm
    case cpuLimit
    case power
    case controlC

    var description: String {
      switch self {
      case .terminate: "kill -TERM"
      case .interrupt: "kill -INT"
      case .hangUp: "kill -HUP"
      case .userOne: "kill -USR1"
      case .userTwo: "kill -USR2"
      case .alarm: "kill -ALRM"
      case .cpuLimit: "kill -XCPU"
      case .power: "kill -PWR"
      case .controlC: "Ctrl-C typed"
      }
    }

    var signal: Int32? {
      switch self {
      case .terminate: SIGTERM
      case .interrupt: SIGINT
      case .hangUp: SIGHUP
      case .userOne: SIGUSR1
      case .userTwo: SIGUSR2
      case .alarm: SIGALRM
      case .cpuLimit: SIGXCPU
      #if os(Linux)
        case .power: SIGPWR
      #else
        case .power: SIGTERM  // no SIGPWR here: the test is Linux's
      #endif
      case .controlC: nil
      }
    }
  }

  @Test(
    "the app ends with a non-zero status and the terminal is as before: shell, stty, modes, paste",
    arguments: Stop.allCases)
  func signalRestoresTheTerminal(_ stop: Stop) async throws {
    // A nested shell runs the app, so the pane's own shell stays whatever the signal does.
    let screen = try await RunningScreen.start(nestedShell: true)
    defer { screen.stop() }
    #expect(try TerminalModes(screen.session).alternateScreen)
    if let signal = stop.signal {
      let pid = try await screen.appPID()
      #expect(kill(pid, signal) == 0)
    } else {
      try screen.session.press("C-c")
    }
    try await screen.waitForAppToEnd()
    // The modes first: they need no shell, and a terminal left raw runs no command.
    let modes = try TerminalModes(screen.session)
    #expect(modes == screen.before.modes, "before: \(screen.before.modes)\nafter: \(modes)")
    #expect(try await screen.exitStatus() != 0)
    try await RestoreCheck.expectRestored(screen)
  }
}
