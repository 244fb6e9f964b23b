import BoardwalkUI
@preconcurrency import CNcursesw
import Foundation

/// Turns what ncurses reads into events: keys, pastes (bracketed), mouse and resize.
struct KeyReader {
  private var lastPress: (x: Int, y: Int, time: Date)?
  /// Consecutive reads that failed at once: the terminal has gone away.
  private(set) var immediateFailures = 0

  /// The next event, or `nil` when `timeout` milliseconds pass with none.
  mutating func next(timeout: Int32) -> Event? {
    let window = bw_stdscr()
    wtimeout(window, timeout)
    let started = Date()
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    if result == ERR {
      immediateFailures =
        Date().timeIntervalSince(started) < Double(timeout) / 4000 ? immediateFailures + 1 : 0
      return nil
    }
    immediateFailures = 0
    if result == KEY_CODE_YES { return functionKey(Int32(character)) }
    return characterKey(UInt32(character))
  }

  private mutating func functionKey(_ code: Int32) -> Event? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BTAB: return .key(.backTab)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_ENTER: return .key(.enter)
    case KEY_RESIZE:
      return .resize(width: Int(getmaxx(bw_stdscr())), height: Int(getmaxy(bw_stdscr())))
    case KEY_MOUSE: return mouse()
    case (bw_key_f0() + 1)...(bw_key_f0() + 12): return .key(.function(Int(code - bw_key_f0())))
    default: return nil
    }
  }

  private mutating func characterKey(_ value: UInt32) -> Event? {
    switch value {
    case 9: return .key(.tab)
    case 13: return .key(.enter)
    // With nonl(), Enter sends CR; LF is Ctrl-J (a new line in the minute editor).
    case 10: return .key(.control("j"))
    case 27: return escapeOrPaste()
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96) ?? "?")))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  /// Escape alone, or the start of a bracketed paste (`ESC [200~ ... ESC [201~`).
  private mutating func escapeOrPaste() -> Event? {
    let window = bw_stdscr()
    let opener: [UInt32] = [91, 50, 48, 48, 126]  // "[200~"
    var read: [UInt32] = []
    wtimeout(window, 0)
    for expected in opener {
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      guard result == OK else {
        // A key code (a resize, an arrow) goes back as a code, not as a character.
        if result == KEY_CODE_YES { ungetch(Int32(character)) }
        break
      }
      read.append(UInt32(character))
      if UInt32(character) != expected { break }
    }
    guard read == opener else {
      for value in read.reversed() { unget_wch(wchar_t(value)) }
      return .key(.escape)
    }
    // Inside a paste: everything up to ESC [201~ is text.
    var scalars: [UInt32] = []
    let closer: [UInt32] = [27, 91, 50, 48, 49, 126]
    wtimeout(window, 200)
    while scalars.count < 1_000_000 {
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if result == ERR { break }
      if result == KEY_CODE_YES { continue }
      scalars.append(UInt32(character))
      if scalars.count >= closer.count, Array(scalars.suffix(closer.count)) == closer {
        scalars.removeLast(closer.count)
        break
      }
    }
    var text = String.UnicodeScalarView()
    for value in scalars {
      if let scalar = Unicode.Scalar(value) { text.append(value == 13 ? "\n" : scalar) }
    }
    return .paste(String(text))
  }

  private mutating func mouse() -> Event? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let x = Int(event.x)
    let y = Int(event.y)
    let state = event.bstate
    if state & bw_button4_pressed() != 0 { return .mouse(MouseEvent(.scrollUp, x: x, y: y)) }
    if state & bw_button5_pressed() != 0 { return .mouse(MouseEvent(.scrollDown, x: x, y: y)) }
    guard state & (bw_button1_pressed() | bw_button1_clicked() | bw_button1_double_clicked()) != 0
    else {
      return nil
    }
    let now = Date()
    defer { lastPress = (x, y, now) }
    if state & bw_button1_double_clicked() != 0 {
      return .mouse(MouseEvent(.doubleClick, x: x, y: y))
    }
    if let last = lastPress, last.x == x, last.y == y, now.timeIntervalSince(last.time) < 0.4 {
      return .mouse(MouseEvent(.doubleClick, x: x, y: y))
    }
    return .mouse(MouseEvent(.press, x: x, y: y))
  }
}
