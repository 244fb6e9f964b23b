/// What tmux knows of the modes a program set on its terminal: the alternate screen, the
/// cursor, mouse reporting, keypad modes, and the pane's title. A program that leaves any of
/// them changed has not given the terminal back.
struct TerminalModes: Equatable, Sendable, CustomStringConvertible {
  static let format =
    "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_standard_flag}"
    + " #{mouse_button_flag} #{mouse_all_flag} #{keypad_cursor_flag} #{keypad_flag}"

  let alternateScreen: Bool
  let cursorVisible: Bool
  let mouseReporting: [Bool]
  let keypadModes: [Bool]
  /// The title programs set with `ESC ] 2 ; TITLE BEL`.
  let title: String

  init(_ session: TmuxSession) throws {
    let expanded = try session.display(TerminalModes.format)
    let flags = expanded.split(separator: " ").map { $0 == "1" }
    guard flags.count == 8 else { throw UnknownFormat(expanded: expanded) }
    alternateScreen = flags[0]
    cursorVisible = flags[1]
    mouseReporting = Array(flags[2...5])
    keypadModes = Array(flags[6...7])
    title = try session.display("#{pane_title}")
  }

  var description: String {
    "alternate screen \(alternateScreen), cursor visible \(cursorVisible),"
      + " mouse any/standard/button/all \(mouseReporting), keypad cursor/keypad \(keypadModes),"
      + " title \"\(title)\""
  }
}

/// tmux expanded the mode flags into something else (a tmux without these formats).
struct UnknownFormat: Error, CustomStringConvertible {
  let expanded: String

  var description: String {
    "tmux expanded \(TerminalModes.format) to \"\(expanded)\"; expected eight 0/1 flags"
  }
}
