import BoardwalkCore
import BoardwalkMeeting

/// The meeting screen: what the meeting is and where it is, the agenda, and the current
/// item large enough for a shared screen.
enum MeetingView {
  static func draw(_ state: AppState, meeting: MeetingState, into grid: inout Grid) {
    let theme = state.theme
    let width = state.width
    let details = meeting.record.details
    let count = meeting.agenda.actions.count
    let position = count == 0 ? "no items" : "item \(meeting.position + 1) of \(count)"
    let title = details.title.isEmpty ? "Meeting" : details.title
    let date = (try? PlanDate(parsing: details.date).readable) ?? details.date
    // A screen that follows says so for as long as it is open: nothing typed here is kept.
    var left = meeting.isReadOnly ? " Following, read-only · \(title)" : " Meeting · \(title)"
    // A projected screen in public mode says so first, as the main screen's header does.
    if state.isPublic { left = " PUBLIC ·" + left }
    if !date.isEmpty { left += " · \(date)" }
    if !details.chair.isEmpty { left += " · chair \(details.chair)" }
    // A board's meeting says at all times whether it is quorate, in words.
    let quorum = meeting.quorum.map { quorum -> (text: String, isQuorate: Bool) in
      let members = meeting.board?.board.votingMembers.count ?? 0
      if meeting.record.attendance.isEmpty { return (" attendance not taken (w) ·", true) }
      return quorum.isQuorate
        ? (" quorate \(quorum.voting)/\(members) ·", true)
        : (" NOT QUORATE \(quorum.voting)/\(members), quorum \(quorum.required) ·", false)
    }
    let right = " \(position) "
    let quorumWidth = quorum.map { DisplayWidth.of($0.text) } ?? 0
    let rightWidth = DisplayWidth.of(right) + quorumWidth
    grid.write(
      fitting: left, x: 0, y: 0, width: max(0, width - rightWidth), style: theme[.header])
    if let quorum {
      grid.write(
        fitting: quorum.text, x: width - rightWidth, y: 0, width: quorumWidth,
        style: theme[quorum.isQuorate ? .header : .error])
    }
    grid.write(
      fitting: right, x: width - DisplayWidth.of(right), y: 0, width: DisplayWidth.of(right),
      style: theme[.header])
    let agendaText =
      meeting.agendaProblem != nil
      ? "every action (the recorded agenda does not apply)"
      : Agenda.described(meeting.record.start?.agenda ?? "")
    // Declarations stay in view for the whole meeting, as the chair needs them.
    let declarations = meeting.record.declarations.map {
      "\($0.name) (\($0.item?.action ?? "the meeting")\($0.leftRoom ? ", left the room" : ""))"
    }
    let business = meeting.boardBusiness
    let declared =
      (declarations.isEmpty ? "" : " Declarations: \(declarations.joined(separator: "; ")) ·")
      + (business.isEmpty ? "" : " To do: \(business.joined(separator: ", ")) ·")
    if meeting.changedPlanFiles.isEmpty {
      grid.write(
        fitting:
          declared
          + " Agenda: \(agendaText) · \(meeting.record.lastSequence) entries saved · journal \(meeting.journalPath)",
        x: 0, y: 1, width: width, style: theme[.headerFilter])
    } else {
      grid.write(
        fitting:
          " \(meeting.record.lastSequence) entries saved · ! \(meeting.changedPlanFiles.joined(separator: ", ")) changed on disk since the meeting started: the meeting keeps the plans as loaded",
        x: 0, y: 1, width: width, style: theme[.error])
    }
    let body = body(state)
    let agendaWidth = agendaWidth(state)
    let (agendaRect, itemRect) = body.splitLeft(agendaWidth)
    if agendaWidth > 0 || meeting.focusOnAgenda {
      AgendaView.draw(state, meeting: meeting, in: agendaWidth > 0 ? agendaRect : body, into: &grid)
    }
    if agendaWidth > 0 || !meeting.focusOnAgenda {
      MeetingItemView.draw(
        state, meeting: meeting, in: agendaWidth > 0 ? itemRect : body, into: &grid)
    }
    StatusLineView.draw(
      state, in: Rect(x: 0, y: state.height - 1, width: width, height: 1), into: &grid)
    if let overlay = meeting.overlay {
      MeetingOverlayView.draw(state, overlay: overlay, into: &grid)
    }
  }
}

