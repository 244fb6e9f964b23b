/// Every key Boardwalk's screen understands, as data. The update function looks keys up
/// here; the help overlay and the status line are generated from it.
public struct KeyMap: Sendable {
  public let bindings: [KeyBinding]

  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The command `key` means in `scope`, if any. Bindings for a pane win over screen-wide ones.
  public func command(for key: Key, in scope: KeyScope, pane: Pane? = nil) -> Command? {
    let candidates = bindings.filter { $0.keys.contains(key) }
    if let pane,
      let specific = candidates.first(where: {
        if case .panes(let panes) = $0.scope { return panes.contains(pane) }
        return false
      })
    {
      return specific.command
    }
    return candidates.first { $0.scope == scope }?.command
  }

  /// The keys bound to `command` in `scope`, as the help shows them ("Tab"), or `nil`.
  public func keysText(for command: Command, in scope: KeyScope) -> String? {
    bindings.first { $0.command == command && $0.scope == scope }?.keysText
  }

  /// The bindings the status line shows for `scope` and `pane`, in map order.
  public func statusBindings(in scope: KeyScope, pane: Pane?) -> [KeyBinding] {
    bindings.filter { binding in
      guard binding.isInStatusLine else { return false }
      if binding.scope == scope {
        guard let panes = binding.statusPanes else { return true }
        return pane.map(panes.contains) ?? false
      }
      if let pane, case .panes(let panes) = binding.scope, scope == .screen {
        return panes.contains(pane)
      }
      return false
    }
  }

