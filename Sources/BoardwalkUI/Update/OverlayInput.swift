import BoardwalkCore

extension AppState {
  /// A key while an overlay is open.
  mutating func handleOverlay(_ key: Key) {
    switch overlay {
    case .help(var help):
      handleHelp(key, &help)
    case .lastMessage:
      // Read, then any key closes it.
      overlay = nil
    case .picker(var picker):
      handlePicker(key, &picker)
    case .filterEditor(var editing):
      switch keyMap.command(for: key, in: .editor) {
      case .accept:
        if let error = editing.error {
          message = StatusMessage("Fix the filter first: \(error)", isError: true)
          return
        }
        overlay = nil
        rememberIfChanged(from: editing.original)
      case .cancel:
        overlay = nil
        applyReporting(editing.original, remember: false)
      default:
        guard editing.editor.handle(key) else { return }
        editing.error = applyLive(editing.editor.text, original: editing.original)
        overlay = .filterEditor(editing)
      }
    case .search(var search):
      switch keyMap.command(for: key, in: .editor) {
      case .accept:
        overlay = nil
        rememberIfChanged(from: search.original)
      case .cancel:
        overlay = nil
        applyReporting(search.original, remember: false)
      default:
        guard search.editor.handle(key) else { return }
        applySearch(search)
        overlay = .search(search)
      }
    case .meetingAgenda(var choice):
      switch keyMap.command(for: key, in: .picker) {
      case .moveUp, .moveDown, .toggleChoice:
        choice.isFilterChosen.toggle()
        overlay = .meetingAgenda(choice)
      case .accept:
        overlay = nil
        effects.append(.openMeeting(agenda: choice.isFilterChosen ? choice.filter : nil))
      case .cancel:
        overlay = nil
        message = StatusMessage("No meeting started")
      default: break
      }
    case nil:
      break
    }
  }

  mutating func pasteIntoOverlay(_ text: String) {
    switch overlay {
    case .picker(var picker):
      picker.paste(text)
      overlay = .picker(picker)
    case .filterEditor(var editing):
      editing.editor.insert(text)
      editing.error = applyLive(editing.editor.text, original: editing.original)
      overlay = .filterEditor(editing)
    case .search(var search):
      search.editor.insert(text)
      applySearch(search)
      overlay = .search(search)
    case .help, .lastMessage, .meetingAgenda:
      break
    case nil:
      if !pasteIntoReturn(text) { pasteIntoMeeting(text) }
    }
  }

  private mutating func handlePicker(_ key: Key, _ picker: inout PickerState) {
    let visible = max(1, pickerRows)
    switch keyMap.command(for: key, in: .picker) {
    case .moveUp: picker.cursor.move(by: -1, count: picker.visibleItems.count, visible: visible)
    case .moveDown: picker.cursor.move(by: 1, count: picker.visibleItems.count, visible: visible)
    case .pageUp:
      picker.cursor.move(by: -visible, count: picker.visibleItems.count, visible: visible)
    case .pageDown:
      picker.cursor.move(by: visible, count: picker.visibleItems.count, visible: visible)
    case .toggleChoice: picker.toggleHighlighted()
    case .accept:
      // With nothing to apply the picker stays open, query and all, to be corrected.
      guard !picker.termsToApply.isEmpty else {
        message = StatusMessage(
          "Nothing matches \"\(picker.query.text)\": change the query or Esc", isError: true)
        break
      }
      overlay = nil
      applyPicked(picker)
      return
    case .cancel:
      overlay = nil
      return
    default:
      _ = picker.edit(key)
    }
    overlay = .picker(picker)
  }

  /// Rows of items a picker shows at the current size.
  var pickerRows: Int { max(3, min(height - 8, 20)) }

  private mutating func applyPicked(_ picker: PickerState) {
    let terms = picker.termsToApply
    guard !terms.isEmpty else {
      message = StatusMessage("Nothing matches \"\(picker.query.text)\"", isError: true)
      return
    }
    var expression = filter.expression
    for key in Set(terms.map(\.key)) { expression = expression.removing(key) }
    expression.terms += terms
    applyReporting(expression)
    if !(message?.isError ?? false) { show(.actions) }
  }

  /// Applies a filter typed in the editor if it parses and compiles; returns the error if not
  /// (the last good filter stays applied).
  /// Applies the text being edited as it is typed. While it does not read (half a key, an
  /// open quote, an unknown status), the table shows the terms before the one at fault
  /// (`status:red owner:` shows `status:red`), or the filter from before the edit when even
  /// those do not read: never what a half-typed term last read as.
  private mutating func applyLive(_ text: String, original: FilterExpression) -> FilterError? {
    do {
      try apply(try FilterParser.parse(text), remember: false)
      return nil
    } catch {
      let before = text.prefix(error.position)
      let termStart = before.lastIndex(where: \.isWhitespace).map { before[..<$0] } ?? ""
      do {
        try apply(try FilterParser.parse(String(termStart)), remember: false)
      } catch {
        try? apply(original, remember: false)
      }
      return error
    }
  }

  private mutating func applySearch(_ search: SearchState) {
    var expression = search.original
    let query = search.editor.text.trimmingCharacters(in: " ")
    if !query.isEmpty { expression.terms.append(FilterTerm(.text, [query])) }
    applyReporting(expression, remember: false)
  }

  private mutating func rememberIfChanged(from original: FilterExpression) {
    if original != filter.expression { filterHistory.append(original) }
  }

  /// A key in the help: scrolling by line, page or to either end; `/` narrows the keys to
  /// those whose description holds the words typed; Esc clears the words, then closes.
  private mutating func handleHelp(_ key: Key, _ help: inout HelpState) {
    if help.isTypingQuery {
      switch keyMap.command(for: key, in: .editor) {
      case .accept: help.isTypingQuery = false
      case .cancel:
        help.query = LineEditor()
        help.isTypingQuery = false
      default:
        guard help.query.handle(key) else { return }
        help.scroll = 0
      }
      overlay = .help(help)
      return
    }
    let page = max(1, HelpView.pageHeight(self) - 1)
    let end = HelpView.maximumScroll(self, query: help.query.text)
    switch keyMap.command(for: key, in: .help) {
    case .moveUp: help.scroll = help.scroll.moved(by: -1, within: 0...end)
    case .moveDown: help.scroll = help.scroll.moved(by: 1, within: 0...end)
    case .pageUp: help.scroll = help.scroll.moved(by: -page, within: 0...end)
    case .pageDown: help.scroll = help.scroll.moved(by: page, within: 0...end)
    case .first: help.scroll = 0
    case .last: help.scroll = end
    case .search:
      help.isTypingQuery = true
    case .cancel:
      if help.query.text.isEmpty {
        overlay = nil
        return
      }
      help.query = LineEditor()
      help.scroll = 0
    default: return
    }
    overlay = .help(help)
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
