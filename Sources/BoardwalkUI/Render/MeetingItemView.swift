import BoardwalkCore
import BoardwalkMeeting

/// The current agenda item, large: the action, its status and direction of travel, what was
/// said last time, what this meeting has recorded, and its history.
enum MeetingItemView {
  static func draw(_ state: AppState, meeting: MeetingState, in rect: Rect, into grid: inout Grid) {
    let theme = state.theme
    let inner = PaneFrame.draw(
      "Item", in: rect, focused: !meeting.focusOnAgenda, theme: theme, into: &grid)
    guard inner.width > 8, inner.height > 0 else { return }
    guard let index = meeting.currentAction else {
      grid.write(
        fitting: "The agenda is empty: no action matches it. q leaves the meeting.", x: inner.x,
        y: inner.y,
        width: inner.width, style: theme[.dim])
      return
    }
    // Only the lines on screen and one more (to know whether there is more) are made.
    let lines = content(
      index, state: state, meeting: meeting, width: inner.width,
      maximumLines: meeting.itemScroll + inner.height + 1
    ).lines
    let scroll = min(meeting.itemScroll, max(0, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
      // Scrolled, the item's id and title stay on the first row: while notes are recorded
      // at 80x24, which item they are on is never off the screen.
      if offset == 0, scroll > 0 {
        grid.write(
          fitting: heading(index, state: state), x: inner.x, y: inner.y, width: inner.width,
          style: theme[.paneTitle])
        continue
      }
      var x = inner.x
      if let rag = line.rag {
        x =
          RAGBadge.draw(rag, x: x, y: inner.y + offset, theme: theme, padded: true, into: &grid) + 1
      }
      grid.write(
        fitting: line.text, x: x, y: inner.y + offset, width: inner.maxX - x,
        style: theme[line.role])
    }
    if lines.count > inner.height {
      ScrollMark.draw(
        more: scroll + inner.height < lines.count, below: inner, theme: theme, into: &grid)
    }
  }

  /// The RAG class of an agenda action as the meeting has left it.
  static func rag(of index: Int, state: AppState, meeting: MeetingState) -> RAGClass {
    let ref = MeetingState.ref(of: index, in: state.store)
    let plan = state.store.plans[state.store.actions[index].plan]
    let item = meeting.record.item(ref)
    if item.closure == .confirmed, let done = plan.scale.levels.first(where: \.isDone) {
      return done.rag
    }
    if let key = item.newStatus, let level = plan.scale.levelIndex(forKey: key) {
      return plan.scale.levels[level].rag
    }
    return state.store.rag(ofAction: index)
  }

  /// Whether an agenda action is overdue as the meeting has left it: a done level set, or a
  /// closure confirmed, in the meeting ends that.
  static func isOverdue(_ index: Int, state: AppState, meeting: MeetingState) -> Bool {
    let item = meeting.record.item(MeetingState.ref(of: index, in: state.store))
    guard item.closure != .confirmed else { return false }
    guard item.newStatus != nil || item.newDue != nil else {
      return state.store.isOverdue(action: index, today: state.today)
    }
    let scale = state.store.plans[state.store.actions[index].plan].scale
    let isDone =
      item.newStatus.flatMap { key in scale.levelIndex(forKey: key).map { scale.levels[$0].isDone }
      }
      ?? state.store.isDone(action: index)
    let due = item.newDue.flatMap { try? DueDate(parsing: $0) } ?? state.store.actions[index].due
    return !isDone && due?.calendarDate.map { $0 < state.today } == true
  }

  /// The item's id and title on one line, as its pinned heading shows them (the title
  /// marked, or withheld in public mode, as everywhere).
  static func heading(_ index: Int, state: AppState) -> String {
    "\(state.store.actions[index].id) \(state.shownTitle(of: index))"
  }

  /// A one-line summary of a recorded entry.
  static func summary(_ kind: ItemRecord.Entry.Kind) -> String {
    switch kind {
    case .note(let text): "Note: " + text
    case .decision(let text): "Decision: " + text
    case .statusChanged(_, let to, let reason): "Status → \(to): \(reason)"
    case .dueChanged(_, let to, let reason): "Due → \(DueWords.readable(to)): \(reason)"
    case .closureProposed(let note): "Closure proposed" + (note.isEmpty ? "" : ": " + note)
    case .closureConfirmed: "Closure confirmed by the board"
    case .closureWithdrawn: "Closure proposal withdrawn"
    case .closureReopened: "Closure reopened: the action stays open"
    }
  }

  static func lines(_ index: Int, state: AppState, meeting: MeetingState, width: Int) -> [DetailView
    .Line]
  {
    content(index, state: state, meeting: meeting, width: width).lines
  }

  /// The scroll that shows the end of what this meeting has recorded on the item, moving
  /// from `scroll` no more than needed: after a note, decision or status change is saved,
  /// the minute-taker sees it without scrolling.
  static func scroll(
    showingRecordedOf index: Int, from scroll: Int, state: AppState, meeting: MeetingState
  ) -> Int {
    let inner = itemRect(state: state).inset(by: 1)
    guard inner.width > 8, inner.height > 0 else { return scroll }
    let content = self.content(index, state: state, meeting: meeting, width: inner.width)
    let shown = min(scroll, max(0, content.lines.count - inner.height))
    return max(shown, content.recordedEnd - inner.height)
  }

  /// How far the item can scroll at the screen's size.
  static func maximumScroll(_ state: AppState, meeting: MeetingState) -> Int {
    let inner = itemRect(state: state).inset(by: 1)
    guard inner.width > 8, inner.height > 0, let index = meeting.currentAction else { return 0 }
    return max(
      0, lines(index, state: state, meeting: meeting, width: inner.width).count - inner.height)
  }

  /// Where the item pane is: beside the agenda on a wide screen, else the whole body.
  static func itemRect(state: AppState) -> Rect {
    let body = MeetingView.body(state)
    return body.splitLeft(MeetingView.agendaWidth(state)).rest
  }

  /// The item's lines (the first `maximumLines` of them), and the index just past the last
  /// line of "This meeting".
  private static func content(
    _ index: Int, state: AppState, meeting: MeetingState, width: Int, maximumLines: Int = .max
  ) -> (lines: [DetailView.Line], recordedEnd: Int) {
    let store = state.store
    let action = store.actions[index]
    let plan = store.plans[action.plan]
    let ref = MeetingState.ref(of: index, in: store)
    let item = meeting.record.item(ref)
    var lines: [DetailView.Line] = []
    func add(
      _ text: String, _ role: StyleRole = .text, indent: Int = 0, hanging: Int = 0,
      rag: RAGClass? = nil
    ) {
      guard lines.count < maximumLines else { return }
      lines += DetailView.Line.wrapped(
        text, role, width: width, indent: indent, hanging: hanging, rag: rag,
        maximumLines: maximumLines - lines.count)
    }
    func blank() { lines.append(DetailView.Line(text: "", role: .text)) }
    let area = plan.areas[action.area]
    let isConfidential = state.isConfidential(index)
    if isConfidential {
      add("CONFIDENTIAL: taken in the confidential part of the meeting", .error)
    }
    add(heading(index, state: state), .paneTitle)
    add(
      "\(plan.id)" + (plan.isFictional ? " (fictional)" : "") + " · \(area.id) \(area.title)", .dim)
    blank()
    let original = store.level(ofAction: index)
    let nowRAG = rag(of: index, state: state, meeting: meeting)
    // A closure the board confirmed leaves the action at its scale's first done level, as
    // its badge (and `apply`) have it.
    let closedLabel =
      item.closure == .confirmed ? plan.scale.levels.first(where: \.isDone)?.label : nil
    let nowLabel =
      closedLabel
      ?? state.currentLevel(of: index, in: meeting).flatMap {
        plan.scale.levelIndex(forKey: $0)
      }.map {
        plan.scale.levels[$0].label
      }
    var status = "Status: " + (nowLabel ?? "unrated")
    if item.newStatus != nil || item.closure == .confirmed {
      let trend = Trend(from: original?.rag ?? .unrated, to: nowRAG)
      status += "  (was \(original?.label ?? "unrated") \(trend))"
    }
    add(status, rag: nowRAG)
    if let trend = RatingTrend(of: action, in: plan).letters {
      add("Trend before this meeting: \(trend) (oldest to latest)", .dim, indent: 4)
    }
    switch item.closure {
    case .proposed: add("Closure proposed by management: awaiting the board (C confirms)", .overdue)
    case .confirmed: add("Closed by the board", .message)
    case .none: break
    }
    var due = "Due: " + (action.due?.readable ?? "no date")
    if let words = action.dueText, words != action.due?.written { due += " (“\(words)”)" }
    if let moved = item.newDue {
      due =
        "Due: \(DueWords.readable(moved)) (moved by the board; was \(action.due?.readable ?? "no date"))"
    }
    let overdue = isOverdue(index, state: state, meeting: meeting)
    if overdue { due += " · OVERDUE" }
    add(due, overdue ? .overdue : .text)
    // On a projected screen a confidential item shows only what its agenda row does.
    if isConfidential, state.isPublic {
      blank()
      add("Withheld in public mode (P shows them): its owners, updates and what this", .dim)
      add("meeting has recorded on it.", .dim)
      return (lines, lines.count)
    }
    add("Owners: " + (action.owners.isEmpty ? "none given" : action.owners.joined(separator: "; ")))
    blank()
    add("Last time", .tableHeader)
    if let last = action.updates.last {
      let label = last.status.map { plan.scale.levels[$0].label } ?? ""
      add(
        "\(last.date.readable)\(label.isEmpty ? "" : ": " + label)",
        rag: last.status.map { plan.scale.levels[$0].rag })
      if let text = last.text { add(text, indent: 4) }
    } else {
      add("No update recorded before this meeting", .dim)
    }
    let leadReturns = state.returns.entries(for: ref)
    if !leadReturns.isEmpty {
      blank()
      add("The leads' returns", .tableHeader)
      var asks = false
      for entry in leadReturns {
        let proposals = ReturnProposal.all(
          in: entry, plan: plan, planLevel: original?.key, planDue: action.due?.readable)
        add(proposals.first?.source ?? "\(entry.lead)'s return of \(entry.day)")
        for proposal in proposals {
          let answer = proposal.answer(in: item)
          let said =
            switch answer {
            case .accepted: proposal.isDecision ? " (accepted)" : " (minuted)"
            case .notAccepted: " (not accepted)"
            case nil: ""
            }
          add(
            (proposal.isDecision ? "proposes " : "") + proposal.words + said, indent: 2,
            hanging: 2)
          asks = asks || answer == nil
        }
      }
      if asks {
        add(
          "a accepts what they propose and minutes their notes · A: not accepted, with a reason",
          .dim)
      }
    }
    blank()
    add("This meeting", .tableHeader)
    if item.entries.isEmpty {
      add("Nothing recorded yet: n note · d decision · s status · p propose closure", .dim)
    }
    // A struck note or decision stays where it was, said to be struck: the minute-taker
    // sees what was taken back, and the minutes leave it out.
    for entry in item.entries {
      if entry.isStruck {
        add("• Struck out: " + summary(entry.kind), .dim, hanging: 2)
        continue
      }
      switch entry.kind {
      case .statusChanged(let from, let to, let reason):
        let old = from.flatMap { plan.scale.levelIndex(forKey: $0) }.map { plan.scale.levels[$0] }
        let new = plan.scale.levelIndex(forKey: to).map { plan.scale.levels[$0] }
        let trend = Trend(from: old?.rag ?? .unrated, to: new?.rag ?? .unrated)
        add(
          "Status \(old?.label ?? "unrated") → \(new?.label ?? to) \(trend): \(reason)",
          hanging: 4, rag: new?.rag)
      default:
        add("• " + summary(entry.kind), hanging: 2)
      }
    }
    let recordedEnd = lines.count
    if action.updates.count > 1 {
      blank()
      add("Earlier updates", .tableHeader)
      for update in action.updates.dropLast().reversed() {
        let label = update.status.map { plan.scale.levels[$0].label } ?? ""
        add(
          "\(update.date.readable)\(label.isEmpty ? "" : ": " + label)",
          rag: update.status.map { plan.scale.levels[$0].rag })
        if let text = update.text { add(text, .dim, indent: 4) }
      }
    }
    return (Array(lines.prefix(maximumLines)), recordedEnd)
  }
}
