@preconcurrency import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back as it was, whatever ends the program: a normal exit, `exit()`,
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT, or a crash (after which the crash report still prints,
/// on the normal screen).
enum TerminalRestore {
  /// Whether curses mode is on. Read from signal handlers, so a plain flag.
  nonisolated(unsafe) private static var isActive: sig_atomic_t = 0
  nonisolated(unsafe) private static var installed = false
  /// The actions the crash signals had before ours (Swift's backtracer), restored on a crash.
  nonisolated(unsafe) private static var previousActions = UnsafeMutablePointer<sigaction>.allocate(
    capacity: 65)

  /// Terminal modes Boardwalk turns on that `endwin` does not turn off: bracketed paste and
  /// mouse reporting.
  static let disableModes = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

  static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let crashSignals: [Int32] = [SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGTRAP, SIGFPE]

  /// Marks curses mode on and installs the handlers (once).
  static func activate() {
    isActive = 1
    guard !installed else { return }
    installed = true
    atexit { TerminalRestore.restore() }
    for signal in exitSignals { install(signal, handler: exitHandler) }
    for signal in crashSignals { install(signal, handler: crashHandler, keepPrevious: true) }
  }

  /// Leaves curses mode if it is on. Safe to call more than once.
  static func restore() {
    guard isActive != 0 else { return }
    isActive = 0
    disableModes.withCString { pointer in _ = write(STDOUT_FILENO, pointer, strlen(pointer)) }
    def_prog_mode()
    endwin()
  }

  private static let exitHandler: @convention(c) (Int32) -> Void = { signal in
    TerminalRestore.restore()
    resetToDefaultAction(signal)
    raise(signal)
  }

  private static let crashHandler: @convention(c) (Int32) -> Void = { signal in
    TerminalRestore.restore()
    // Put back the previous action and return: the faulting instruction runs again (or abort
    // raises again) and the previous handler, Swift's backtracer, reports the crash.
    _ = sigaction(signal, TerminalRestore.previousActions + Int(signal), nil)
  }

  private static func install(
    _ signal: Int32, handler: @convention(c) (Int32) -> Void, keepPrevious: Bool = false
  ) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(signal, &action, keepPrevious ? previousActions + Int(signal) : nil)
  }
}

/// Sets a signal's action back to the default.
@inline(__always)
private func resetToDefaultAction(_ signal: Int32) {
  var action = sigaction()
  #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = SIG_DFL
  #else
    action.__sigaction_u.__sa_handler = SIG_DFL
  #endif
  sigemptyset(&action.sa_mask)
  _ = sigaction(signal, &action, nil)
}
