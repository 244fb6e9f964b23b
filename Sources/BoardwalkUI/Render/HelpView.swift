import BoardwalkCore

/// The `?` overlay: every key, generated from the key map, and the status legend.
enum HelpView {
  /// Where the help's box is at the screen's size.
  private static func box(_ state: AppState) -> Rect {
    OverlayBox.centred(
      width: min(96, state.width - 2), height: state.height - 2, screenWidth: state.width,
      screenHeight: state.height)
  }

  /// The rows the keys are listed in: the box's inside, less the query's line when there is
  /// one.
  private static func listRect(_ state: AppState, help: HelpState) -> Rect {
    let inner = box(state).inset(by: 1)
    let hasQuery = help.isTypingQuery || !help.query.text.isEmpty
    return hasQuery ? inner.splitTop(2).rest : inner
  }

  /// How many rows of keys show at once (a page).
  static func pageHeight(_ state: AppState) -> Int {
    guard case .help(let help) = state.overlay else { return 1 }
    return max(1, listRect(state, help: help).height)
  }

  /// How far the help can scroll at the screen's size, narrowed to `query`.
  static func maximumScroll(_ state: AppState, query: String = "") -> Int {
    let help = HelpState(query: query)
    let rect = listRect(state, help: help)
    guard rect.width > 10, rect.height > 0 else { return 0 }
    let count = lines(
      keyMap: state.keyMap, width: rect.width, first: HelpView.scopesFirst(for: state),
      matching: query
    ).count
    return max(0, count - rect.height)
  }

  static func draw(_ state: AppState, help: HelpState, into grid: inout Grid) {
    let theme = state.theme
    let inner = OverlayBox.draw(
      "Keys · / finds · Esc closes", in: box(state), theme: theme, into: &grid)
    guard inner.width > 10, inner.height > 0 else { return }
    let rect = listRect(state, help: help)
    if rect.y > inner.y {
      EditorBar.drawEditor(
        help.query, prompt: "Find: ", x: inner.x, y: inner.y, width: inner.width, theme: theme,
        showsCursor: help.isTypingQuery, into: &grid)
    }
    let lines = self.lines(
      keyMap: state.keyMap, width: rect.width, first: HelpView.scopesFirst(for: state),
      matching: help.query.text)
    guard !lines.isEmpty else {
      grid.write(
        fitting: "No key does “\(help.query.text)”. Esc clears the words.", x: rect.x, y: rect.y,
        width: rect.width, style: theme[.dim])
      return
    }
    let scroll = min(help.scroll, max(0, lines.count - rect.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(rect.height).enumerated() {
      grid.write(
        fitting: line.text, x: rect.x, y: rect.y + offset, width: rect.width,
        style: theme[line.role])
    }
    if lines.count > rect.height {
      ScrollMark.draw(
        more: scroll + rect.height < lines.count, below: inner, theme: theme, into: &grid)
    }
  }

  struct Line: Equatable {
    var text: String
    var role: StyleRole
  }

  /// The scopes a meeting uses, shown first while one is on screen.
  static let meetingScopes: [KeyScope] = [.meeting, .textEditor, .form, .confirmation, .always]
  /// The scopes a lead writing their return uses, shown first on that screen.
  static let returnScopes: [KeyScope] = [.leadReturn, .textEditor, .confirmation]

  /// The scopes the help lists first for what is on screen.
  static func scopesFirst(for state: AppState) -> [KeyScope] {
    state.meeting != nil ? meetingScopes : state.leadReturn != nil ? returnScopes : []
  }

  /// The help text: bindings grouped by where they apply (the scopes `first` first: a
  /// meeting's keys in a meeting), then the legend. With `query`, only the bindings (and sections) whose words
  /// hold it, compared without regard to case or accents.
  static func lines(
    keyMap: KeyMap, width: Int, first: [KeyScope] = [], matching query: String = ""
  )
    -> [Line]
  {
    let wanted = SearchFolding.fold(query.trimmingCharacters(in: .whitespaces))
    func matches(_ texts: String...) -> Bool {
      wanted.isEmpty || texts.contains { SearchFolding.fold($0).contains(wanted) }
    }
    let bindings = keyMap.bindings.filter {
      matches($0.help, $0.label, $0.keysText, $0.scope.heading)
    }
    var lines: [Line] = []
    var headings = first.filter { scope in
      bindings.contains { $0.scope == scope }
    }
    for binding in bindings where !headings.contains(binding.scope) {
      headings.append(binding.scope)
    }
    let keysWidth = min(18, keyMap.bindings.map { DisplayWidth.of($0.keysText) }.max() ?? 10)
    for scope in headings {
      if !lines.isEmpty { lines.append(Line(text: "", role: .overlay)) }
      lines.append(Line(text: scope.heading, role: .tableHeader))
      for binding in bindings where binding.scope == scope {
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
    let legend =
      "R red · A amber · G green · B blue (done or embedded) · N grey (not yet due, neutral) · - unrated · ! overdue · [C] confidential (exempt information: P, public mode, withholds its text) · * after a plan: a fictional plan (invented data, not a real area's)"
    let grammar =
      "owner:NAME  owner:~PART  owner:none  area:ID  plan:ID  status:red,amber|unrated|done|open|KEY  due:overdue|none|ongoing|tbc|30d|2026-12|2026-01..2026-03  confidential:yes|no  \"text\"  -negates. See docs/filters.md."
    for (heading, text) in [("Status letters", legend), ("Filters", grammar)]
    where matches(heading, text) {
      if !lines.isEmpty { lines.append(Line(text: "", role: .overlay)) }
      lines.append(Line(text: heading, role: .tableHeader))
      for text in DisplayWidth.wrap(text, toWidth: width - 2) {
        lines.append(Line(text: "  " + text, role: .overlay))
      }
    }
    return lines
  }
}