extension MeetingView {
  /// Everything between the two header lines and the status line.
  static func body(_ state: AppState) -> Rect {
    Rect(x: 0, y: 2, width: state.width, height: state.height - 3)
  }

  /// The agenda's width beside the item: none below 100 columns, where it is a key away.
  static func agendaWidth(_ state: AppState) -> Int {
    state.width >= 100 ? min(42, state.width / 3) : 0
  }
}

/// The agenda: areas as headings, their actions beneath with a mark for those discussed.
enum AgendaView {
  static func draw(_ state: AppState, meeting: MeetingState, in rect: Rect, into grid: inout Grid) {
    let theme = state.theme
    let inner = PaneFrame.draw(
      "Agenda", in: rect, focused: meeting.focusOnAgenda, theme: theme, into: &grid)
    guard inner.width > 6, inner.height > 0 else { return }
    // Rows were laid out when the meeting opened: only those on screen are looked at.
    let rows = meeting.agendaRows.rows
    let cursor = meeting.focusOnAgenda ? meeting.agendaCursor.selected : meeting.position
    let cursorRow = meeting.agendaRows.row(ofPosition: cursor)
    let top = max(0, min(cursorRow - inner.height / 2, rows.count - inner.height))
    for line in 0..<inner.height {
      let index = top + line
      guard index < rows.count else { break }
      let y = inner.y + line
      let action: Int
      let rowPosition: Int
      switch rows[index] {
      case .standing(let item):
        StandingRow.draw(
          meeting.agendaRows.standing[item], meeting: meeting, x: inner.x, y: y,
          width: inner.width, theme: theme, into: &grid)
        continue
      case .plan(let planIndex):
        let plan = state.store.plans[planIndex]
        grid.write(
          fitting: "\(plan.id) · \(Fiction.named(plan))", x: inner.x, y: y, width: inner.width,
          style: theme[.tableHeader])
        continue
      case .area(let planIndex, let areaIndex):
        let area = state.store.plans[planIndex].areas[areaIndex]
        grid.write(
          fitting: "\(area.id) \(area.title)", x: inner.x, y: y, width: inner.width,
          style: theme[.tableHeader])
        continue
      case .action(let position, let index):
        action = index
        rowPosition = position
      }
      // Marked [C] when confidential, its words withheld in public mode, as in the table.
      let text = state.store.actions[action].id + " " + state.shownTitle(of: action)
      let ref = MeetingState.ref(of: action, in: state.store)
      let isCurrent = rowPosition == meeting.position
      let isCursor = rowPosition == cursor
      let style =
        isCursor
        ? theme[meeting.focusOnAgenda || isCurrent ? .selection : .selectionInactive] : theme[.text]
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      let discussed = meeting.record.wasDiscussed(ref) ? "✓" : " "
      grid.write(discussed, x: inner.x, y: y, style: style)
      if MeetingItemView.isOverdue(action, state: state, meeting: meeting) {
        grid.write("!", x: inner.x + 1, y: y, style: theme[.overdue])
      }
      RAGBadge.draw(
        MeetingItemView.rag(of: action, state: state, meeting: meeting), x: inner.x + 2, y: y,
        theme: theme, into: &grid)
      grid.write(fitting: text, x: inner.x + 4, y: y, width: inner.width - 4, style: style)
    }
  }
}

/// A board's standing item in the agenda: a mark when it is done, its title, and how far it
/// has gone with the key that takes it, right-aligned.
enum StandingRow {
  static func draw(
    _ item: StandingItem, meeting: MeetingState, x: Int, y: Int, width: Int, theme: Theme,
    into grid: inout Grid
  ) {
    let progress = meeting.progress(of: item)
    grid.write(progress.isDone ? "✓" : "·", x: x, y: y, style: theme[.dim])
    let words = progress.words.isEmpty ? "" : " " + progress.words
    let wordsWidth = min(DisplayWidth.of(words), max(0, width - 12))
    grid.write(
      fitting: item.title, x: x + 2, y: y, width: max(0, width - 2 - wordsWidth),
      style: theme[.text])
    grid.write(
      fitting: words, x: x + width - wordsWidth, y: y, width: wordsWidth,
      style: theme[progress.words.hasPrefix("NOT QUORATE") ? .error : .dim])
  }
}
