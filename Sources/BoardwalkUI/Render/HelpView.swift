import BoardwalkCore

/// The `?` overlay: every key, generated from the key map, and the status legend.
enum HelpView {
  /// Where the help's box is at the screen's size.
  private static func box(_ state: AppState) -> Rect {
    OverlayBox.centred(
      width: min(96, state.width - 2), height: state.height - 2, screenWidth: state.width,
      screenHeight: state.height)
  }

  /// How far the help can scroll at the screen's size.
  static func maximumScroll(_ state: AppState) -> Int {
    let inner = box(state).inset(by: 1)
    guard inner.width > 10, inner.height > 0 else { return 0 }
    let count = lines(keyMap: state.keyMap, width: inner.width, inMeeting: state.meeting != nil)
      .count
    return max(0, count - inner.height)
  }

  static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
    let theme = state.theme
    let inner = OverlayBox.draw("Keys · Esc closes", in: box(state), theme: theme, into: &grid)
    guard inner.width > 10, inner.height > 0 else { return }
    let lines = self.lines(
      keyMap: state.keyMap, width: inner.width, inMeeting: state.meeting != nil)
    let scroll = min(scroll, max(0, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
      grid.write(
        fitting: line.text, x: inner.x, y: inner.y + offset, width: inner.width,
        style: theme[line.role])
    }
    if lines.count > inner.height {
      ScrollMark.draw(
        more: scroll + inner.height < lines.count, below: inner, theme: theme, into: &grid)
    }
  }

  struct Line: Equatable {
    var text: String
    var role: StyleRole
  }

  /// The scopes a meeting uses, shown first while one is on screen.
  static let meetingScopes: [KeyScope] = [.meeting, .textEditor, .form, .confirmation, .always]

  /// The help text: bindings grouped by where they apply (in a meeting, the meeting's keys
  /// first), then the legend.
  static func lines(keyMap: KeyMap, width: Int, inMeeting: Bool = false) -> [Line] {
    var lines: [Line] = []
    var headings = (inMeeting ? meetingScopes : []).filter { scope in
      keyMap.bindings.contains { $0.scope == scope }
    }
    for binding in keyMap.bindings where !headings.contains(binding.scope) {
      headings.append(binding.scope)
    }
    let keysWidth = min(18, keyMap.bindings.map { DisplayWidth.of($0.keysText) }.max() ?? 10)
    for scope in headings {
      if !lines.isEmpty { lines.append(Line(text: "", role: .overlay)) }
      lines.append(Line(text: scope.heading, role: .tableHeader))
      for binding in keyMap.bindings where binding.scope == scope {
        let keys = DisplayWidth.fit(binding.keysText, toWidth: keysWidth)
        for (index, text) in DisplayWidth.wrap(
          binding.help, toWidth: max(10, width - keysWidth - 4)
        ).enumerated() {
          lines.append(
            Line(
              text: "  " + (index == 0 ? keys : String(repeating: " ", count: keysWidth)) + "  "
                + text, role: .overlay))
        }
      }
    }
    lines.append(Line(text: "", role: .overlay))
    lines.append(Line(text: "Status letters", role: .tableHeader))
    let legend =
      "R red · A amber · G green · B blue (done or embedded) · N grey (not yet due, neutral) · - unrated · ! overdue"
    for text in DisplayWidth.wrap(legend, toWidth: width - 2) {
      lines.append(Line(text: "  " + text, role: .overlay))
    }
    lines.append(Line(text: "", role: .overlay))
    lines.append(Line(text: "Filters", role: .tableHeader))
    let grammar =
      "owner:TEXT  owner:=EXACT  area:ID  plan:ID  status:red,amber|unrated|done|open|KEY  due:overdue|none|ongoing|tbc|30d|2026-12|2026-01..2026-03  \"text\"  -negates. See docs/filters.md."
    for text in DisplayWidth.wrap(grammar, toWidth: width - 2) {
      lines.append(Line(text: "  " + text, role: .overlay))
    }
    return lines
  }
}
