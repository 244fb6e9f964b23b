@preconcurrency import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back as it was, whatever ends the program: a normal exit, `exit()`,
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGPWR and
/// the other signals that end a program, or a crash (after which the crash report still
/// prints, on the normal screen).
enum TerminalRestore {
  /// Whether curses mode is on. Read from signal handlers, so a plain flag.
  nonisolated(unsafe) private static var isActive: sig_atomic_t = 0
  nonisolated(unsafe) private static var installed = false
  /// Whether SIGINT (Ctrl-C) is to be asked about rather than end the program: set while
  /// the screen holds unsaved text. The first SIGINT then only sets `interruptPending`.
  nonisolated(unsafe) static var interruptAsksFirst: sig_atomic_t = 0
  /// A SIGINT that came while `interruptAsksFirst` was set, not yet taken by the screen.
  nonisolated(unsafe) static var interruptPending: sig_atomic_t = 0
  /// The actions the crash signals had before ours (Swift's backtracer), restored on a crash.
  nonisolated(unsafe) private static var previousActions = UnsafeMutablePointer<sigaction>.allocate(
    capacity: 65)

  /// Terminal modes Boardwalk turns on that `endwin` does not turn off: bracketed paste and
  /// mouse reporting.
  static let disableModes = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

  /// Every signal whose default is to end the program (or dump core without a crash): the
  /// terminal is restored first, then the program ends by the signal as it would have.
  static let exitSignals: [Int32] = {
    var signals: [Int32] = [
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM,
      SIGPROF,
    ]
    #if os(Linux)
      signals.append(SIGPWR)
    #endif
    return signals
  }()
  static let crashSignals: [Int32] = [SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGTRAP, SIGFPE]

  /// Marks curses mode on and installs the handlers (once).
  static func activate() {
    isActive = 1
    guard !installed else { return }
    installed = true
    atexit { TerminalRestore.restore() }
    for signal in exitSignals { install(signal, handler: exitHandler) }
    for signal in crashSignals { installCrashHandler(signal) }
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
    if signal == SIGINT, TerminalRestore.interruptAsksFirst != 0 {
      TerminalRestore.interruptAsksFirst = 0
      TerminalRestore.interruptPending = 1
      return
    }
    TerminalRestore.restore()
    resetToDefaultAction(signal)
    raise(signal)
  }

  private static let crashHandler:
    @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
      signal, info, context in
      TerminalRestore.restore()
      // The previous handler, Swift's backtracer, reports the crash; then the program dies by
      // the signal. Relying on the faulting instruction to run again is not enough: a signal
      // sent by kill(2) or raise(3) has no instruction to repeat, and the program would go on.
      let previous = TerminalRestore.previousActions[Int(signal)]
      #if canImport(Glibc)
        let handler = unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self)
      #else
        let handler = unsafeBitCast(previous.__sigaction_u.__sa_handler, to: Int.self)
      #endif
      // 0 is SIG_DFL and 1 is SIG_IGN: nothing to call.
      if handler > 1 {
        #if canImport(Glibc)
          if previous.sa_flags & SA_SIGINFO != 0 {
            previous.__sigaction_handler.sa_sigaction?(signal, info, context)
          } else {
            previous.__sigaction_handler.sa_handler?(signal)
          }
        #else
          if previous.sa_flags & SA_SIGINFO != 0 {
            previous.__sigaction_u.__sa_sigaction?(signal, info, context)
          } else {
            previous.__sigaction_u.__sa_handler?(signal)
          }
        #endif
      }
      // Blocked while this handler runs: delivered, with the default action, when it returns.
      resetToDefaultAction(signal)
      raise(signal)
    }

  private static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(signal, &action, nil)
  }

  /// Installs the crash handler, keeping the previous action to hand the crash on to.
  private static func installCrashHandler(_ signal: Int32) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_sigaction = crashHandler
    #else
      action.__sigaction_u.__sa_sigaction = crashHandler
    #endif
    sigemptyset(&action.sa_mask)
    // On the alternate stack when there is one (Swift's runtime sets one up), so a stack
    // overflow is reported too.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK
    _ = sigaction(signal, &action, previousActions + Int(signal))
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