  /// Boardwalk's keys.
  public static let standard = KeyMap(bindings: [
    // Moving.
    KeyBinding([.up, .character("k")], .moveUp, label: "up", help: "Move up"),
    KeyBinding([.down, .character("j")], .moveDown, label: "down", help: "Move down"),
    KeyBinding(
      [.left, .character("h")], .moveLeft, label: "left", help: "Move left (heat map columns)"),
    KeyBinding(
      [.right, .character("l")], .moveRight, label: "right", help: "Move right (heat map columns)"),
    KeyBinding([.pageUp, .control("b")], .pageUp, label: "page up", help: "Up one page"),
    KeyBinding([.pageDown, .control("f")], .pageDown, label: "page down", help: "Down one page"),
    KeyBinding([.character("g"), .home], .first, label: "top", help: "Go to the first row"),
    KeyBinding([.character("G"), .end], .last, label: "bottom", help: "Go to the last row"),
    KeyBinding([.tab], .nextPane, label: "next pane", help: "Next pane", status: true),
    KeyBinding([.backTab], .previousPane, label: "previous pane", help: "Previous pane"),
    KeyBinding([.character("1")], .focus(.areas), label: "areas", help: "Show the areas"),
    KeyBinding(
      [.character("2")], .focus(.actions), label: "actions", help: "Show the actions table"),
    KeyBinding([.character("3")], .focus(.heatMap), label: "heat map", help: "Show the heat map"),
    KeyBinding(
      [.character("4")], .focus(.detail), label: "detail", help: "Show the selected action's detail"
    ),
    // Acting on the selection.
    KeyBinding(
      [.enter], .activate, label: "filter to area",
      help: "Filter the table to the selected area; go to the table",
      scope: .panes([.areas]), status: true),
    KeyBinding(
      [.enter], .activate, label: "open", help: "Open the selected action's detail",
      scope: .panes([.actions]),
      status: true),
    KeyBinding(
      [.enter], .activate, label: "filter to cell",
      help: "Filter the table to exactly the actions counted in the cell",
      scope: .panes([.heatMap]), status: true),
    KeyBinding(
      [.character("H")], .toggleHeatMapRows, label: "rows: areas/owners",
      help: "Switch the heat map's rows between areas and owners (and show the heat map)",
      status: true, statusPanes: [.heatMap]),
    KeyBinding(
      [.escape], .back, label: "back", help: "Go back: close, or undo the last filter step"),
    // Filtering.
    KeyBinding(
      [.character("/")], .search, label: "search", help: "Search text as you type", status: true),
    KeyBinding(
      [.character("f")], .editFilter, label: "filter",
      help: "Edit the whole filter expression (same grammar as --filter)", status: true),
    KeyBinding([.character("o")], .pick(.owner), label: "owner", help: "Pick owners", status: true),
    KeyBinding(
      [.character("a")], .pick(.area), label: "area", help: "Pick areas (priority and improvement)",
      status: true),
    KeyBinding(
      [.character("d")], .pick(.due), label: "due",
      help: "Pick a due range: overdue, next 7/30/90 days, this month, a range, no date",
      status: true),
    KeyBinding(
      [.character("s")], .pick(.status), label: "status", help: "Pick statuses", status: true),
    KeyBinding(
      [.character("c")], .clearFilter, label: "clear", help: "Clear the filter", status: true),
    KeyBinding(
      [.character("m")], .toggleMine, label: "mine",
      help: "Show only my actions (--owner), or all again"),
    KeyBinding(
      [.character("S")], .cycleSort, label: "sort",
      help: "Sort the table by due, status, owner, id, or file order",
      scope: .panes([.actions])),
    KeyBinding(
      [.character("?"), .function(1)], .help, label: "help", help: "Show every key", status: true),
    KeyBinding(
      [.character("L")], .showLastMessage, label: "last message",
      help: "Show the last message whole (the status line cuts long ones)"),
    KeyBinding(
      [.character("P")], .togglePublic, label: "public",
      help:
        "Public mode on or off, for a projected screen: confidential actions ([C]) are counted but their text is withheld"
    ),
    KeyBinding([.character("q")], .quit, label: "quit", help: "Quit", status: true),
    KeyBinding(
      [.control("c")], .interrupt, label: "quit now",
      help:
        "Quit at once, from anywhere; while a note, decision, reason or form has unsaved text it asks first, and Ctrl-C again quits",
      scope: .always),
    KeyBinding(
      [.character("M")], .startMeeting, label: "meeting",
      help:
        "Start or resume a meeting (its journal keeps everything); on a filtered screen, offers the filter as its agenda",
      status: true),
    // Meetings.
    KeyBinding(
      [.right, .character("]"), .character("l")], .nextItem, label: "next",
      help: "Next agenda item", scope: .meeting,
      status: true),
    KeyBinding(
      [.left, .character("["), .character("h")], .previousItem, label: "previous",
      help: "Previous agenda item",
      scope: .meeting, status: true),
    KeyBinding(
      [.up, .character("k")], .moveUp, label: "up",
      help: "Scroll the item up (or move in the agenda)", scope: .meeting),
    KeyBinding(
      [.down, .character("j")], .moveDown, label: "down",
      help: "Scroll the item down (or move in the agenda)",
      scope: .meeting),
    KeyBinding([.pageUp], .pageUp, label: "page up", help: "Up one page", scope: .meeting),
    KeyBinding([.pageDown], .pageDown, label: "page down", help: "Down one page", scope: .meeting),
    KeyBinding(
      [.tab], .toggleAgenda, label: "agenda", help: "Move between the agenda and the item",
      scope: .meeting),
    KeyBinding(
      [.enter], .activate, label: "go to", help: "Go to the agenda item under the cursor",
      scope: .meeting),
    KeyBinding(
      [.character("n")], .writeNote, label: "note", help: "Write a discussion note",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("d")], .writeDecision, label: "decision", help: "Record a decision",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("s")], .changeStatus, label: "status",
      help: "Change the status, with a one-line reason",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("p")], .proposeClosure, label: "propose close",
      help: "Propose closing the action (management proposes); again to withdraw", scope: .meeting,
      status: true),
    KeyBinding(
      [.character("C")], .confirmClosure, label: "confirm close",
      help: "Confirm a proposed closure (the board closes)",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("x")], .toggleConfidential, label: "confidential",
      help: "Mark the item as taken in the confidential part of the meeting (again to unmark)",
      scope: .meeting,
      status: true),
    KeyBinding(
      [.character("r")], .raiseAction, label: "new action", help: "Raise a new action",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("i")], .editDetails, label: "details",
      help:
        "Meeting details: title, date, time, venue, chair, minute-taker, present, apologies, next meeting",
      scope: .meeting,
      status: true),
    KeyBinding(
      [.character("u")], .strikeLast, label: "strike",
      help: "Strike out the item's last note or decision", scope: .meeting),
    KeyBinding(
      [.character("a")], .acceptReturn, label: "accept return",
      help:
        "Accept what the lead's return proposes (status or due date), journalled as the board's decision citing it; minute its progress note",
      scope: .meeting),
    KeyBinding(
      [.character("A")], .declineReturn, label: "not accepted",
      help: "Record the return's proposal as not accepted, with a reason", scope: .meeting),
    KeyBinding(
      [.character("w")], .takeAttendance, label: "attendance",
      help:
        "Take attendance from the board's members (present, apologies, absent, substitute, in attendance); the header shows whether the meeting is quorate",
      scope: .meeting),
    KeyBinding(
      [.character("D")], .declareInterest, label: "declaration",
      help:
        "Record a declaration of interest on the item: who, what, and whether they left the room",
      scope: .meeting),
    KeyBinding(
      [.character("b")], .raiseBoardAction, label: "board action",
      help: "Give the board an action arising from the item, with an owner and a due date",
      scope: .meeting),
    KeyBinding(
      [.character("v")], .reviewActionLog, label: "action log",
      help:
        "Review the board's action log: each open action done, carried forward to a new date, or dropped",
      scope: .meeting),
    KeyBinding(
      [.character("m")], .agreePreviousMinutes, label: "previous minutes",
      help:
        "Agree the previous meeting's minutes as a correct record, with any corrections (MINUTE: words, one a line)",
      scope: .meeting),
    KeyBinding(
      [.character("O")], .raiseOtherBusiness, label: "other business",
      help: "Any other business: an item raised on the day, with what was said and decided",
      scope: .meeting),
    KeyBinding(
      [.character("e")], .exportMinutes, label: "minutes",
      help: "Write the minutes (public and full) as Markdown",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("?"), .function(1)], .help, label: "help", help: "Show every key",
      scope: .meeting, status: true),
    KeyBinding(
      [.character("L")], .showLastMessage, label: "last message",
      help: "Show the last message whole (the status line cuts long ones)", scope: .meeting),
    KeyBinding(
      [.character("P")], .togglePublic, label: "public",
      help: "Public mode on or off: confidential items' text withheld on this screen",
      scope: .meeting),
    KeyBinding(
      [.character("q")], .leaveMeeting, label: "leave",
      help: "Leave the meeting (everything is saved; M resumes it)", scope: .meeting, status: true),
    // A lead's return.
    KeyBinding(
      [.character("u")], .writeProgress, label: "progress",
      help: "Write a progress note on the selected action (what has happened since last time)",
      scope: .leadReturn, status: true),
    KeyBinding(
      [.character("r")], .proposeStatus, label: "propose status",
      help: "Propose a new status for the board to decide, with a one-line reason",
      scope: .leadReturn, status: true),
    KeyBinding(
      [.character("D")], .proposeDue, label: "move due",
      help: "Ask to move the due date (YYYY-MM-DD, YYYY-MM, ongoing or tbc), with a reason",
      scope: .leadReturn, status: true),
    KeyBinding(
      [.character("e")], .addEvidence, label: "evidence",
      help: "Add evidence: a link, or where to find it", scope: .leadReturn, status: true),
    KeyBinding(
      [.character("t")], .tickMilestone, label: "milestone done",
      help: "Tick a milestone of the selected action as done", scope: .leadReturn, status: true),
    KeyBinding(
      [.character("X")], .strikeLast, label: "withdraw",
      help: "Withdraw the selected action's last entry (asks first; what it replaced counts again)",
      scope: .leadReturn),
    // Taking attendance.
    KeyBinding(
      [.character("p")], .markAttendance(.present), label: "present", help: "Present",
      scope: .attendance, status: true),
    KeyBinding(
      [.character("a")], .markAttendance(.apologies), label: "apologies", help: "Sent apologies",
      scope: .attendance, status: true),
    KeyBinding(
      [.character("x")], .markAttendance(.absent), label: "absent", help: "Absent, no apologies",
      scope: .attendance, status: true),
    KeyBinding(
      [.character("s")], .markAttendance(.substitute), label: "substitute",
      help: "Someone stands in for the member: give their name", scope: .attendance, status: true),
    KeyBinding(
      [.character("i")], .markAttendance(.inAttendance), label: "in attendance",
      help: "In attendance, without a vote", scope: .attendance, status: true),
    KeyBinding(
      [.character("+")], .addGuest, label: "add",
      help: "Someone not on the board's list, in attendance", scope: .attendance, status: true),
    KeyBinding(
      [.escape, .enter], .cancel, label: "close", help: "Close the list (all is saved)",
      scope: .attendance, status: true),
    // The board's action log.
    KeyBinding(
      [.character("d")], .reviewAction(.done), label: "done",
      help: "Done: the board closes it, with a note", scope: .actionLog, status: true),
    KeyBinding(
      [.character("c")], .reviewAction(.carried), label: "carry forward",
      help: "Carried forward to a new date, with the reason", scope: .actionLog, status: true),
    KeyBinding(
      [.character("x")], .reviewAction(.dropped), label: "drop",
      help: "Dropped, with the reason", scope: .actionLog, status: true),
    KeyBinding(
      [.escape, .enter], .cancel, label: "close", help: "Close the log (all is saved)",
      scope: .actionLog, status: true),
    // Writing minute text.
    KeyBinding(
      [.enter, .control("s")], .accept, label: "save",
      help: "Save the text to the journal (Ctrl-S too, as in a form)", scope: .textEditor,
      status: true),
    KeyBinding(
      [.control("j")], .newLine, label: "new line", help: "Start a new line", scope: .textEditor,
      status: true),
    KeyBinding(
      [.control("o")], .editExternally, label: "$EDITOR", help: "Continue in $EDITOR",
      scope: .textEditor, status: true),
    KeyBinding(
      [.escape], .cancel, label: "cancel", help: "Close without saving (asks if text was typed)",
      scope: .textEditor,
      status: true),
    // Forms.
    KeyBinding(
      [.tab, .down], .moveDown, label: "next field", help: "Next field", scope: .form, status: true),
    KeyBinding(
      [.backTab, .up], .moveUp, label: "previous field", help: "Previous field", scope: .form),
    KeyBinding(
      [.enter], .accept, label: "next/save", help: "Next field; on the last, save", scope: .form,
      status: true),
    KeyBinding(
      [.control("s")], .submitForm, label: "save", help: "Save the form", scope: .form, status: true
    ),
    KeyBinding(
      [.escape], .cancel, label: "cancel", help: "Close without saving (asks if changed)",
      scope: .form, status: true),
    // Questions.
    KeyBinding(
      [.character("y")], .yes, label: "yes", help: "Yes", scope: .confirmation, status: true),
    KeyBinding(
      [.character("n"), .escape], .no, label: "no", help: "No", scope: .confirmation, status: true),
    // Pickers.
    KeyBinding([.up, .control("p")], .moveUp, label: "up", help: "Previous item", scope: .picker),
    KeyBinding(
      [.down, .control("n")], .moveDown, label: "down", help: "Next item", scope: .picker),
    KeyBinding([.pageUp], .pageUp, label: "page up", help: "Up one page", scope: .picker),
    KeyBinding([.pageDown], .pageDown, label: "page down", help: "Down one page", scope: .picker),
    KeyBinding(
      // Tab, as in fzf: Space belongs to the query, since names have spaces in them.
      [.tab], .toggleChoice, label: "choose",
      help: "Choose or unchoose an item (several may be chosen)",
      scope: .picker, status: true),
    KeyBinding(
      [.enter], .accept, label: "apply", help: "Apply the chosen items (or the highlighted one)",
      scope: .picker,
      status: true),
    KeyBinding(
      [.escape], .cancel, label: "cancel", help: "Close without changing the filter",
      scope: .picker, status: true),
    // Editors.
    KeyBinding(
      [.enter], .accept, label: "apply", help: "Keep the text and close", scope: .editor,
      status: true),
    KeyBinding(
      [.escape], .cancel, label: "cancel", help: "Undo the edit and close", scope: .editor,
      status: true),
    // Help.
    KeyBinding([.up, .character("k")], .moveUp, label: "up", help: "Scroll up", scope: .help),
    KeyBinding(
      [.down, .character("j")], .moveDown, label: "down", help: "Scroll down", scope: .help),
    KeyBinding(
      [.pageUp, .control("b")], .pageUp, label: "page up", help: "Up one page", scope: .help),
    KeyBinding(
      [.pageDown, .control("f")], .pageDown, label: "page down", help: "Down one page",
      scope: .help),
    KeyBinding(
      [.character("g"), .home], .first, label: "top", help: "Go to the top", scope: .help),
    KeyBinding(
      [.character("G"), .end], .last, label: "bottom", help: "Go to the bottom", scope: .help),
    KeyBinding(
      [.character("/")], .search, label: "find",
      help: "Find a key by what it does: only keys whose description holds the words typed",
      scope: .help, status: true),
    KeyBinding(
      [.escape, .character("?"), .character("q")], .cancel, label: "close",
      help: "Close help (Esc first clears the words found)", scope: .help, status: true),
  ])
}
