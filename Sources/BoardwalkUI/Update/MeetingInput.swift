import BoardwalkCore
import BoardwalkMeeting
import Foundation

extension AppState {
  /// A key in meeting mode.
  mutating func handleMeeting(_ key: Key) {
    guard var meeting else { return }
    if let overlay = meeting.overlay {
      handleMeetingOverlay(key, overlay, &meeting)
      self.meeting = meeting
      return
    }
    guard let command = keyMap.command(for: key, in: .meeting) else { return }
    switch command {
    case .help:
      overlay = .help(HelpState())
      return
    case .showLastMessage:
      showLastMessage()
      return
    case .togglePublic:
      togglePublic()
      return
    case .leaveMeeting:
      message = StatusMessage("Meeting saved in \(meeting.journalPath); M resumes it")
      self.meeting = nil
      return
    case .exportMinutes:
      effects.append(.exportMinutes(meeting.record))
    default:
      performMeeting(command, &meeting)
    }
    self.meeting = meeting
  }

  /// Commands that minute the current item, and so need one.
  private static let itemCommands: Set<Command> = [
    .writeNote, .writeDecision, .changeStatus, .proposeClosure, .confirmClosure,
    .toggleConfidential, .raiseAction, .strikeLast, .acceptReturn, .declineReturn,
    .declareInterest, .raiseBoardAction,
  ]

