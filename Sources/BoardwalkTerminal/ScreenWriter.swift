import BoardwalkUI
@preconcurrency import CNcursesw

/// Copies grids to the terminal, sending only the cells that changed since the last grid.
struct ScreenWriter {
  private var previous: Grid?
  private var pairs: [ColorKey: Int16] = [:]
  private let usesColor: Bool
  private let maximumPairs: Int

  private struct ColorKey: Hashable {
    let foreground: TerminalColor
    let background: TerminalColor
  }

  init(usesColor: Bool) {
    self.usesColor = usesColor
    maximumPairs = usesColor ? Int(min(bw_color_pairs(), 32_000)) : 0
  }

  /// Forgets what is on screen, so the next grid is drawn whole (after a resize).
  mutating func invalidate() {
    previous = nil
  }

  mutating func draw(_ grid: Grid) {
    let window = bw_stdscr()
    let whole = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if whole { werase(window) }
    for y in 0..<grid.height {
      var x = 0
      while x < grid.width {
        let cell = grid[x, y]
        defer { x += max(1, Int(cell.width)) }
        if cell.width == 0 { continue }
        if !whole, let previous, previous[x, y] == cell,
          cell.width < 2 || previous[x + 1, y] == grid[x + 1, y]
        {
          continue
        }
        setStyle(cell.style, in: window)
        wmove(window, Int32(y), Int32(x))
        let text = ScreenWriter.terminalText(for: cell)
        _ = text.withCString { waddstr(window, $0) }
      }
    }
    wnoutrefresh(window)
    doupdate()
    previous = grid
  }

  /// The text to send for a cell: the character itself, unless the terminal would measure it
  /// differently from the grid (emoji sequences joined by ZWJ), in which case its first scalar,
  /// or spaces, so the row never shifts.
  static func terminalText(for cell: Cell) -> String {
    let scalars = cell.character.unicodeScalars
    if scalars.count == 1 {
      let value = scalars.first?.value ?? 32
      if value < 0x80 { return String(cell.character) }
      return wcwidth(wchar_t(value)) == Int32(cell.width)
        ? String(cell.character) : String(repeating: " ", count: Int(cell.width))
    }
    let measured = scalars.reduce(Int32(0)) { $0 + max(0, wcwidth(wchar_t($1.value))) }
    if measured == Int32(cell.width) { return String(cell.character) }
    if let first = scalars.first, wcwidth(wchar_t(first.value)) == Int32(cell.width) {
      return String(first)
    }
    return String(repeating: " ", count: Int(cell.width))
  }

  private mutating func setStyle(_ style: CellStyle, in window: UnsafeMutablePointer<WINDOW>?) {
    var attributes = bw_attr_normal()
    if style.isBold { attributes |= bw_attr_bold() }
    if style.isDim { attributes |= bw_attr_dim() }
    if style.isUnderlined { attributes |= bw_attr_underline() }
    if style.isReversed { attributes |= bw_attr_reverse() }
    if style.isItalic { attributes |= bw_attr_italic() }
    wattr_set(window, attributes, pair(for: style), nil)
  }

  private mutating func pair(for style: CellStyle) -> Int16 {
    guard usesColor, style.foreground != .default || style.background != .default else { return 0 }
    let key = ColorKey(foreground: style.foreground, background: style.background)
    if let known = pairs[key] { return known }
    guard pairs.count + 1 < maximumPairs else { return 0 }
    let number = Int16(pairs.count + 1)
    init_pair(number, ScreenWriter.number(style.foreground), ScreenWriter.number(style.background))
    pairs[key] = number
    return number
  }

  private static func number(_ color: TerminalColor) -> Int16 {
    switch color {
    case .default: -1
    case .indexed(let index): Int16(index)
    }
  }
}
