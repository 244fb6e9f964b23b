/// Why the screen cannot start, said so a person can fix it.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, a cron job).
  case notATerminal
  /// `TERM` is unset or names a terminal this system's terminfo does not know.
  case unknownTerminal(String?)
  /// The terminal cannot move its cursor (`TERM=dumb`), so no screen can be drawn on it.
  case cannotMoveCursor(String)

  public var description: String {
    switch self {
    case .notATerminal:
      return
        "standard input and output must be a terminal to open the screen; for scripts and pipes use `boardwalk list` or `boardwalk summary`"
    case .unknownTerminal(nil):
      return
        "TERM is not set, so the terminal's capabilities are unknown; set TERM (for example TERM=xterm-256color), or use `boardwalk list`"
    case .cannotMoveCursor(let name):
      return
        "TERM=\(name) cannot move the cursor, so the screen cannot be drawn on it; use a full terminal (for example TERM=xterm-256color), or `boardwalk list` and `boardwalk summary`"
    case .unknownTerminal(let name?):
      return
        "TERM=\(name) is not known to this system's terminfo; try TERM=xterm-256color (or install ncurses-term), or use `boardwalk list`"
    }
  }
}