  private mutating func performMeeting(_ command: Command, _ meeting: inout MeetingState) {
    let count = meeting.agenda.actions.count
    let visible = max(1, height - 6)
    if meeting.isReadOnly,
      Self.itemCommands.contains(command) || command == .editDetails
        || Self.boardCommands.contains(command) || command == .raiseOtherBusiness
    {
      message = StatusMessage(
        "Read-only: this screen follows the meeting and records nothing; minute it on the screen that has it open",
        isError: true)
      return
    }
    if Self.itemCommands.contains(command), meeting.currentAction == nil {
      message = StatusMessage(
        "The agenda is empty: there is no item to minute (q leaves the meeting)", isError: true)
      return
    }
    switch command {
    case .nextItem, .previousItem:
      let target = min(
        max(0, meeting.position + (command == .nextItem ? 1 : -1)), max(0, count - 1))
      // At either end there is nowhere to go, and nothing to journal.
      if target != meeting.position { go(to: target, &meeting) }
    case .moveUp, .moveDown, .pageUp, .pageDown:
      let step =
        command == .moveUp ? -1 : command == .moveDown ? 1 : command == .pageUp ? -visible : visible
      if meeting.focusOnAgenda {
        meeting.agendaCursor.move(by: step, count: count, visible: visible)
      } else {
        meeting.itemScroll = meeting.itemScroll.moved(
          by: step, within: 0...MeetingItemView.maximumScroll(self, meeting: meeting))
      }
    case .toggleAgenda:
      meeting.focusOnAgenda.toggle()
      meeting.agendaCursor.select(meeting.position, count: count, visible: visible)
    case .activate where meeting.focusOnAgenda:
      go(to: meeting.agendaCursor.selected, &meeting)
      meeting.focusOnAgenda = false
    case .writeNote: meeting.overlay = .text(TextEditor(), purpose: .note)
    case .writeDecision: meeting.overlay = .text(TextEditor(), purpose: .decision)
    case .changeStatus:
      guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
      if meeting.record.item(ref).closure == .confirmed {
        message = StatusMessage(
          "The board has closed this action: C reopens it before its status can change",
          isError: true)
        return
      }
      let plan = store.plans[store.actions[index].plan]
      let current =
        currentLevel(of: index, in: meeting).flatMap { key in plan.scale.levelIndex(forKey: key) }
        ?? 0
      meeting.overlay = .statusChoice(levels: plan.scale.levels, cursor: current)
    case .proposeClosure:
      guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
      if let refusal = closureRefusal(of: index) {
        message = StatusMessage(refusal, isError: true)
        return
      }
      switch meeting.record.item(ref).closure {
      case .none: meeting.overlay = .text(TextEditor(), purpose: .closureProposal)
      case .proposed: record(.closureWithdrawn(ref), &meeting)
      case .confirmed:
        message = StatusMessage(
          "The board has closed this action; C reopens it", isError: true)
      }
    case .confirmClosure:
      guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
      if let refusal = closureRefusal(of: index) {
        message = StatusMessage(refusal, isError: true)
        return
      }
      switch meeting.record.item(ref).closure {
      case .proposed: meeting.overlay = .confirmClosure(ref, title: store.actions[index].title)
      case .confirmed: meeting.overlay = .confirmReopen(ref, title: store.actions[index].title)
      case .none:
        message = StatusMessage(
          "Closure must be proposed first (p): management proposes, the board closes", isError: true
        )
      }
    case .toggleConfidential:
      guard let ref = currentRef(meeting) else { return }
      let marking = !meeting.record.isMarkedConfidential(ref)
      // A board takes an item in private under a paragraph of Schedule 12A: it asks which.
      if marking, meeting.board != nil {
        meeting.overlay = .exemptParagraph(cursor: 0)
        return
      }
      record(.confidential(ref, marking), &meeting)
    case .raiseAction:
      guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
      let plan = store.plans[store.actions[index].plan]
      // An action raised on a confidential item is confidential unless the board says not.
      let confidential =
        MeetingOutcome.isConfidential(index, in: store, record: meeting.record)
        || meeting.record.isMarkedConfidential(ref)
      meeting.overlay = .raise(
        FormState(
          title: "New action in \(plan.id)",
          fields: [
            .init("Title"), .init("Owners", hint: "separate with ;"),
            .init("Due", hint: "YYYY-MM-DD, YYYY-MM, ongoing or tbc"),
            .init(
              "Area", plan.areas[store.actions[index].area].id, hint: "an area id of \(plan.id)"),
            .init(
              "Confidential", confidential ? "yes" : "no",
              hint: confidential ? "yes, as the item is; or no" : "yes or no"),
          ]))
    case .editDetails:
      let details = meeting.record.details
      meeting.overlay = .details(
        FormState(
          title: "Meeting details",
          fields: [
            .init("Title", details.title), .init("Date", details.date, hint: "YYYY-MM-DD"),
            .init("Time", details.time, hint: Self.boardSays(meeting.board?.board.time, or: "2pm")),
            .init(
              "Venue", details.venue,
              hint: Self.boardSays(meeting.board?.board.venue, or: "where the board meets")),
            .init("Chair", details.chair),
            .init(
              "Minute-taker", details.minuteTaker,
              hint: Self.boardSays(meeting.board?.board.minuteTaker, or: "who takes the minutes")),
            .init("Present", details.present.joined(separator: "; "), hint: "separate with ;"),
            .init("Apologies", details.apologies.joined(separator: "; "), hint: "separate with ;"),
            .init(
              "Declarations", details.declarations.joined(separator: "; "), hint: "separate with ;"),
            .init(
              "Previous meeting", details.previousMeeting,
              hint: "YYYY-MM-DD: movement is measured from it"),
            .init("Next meeting", details.nextMeeting, hint: "YYYY-MM-DD"),
          ]))
    case .takeAttendance, .declareInterest, .raiseBoardAction, .reviewActionLog,
      .agreePreviousMinutes:
      performBoard(command, &meeting)
    case .raiseOtherBusiness:
      meeting.overlay = .boardForm(
        FormState(
          title: "Any other business",
          fields: [
            .init("Title", hint: "what the item is"),
            .init("Raised", hint: "what was said"),
            .init("Decision", hint: "what the board decided, if anything"),
          ]), .otherBusiness)
    case .acceptReturn:
      acceptReturn(&meeting)
    case .declineReturn:
      guard let ref = currentRef(meeting) else { return }
      let open = returnProposals(meeting).filter {
        $0.isDecision && $0.answer(in: meeting.record.item(ref)) == nil
      }
      guard !open.isEmpty else {
        message = StatusMessage("No lead's return proposes anything for this item", isError: true)
        return
      }
      meeting.overlay = .text(TextEditor(), purpose: .returnNotAccepted)
    case .strikeLast:
      guard let ref = currentRef(meeting) else { return }
      let last = meeting.record.item(ref).liveEntries.last { entry in
        if case .note = entry.kind { return true }
        if case .decision = entry.kind { return true }
        return false
      }
      guard let last else {
        message = StatusMessage("No note or decision on this item to strike out", isError: true)
        return
      }
      meeting.overlay = .confirmStrike(
        sequence: last.sequence, summary: MeetingItemView.summary(last.kind))
    default:
      break
    }
  }

