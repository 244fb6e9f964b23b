import BoardwalkUI
@preconcurrency import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal in curses mode: the imperative shell around Boardwalk's pure screen. It
/// starts and restores the terminal, reads events, and copies grids to the screen.
public final class Terminal {
  private var writer: ScreenWriter
  private var reader = KeyReader()
  private var isRunning = true

  /// How many colours the terminal shows (0 when colour is off).
  public let colorCount: Int

  /// Puts the terminal in curses mode.
  /// - Parameter color: whether to use colour at all (`false` for `NO_COLOR`).
  /// - Throws: ``TerminalError`` when input or output is not a terminal or `TERM` is unknown.
  public static func start(color: Bool) throws(TerminalError) -> Terminal {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw .notATerminal }
    let name = getenv("TERM").map { String(cString: $0) }
    guard let name, !name.isEmpty else { throw .unknownTerminal(nil) }
    if let locale = setlocale(LC_ALL, ""), ["C", "POSIX"].contains(String(cString: locale)) {
      setlocale(LC_ALL, "C.UTF-8")
    } else if setlocale(LC_ALL, nil) == nil {
      setlocale(LC_ALL, "C.UTF-8")
    }
    guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
      let screen = newterm(nil, output, input)
    else {
      throw .unknownTerminal(name)
    }
    // A terminal that cannot move its cursor (TERM=dumb, a printing terminal) cannot show
    // a screen: refuse it plainly rather than draw an unusable one.
    let cursorAddress = tigetstr("cup")
    if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
      endwin()
      delscreen(screen)
      throw .cannotMoveCursor(name)
    }
    TerminalRestore.activate()
    return Terminal(color: color)
  }

  private init(color: Bool) {
    let window = bw_stdscr()
    var colors = 0
    if color, has_colors() {
      start_color()
      use_default_colors()
      colors = Int(bw_colors())
    }
    colorCount = colors
    writer = ScreenWriter(usesColor: colors > 0)
    cbreak()
    noecho()
    nonl()
    // Ctrl-S saves a form: the terminal must pass it (and Ctrl-Q) on rather than take them
    // as flow control, which would freeze the screen. Kept as curses' program mode; the
    // user's own setting comes back with the rest of the terminal on exit.
    // Ctrl-C reaches the app as a key, in order with the keys typed before it (as a signal
    // it would overtake them, and the terminal would throw them away), so the screen can ask
    // before unsaved text is lost. Ctrl-Z and Ctrl-\ keep their usual meaning.
    var settings = termios()
    if tcgetattr(STDIN_FILENO, &settings) == 0 {
      settings.c_iflag &= ~tcflag_t(IXON)
      withUnsafeMutableBytes(of: &settings.c_cc) { controls in
        controls[Int(VINTR)] = cc_t(bw_disabled_control_character())
      }
      _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
      def_prog_mode()
    }
    keypad(window, true)
    intrflush(window, false)
    curs_set(0)
    set_escdelay(25)
    mouseinterval(0)
    mousemask(bw_all_mouse_events(), nil)
    // Bracketed paste, so pasted text arrives as one event rather than as keystrokes.
    "\u{1B}[?2004h".withCString { pointer in _ = write(STDOUT_FILENO, pointer, strlen(pointer)) }
  }

  deinit { stop() }

  /// The terminal's size in cells.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(bw_stdscr())), Int(getmaxy(bw_stdscr())))
  }

  /// Whether SIGINT sent from elsewhere (`kill -INT`) becomes an ``Event/interrupt`` for the
  /// screen to ask about, rather than ending the program at once: set it while unsaved text
  /// is open. It holds for one signal; a second ends the program unless it is set again.
  /// (Ctrl-C at the keyboard arrives as a key.)
  public var asksBeforeInterrupt: Bool {
    get { TerminalRestore.interruptAsksFirst != 0 }
    set { TerminalRestore.interruptAsksFirst = newValue ? 1 : 0 }
  }

  /// The next event, or `nil` after `timeout` milliseconds with none.
  public func nextEvent(timeout: Int32) -> Event? {
    if let interrupt = takeInterrupt() { return interrupt }
    let event = reader.next(timeout: timeout)
    if case .resize = event { writer.invalidate() }
    return event ?? takeInterrupt()
  }

  private func takeInterrupt() -> Event? {
    guard TerminalRestore.interruptPending != 0 else { return nil }
    TerminalRestore.interruptPending = 0
    return .interrupt
  }

  /// Whether reading has failed so often at once that the terminal must have gone away.
  public var isGone: Bool { reader.immediateFailures > 100 }

  /// Shows a grid.
  public func draw(_ grid: Grid) {
    writer.draw(grid)
  }

  /// Leaves curses mode for a while (to run `$EDITOR`); ``resume()`` comes back.
  public func suspend() {
    TerminalRestore.restore()
  }

  /// Comes back to curses mode after ``suspend()`` and redraws everything.
  public func resume() {
    TerminalRestore.activate()
    reset_prog_mode()
    "\u{1B}[?2004h".withCString { pointer in _ = write(STDOUT_FILENO, pointer, strlen(pointer)) }
    mousemask(bw_all_mouse_events(), nil)
    writer.invalidate()
    clearok(curscr, true)
    refresh()
  }

  /// Gives the terminal back. Safe to call more than once.
  public func stop() {
    guard isRunning else { return }
    isRunning = false
    TerminalRestore.restore()
  }
}
