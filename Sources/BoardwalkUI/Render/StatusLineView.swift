import BoardwalkCore

/// The bottom row: a message if there is one, then the keys that matter here, generated
/// from the key map.
enum StatusLineView {
  static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let theme = state.theme
    grid.fill(rect, style: theme[.statusLine])
    var x = rect.x
    if let message = state.message {
      // A message too long for the line is cut, and says how to read it whole.
      let text = " " + Grid.flattened(message.text) + " "
      let shown =
        DisplayWidth.of(text) <= rect.width
        ? text
        : DisplayWidth.truncate(text, toWidth: max(1, rect.width - 15)) + " L: all of it "
      x = grid.write(
        shown, x: x, y: rect.y, style: theme[message.isError ? .error : .message],
        limit: rect.width)
      x += 1
    }
    let shown = bindings(for: state)
    // The help key is never crowded out: the others stop where it would no longer fit.
    var reserved = shown.first { $0.command == .help }.map { entryWidth($0) + 1 } ?? 0
    var isFull = false
    for binding in shown {
      let isHelp = binding.command == .help
      if isHelp { reserved = 0 } else if isFull { continue }
      guard x < rect.maxX else { break }
      let key = binding.keys.first?.description ?? ""
      if x + entryWidth(binding) + reserved > rect.maxX {
        isFull = true
        continue
      }
      x = grid.write(" " + key, x: x, y: rect.y, style: theme[.statusKey])
      x = grid.write(" " + binding.label, x: x, y: rect.y, style: theme[.statusLine])
      x += 1
    }
  }

  /// Cells an entry takes: ` KEY label`.
  private static func entryWidth(_ binding: KeyBinding) -> Int {
    DisplayWidth.of(" \(binding.keys.first?.description ?? "") \(binding.label)")
  }

  /// The bindings to show for what is on screen now.
  static func bindings(for state: AppState) -> [KeyBinding] {
    switch state.overlay {
    case .help(let help) where help.isTypingQuery:
      state.keyMap.statusBindings(in: .editor, pane: nil)
    case .help: state.keyMap.statusBindings(in: .help, pane: nil)
    case .lastMessage: []
    case .meetingAgenda: state.keyMap.statusBindings(in: .picker, pane: nil)
    case .picker: state.keyMap.statusBindings(in: .picker, pane: nil)
    case .filterEditor, .search: state.keyMap.statusBindings(in: .editor, pane: nil)
    case nil:
      if state.layout.mode == .tooSmall {
        []
      } else if let meeting = state.meeting {
        meetingBindings(state, meeting)
      } else if let leadReturn = state.leadReturn {
        returnBindings(state, leadReturn)
      } else {
        // Enter on an empty table opens nothing, so it is not offered.
        state.keyMap.statusBindings(in: .screen, pane: state.focus).filter {
          !(state.focus == .actions && state.rows.isEmpty && $0.command == .activate)
        }
      }
    }
  }

  /// A lead's return: what is being written, or the return's keys with help and quit.
  private static func returnBindings(_ state: AppState, _ leadReturn: ReturnState)
    -> [KeyBinding]
  {
    switch leadReturn.overlay {
    case .text: state.keyMap.statusBindings(in: .textEditor, pane: nil)
    case .statusChoice, .milestoneChoice:
      state.keyMap.statusBindings(in: .picker, pane: nil).filter { $0.command != .toggleChoice }
    case .statusReason, .dueDate, .dueReason: state.keyMap.statusBindings(in: .editor, pane: nil)
    case .confirmStrike, .confirmDiscard:
      state.keyMap.statusBindings(in: .confirmation, pane: nil)
    case nil:
      state.keyMap.statusBindings(in: .leadReturn, pane: nil)
        + state.keyMap.statusBindings(in: .screen, pane: nil).filter {
          [.help, .quit].contains($0.command)
        }
    }
  }

  private static func meetingBindings(_ state: AppState, _ meeting: MeetingState) -> [KeyBinding] {
    switch meeting.overlay {
    case .text: state.keyMap.statusBindings(in: .textEditor, pane: nil)
    case .statusChoice:
      state.keyMap.statusBindings(in: .picker, pane: nil).filter { $0.command != .toggleChoice }
    case .statusReason: state.keyMap.statusBindings(in: .editor, pane: nil)
    case .raise, .details, .boardForm: state.keyMap.statusBindings(in: .form, pane: nil)
    case .attendance: state.keyMap.statusBindings(in: .attendance, pane: nil)
    case .exemptParagraph:
      state.keyMap.statusBindings(in: .picker, pane: nil).filter { $0.command != .toggleChoice }
    case .actionLog: state.keyMap.statusBindings(in: .actionLog, pane: nil)
    case .substitute, .guest: state.keyMap.statusBindings(in: .editor, pane: nil)
    case .previousMinutes: state.keyMap.statusBindings(in: .textEditor, pane: nil)
    case .confirmStrike, .confirmClosure, .confirmReopen, .confirmDiscard:
      state.keyMap.statusBindings(in: .confirmation, pane: nil)
    case nil: state.keyMap.statusBindings(in: .meeting, pane: nil)
    }
  }
}