  private mutating func handleMeetingOverlay(
    _ key: Key, _ overlay: MeetingOverlay, _ meeting: inout MeetingState
  ) {
    switch overlay {
    case .text(var editor, let purpose):
      switch EditorKey.text(key, &editor, keyMap: keyMap) {
      case .save(let text):
        guard !text.isEmpty || purpose == .closureProposal, let ref = currentRef(meeting) else {
          message = StatusMessage("Nothing written yet (Esc closes)", isError: true)
          return
        }
        meeting.lastSubmitted = overlay
        meeting.overlay = nil
        switch purpose {
        case .note: record(.note(ref, text: text), &meeting)
        case .decision: record(.decision(ref, text: text), &meeting)
        case .closureProposal: record(.closureProposed(ref, note: text), &meeting)
        case .returnNotAccepted:
          for proposal in returnProposals(meeting)
          where proposal.isDecision && proposal.answer(in: meeting.record.item(ref)) == nil {
            record(
              .decision(
                ref,
                text: ReturnProposal.Answer.notAccepted.prefix + proposal.citation + ". Reason: "
                  + text), &meeting)
          }
        }
      case .edited: meeting.overlay = .text(editor, purpose: purpose)
      case .editExternally(let text): effects.append(.editExternally(text))
      case .cancel(let isEmpty):
        meeting.overlay = isEmpty ? nil : .confirmDiscard(MeetingOverlayBox(overlay))
      case .ignored: break
      }
    case .statusChoice(let levels, var cursor):
      // j and k move here as they do everywhere else in the meeting.
      let command = listCommand(key)
      switch command {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(levels.count - 1, cursor + 1)
      case .accept:
        let chosen = levels[cursor]
        if let index = meeting.currentAction, chosen.isDone,
          currentLevel(of: index, in: meeting) != chosen.key
        {
          message = StatusMessage(
            "\(chosen.label) closes the action, and closing is the board's: p proposes closure, C confirms it",
            isError: true)
          return
        }
        meeting.overlay = .statusReason(LineEditor(), level: chosen.key)
        return
      case .cancel:
        meeting.overlay = nil
        return
      default:
        break
      }
      meeting.overlay = .statusChoice(levels: levels, cursor: cursor)
    case .statusReason(var editor, let level):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let reason):
        guard !reason.isEmpty else {
          message = StatusMessage("Give a one-line reason for the change", isError: true)
          return
        }
        guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
        meeting.lastSubmitted = overlay
        meeting.overlay = nil
        record(
          .statusChanged(
            ref, from: currentLevel(of: index, in: meeting), to: level, reason: reason), &meeting)
      case .cancel(let isEmpty):
        meeting.overlay = isEmpty ? nil : .confirmDiscard(MeetingOverlayBox(overlay))
      case .edited: meeting.overlay = .statusReason(editor, level: level)
      case .editExternally, .ignored: break
      }
    case .raise(var form), .details(var form):
      let isRaise: Bool
      if case .raise = overlay { isRaise = true } else { isRaise = false }
      switch FormKey.handle(key, &form, keyMap: keyMap) {
      case .submit:
        let outcome =
          isRaise ? raisedAction(from: form, meeting) : detailsChange(from: form, meeting)
        switch outcome {
        case .success(let event):
          meeting.overlay = nil
          // Only a form that asked for a journal entry comes back if that entry fails.
          if let event {
            meeting.lastSubmitted = overlay
            record(event, &meeting)
          }
        case .failure(let problem):
          form.error = problem.message
          meeting.overlay = isRaise ? .raise(form) : .details(form)
        }
      case .cancel(let isChanged):
        meeting.overlay = isChanged ? .confirmDiscard(MeetingOverlayBox(overlay)) : nil
      case .edited:
        meeting.overlay = isRaise ? .raise(form) : .details(form)
      }
    case .confirmStrike(let sequence, _):
      answer(key, &meeting) { $0.record(.struck(sequence: sequence), &$1) }
    case .confirmClosure(let ref, _):
      answer(key, &meeting) { $0.record(.closureConfirmed(ref), &$1) }
    case .confirmReopen(let ref, _):
      answer(key, &meeting) { $0.record(.closureReopened(ref), &$1) }
    case .attendance, .substitute, .guest, .boardForm, .actionLog, .previousMinutes,
      .exemptParagraph:
      handleBoardOverlay(key, overlay, &meeting)
    case .confirmDiscard(let previous):
      switch keyMap.command(for: key, in: .confirmation) {
      case .yes: meeting.overlay = nil
      case .no: meeting.overlay = previous.overlay
      default: break
      }
    }
  }

  /// A paste in meeting mode goes into what is being written: minute text keeps its lines;
  /// a reason or a form field, being one line, gets them as spaces.
  mutating func pasteIntoMeeting(_ text: String) {
    guard var meeting, let overlay = meeting.overlay else { return }
    switch overlay {
    case .text(var editor, let purpose):
      editor.insert(text)
      meeting.overlay = .text(editor, purpose: purpose)
    case .statusReason(var editor, let level):
      editor.insert(text)
      meeting.overlay = .statusReason(editor, level: level)
    case .raise(var form), .details(var form):
      form.paste(text)
      form.error = nil
      if case .raise = overlay {
        meeting.overlay = .raise(form)
      } else {
        meeting.overlay = .details(form)
      }
    case .substitute(var editor, let member):
      editor.insert(text)
      meeting.overlay = .substitute(editor, member: member)
    case .guest(var editor):
      editor.insert(text)
      meeting.overlay = .guest(editor)
    case .boardForm(var form, let purpose):
      form.paste(text)
      form.error = nil
      meeting.overlay = .boardForm(form, purpose)
    case .previousMinutes(var editor, let day):
      editor.insert(text)
      meeting.overlay = .previousMinutes(editor, meeting: day)
    case .statusChoice, .confirmStrike, .confirmClosure, .confirmReopen, .confirmDiscard,
      .attendance, .actionLog, .exemptParagraph:
      return
    }
    self.meeting = meeting
  }

  /// A yes or no to a question: yes closes it and does `yes`; no (or Esc) closes it.
  private mutating func answer(
    _ key: Key, _ meeting: inout MeetingState,
    yes: (inout AppState, inout MeetingState) -> Void
  ) {
    switch keyMap.command(for: key, in: .confirmation) {
    case .yes:
      meeting.overlay = nil
      yes(&self, &meeting)
    case .no: meeting.overlay = nil
    default: break
    }
  }

  /// Why the action at `index` cannot be closed at all, if it cannot: its scale has no
  /// level that means done (a delivery-confidence scale), so closing would change nothing.
  private func closureRefusal(of index: Int) -> String? {
    let scale = store.plans[store.actions[index].plan].scale
    guard !MeetingRules.canClose(on: scale) else { return nil }
    return
      "This plan's scale (\(scale.name)) has no done level, so its actions cannot be closed: change the status instead (s)"
  }

  // MARK: Recording

  /// What the leads' returns propose for the current item, each to be accepted or not.
  private func returnProposals(_ meeting: MeetingState) -> [ReturnProposal] {
    guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return [] }
    let plan = store.plans[store.actions[index].plan]
    return returns.entries(for: ref).flatMap { entry in
      ReturnProposal.all(
        in: entry, plan: plan, planLevel: store.level(ofAction: index)?.key,
        planDue: store.actions[index].due?.readable)
    }
  }

  /// Accepts what the returns propose: a status change is journalled as one (a done level
  /// as the board's closure, as `p` and `C` would), a due date as a due change; each with a
  /// decision that cites the return.
  private mutating func acceptReturn(_ meeting: inout MeetingState) {
    guard let index = meeting.currentAction, let ref = currentRef(meeting) else { return }
    let all = returnProposals(meeting)
    guard !all.isEmpty else {
      message = StatusMessage("No lead's return proposes anything for this item", isError: true)
      return
    }
    let proposals = all.filter { $0.answer(in: meeting.record.item(ref)) == nil }
    guard !proposals.isEmpty else {
      message = StatusMessage("The meeting has answered every proposal of the returns here already")
      return
    }
    let plan = store.plans[store.actions[index].plan]
    for proposal in proposals {
      guard proposal.isDecision else {
        record(.note(ref, text: proposal.reason), &meeting)
        continue
      }
      record(
        .decision(ref, text: ReturnProposal.Answer.accepted.prefix + proposal.citation), &meeting)
      if case .due(let due) = proposal.change {
        let current = meeting.record.item(ref).newDue ?? store.actions[index].due?.written
        if current != due {
          record(
            .dueChanged(ref, from: current, to: due, reason: proposal.reason), &meeting)
        }
        continue
      }
      guard case .status(let key) = proposal.change,
        let level = plan.scale.levelIndex(forKey: key).map({ plan.scale.levels[$0] })
      else { continue }
      if level.isDone {
        if closureRefusal(of: index) == nil, meeting.record.item(ref).closure != .confirmed {
          if meeting.record.item(ref).closure == .none {
            record(.closureProposed(ref, note: proposal.reason), &meeting)
          }
          record(.closureConfirmed(ref), &meeting)
        }
      } else if currentLevel(of: index, in: meeting) != key {
        record(
          .statusChanged(
            ref, from: currentLevel(of: index, in: meeting), to: key, reason: proposal.reason),
          &meeting)
      }
    }
  }

  private mutating func record(_ event: MeetingEvent, _ meeting: inout MeetingState) {
    effects.append(.record(event))
  }

  private mutating func go(to position: Int, _ meeting: inout MeetingState) {
    guard meeting.agenda.actions.indices.contains(position) else { return }
    meeting.position = position
    meeting.itemScroll = 0
    meeting.agendaCursor.select(
      position, count: meeting.agenda.actions.count, visible: max(1, height - 6))
    // A screen that follows a meeting looks around without telling the journal.
    if !meeting.isReadOnly, let ref = currentRef(meeting) { record(.moved(ref), &meeting) }
  }

  func currentRef(_ meeting: MeetingState) -> ActionRef? {
    meeting.currentAction.map { MeetingState.ref(of: $0, in: store) }
  }

  /// The action's status key as the meeting has left it so far.
  func currentLevel(of index: Int, in meeting: MeetingState) -> String? {
    let ref = MeetingState.ref(of: index, in: store)
    if let key = meeting.record.item(ref).newStatus { return key }
    return store.level(ofAction: index)?.key
  }

  /// Why a form cannot be saved, shown on its footer.
  struct FormProblem: Error {
    let message: String
  }

  private func raisedAction(from form: FormState, _ meeting: MeetingState) -> Result<
    MeetingEvent?, FormProblem
  > {
    guard let index = meeting.currentAction else {
      return .failure(FormProblem(message: "No current item"))
    }
    let planIndex = store.actions[index].plan
    let plan = store.plans[planIndex]
    let title = form.value("Title")
    guard !title.isEmpty else {
      return .failure(FormProblem(message: "The new action needs a title"))
    }
    guard let area = plan.areaIndex(forID: form.value("Area")) else {
      return .failure(
        FormProblem(
          message:
            "\"\(form.value("Area"))\" is not an area of \(plan.id) (areas: \(plan.areas.map(\.id).prefix(10).joined(separator: ", ")))"
        ))
    }
    var due: String?
    if !form.value("Due").isEmpty {
      do {
        due = try DueDate(parsing: form.value("Due")).written
      } catch {
        return .failure(FormProblem(message: "Due: \(error.description)"))
      }
    }
    let confidential = ["yes", "y", "true"].contains(form.value("Confidential").lowercased())
    let id = MeetingOutcome.newActionID(
      area: plan.areas[area].id, plan: planIndex, in: store, raised: meeting.record.raised)
    return .success(
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: plan.id, action: id), area: plan.areas[area].id, title: title,
          owners: FormState.list(form.value("Owners")), due: due, isConfidential: confidential)))
  }

  /// A details field's hint: what the board file gives when the field is left empty, or an
  /// example.
  static func boardSays(_ value: String?, or example: String) -> String {
    guard let value, !value.isEmpty else { return "for example \(example)" }
    return "empty: \(value), as the board file says"
  }

  private func detailsChange(from form: FormState, _ meeting: MeetingState) -> Result<
    MeetingEvent?, FormProblem
  > {
    for label in ["Date", "Previous meeting", "Next meeting"] where !form.value(label).isEmpty {
      if case .failure(let problem) = Result(catching: { () throws(DateProblem) in
        try PlanDate(parsing: form.value(label))
      }) {
        return .failure(FormProblem(message: "\(label): \(problem.description)"))
      }
    }
    var details = meeting.record.details
    details.title = form.value("Title")
    details.date = form.value("Date")
    details.chair = form.value("Chair")
    details.time = form.value("Time")
    details.venue = form.value("Venue")
    details.minuteTaker = form.value("Minute-taker")
    details.present = FormState.list(form.value("Present"))
    details.apologies = FormState.list(form.value("Apologies"))
    details.declarations = FormState.list(form.value("Declarations"))
    details.previousMeeting = form.value("Previous meeting")
    details.nextMeeting = form.value("Next meeting")
    let change = meeting.record.details.change(to: details)
    return .success(change.isEmpty ? nil : .details(change))
  }
}

extension FormState {
  /// Names separated by semicolons (or line breaks), trimmed, empties dropped.
  static func list(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { String($0).trimmingSpaces }.filter
    { !$0.isEmpty }
  }
}
