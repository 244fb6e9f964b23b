#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width of the terminal standard output goes to, for fitting tables.
enum TerminalWidth {
  /// Columns of the terminal, or `nil` when standard output is not a terminal (then tables
  /// are never cut). `COLUMNS` overrides.
  static var current: Int? {
    if let text = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(text),
      columns > 0
    {
      return columns
    }
    guard isOutputTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Whether standard output is a terminal (and not a file or a pipe).
  static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
