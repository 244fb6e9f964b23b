import BoardwalkCore
import BoardwalkMeeting

extension AppState {
  /// The shell reporting on an effect.
  mutating func handle(_ feedback: ShellFeedback) {
    switch feedback {
    case .saved(let entry) where leadReturn != nil:
      savedInReturn(entry)
    case .saved(let entry):
      // Taken out of the state, so the record is changed in place, not copied.
      guard var meeting = meeting.take() else { return }
      let wasQuorate = meeting.quorum?.isQuorate
      meeting.apply(entry)
      meeting.lastSubmitted = nil
      // What was just recorded on the item in view comes into view (moving to it is not).
      let recordedOn: ActionRef? = if case .moved = entry.event { nil } else { entry.event.action }
      if let index = meeting.currentAction, let recordedOn,
        recordedOn == MeetingState.ref(of: index, in: store)
      {
        meeting.itemScroll = MeetingItemView.scroll(
          showingRecordedOf: index, from: meeting.itemScroll, state: self, meeting: meeting)
      }
      if case .statusChanged(let ref, let from, let to, _) = entry.event,
        let index = MeetingOutcome.index(of: ref, in: store)
      {
        let scale = store.plans[store.actions[index].plan].scale
        let old = from.flatMap { scale.levelIndex(forKey: $0) }.map { scale.levels[$0] }
        let new = scale.levelIndex(forKey: to).map { scale.levels[$0] }
        let trend = Trend(from: old?.rag ?? .unrated, to: new?.rag ?? .unrated)
        message = StatusMessage(
          "Status \(old?.label ?? "unrated") → \(new?.label ?? to) \(trend): saved"
        )
      } else if case .dueChanged(_, let from, let to, _) = entry.event {
        message = StatusMessage(
          "Due date \(DueWords.readable(from)) → \(DueWords.readable(to)): saved")
      } else if case .attendance(let attendance) = entry.event, let quorum = meeting.quorum {
        let words = quorum.words(members: meeting.board?.board.votingMembers.count ?? 0)
        let said =
          attendance.status == .substitute
          ? "\(attendance.name): substitute for \(attendance.substituteFor ?? "?")"
          : "\(attendance.name): \(attendance.status.words)"
        // Losing the quorum is said as a warning, whatever else happened.
        message = StatusMessage(
          (wasQuorate == true && !quorum.isQuorate ? "The meeting is no longer quorate! " : "")
            + "\(said) · \(words)", isError: !quorum.isQuorate)
      } else if case .boardActionRaised(let action) = entry.event {
        message = StatusMessage(
          "Board action \(action.id) for \(action.owner), due \(action.due): saved")
      } else if case .boardActionReviewed(let review) = entry.event {
        message = StatusMessage(
          "\(review.id): \(review.outcome.rawValue)\(review.due.map { " to \($0)" } ?? ""): saved")
      } else if case .otherBusiness(let item) = entry.event {
        message = StatusMessage("Any other business \(item.id), \(item.title): saved")
      } else if case .minutesApproved(let approval) = entry.event {
        message = StatusMessage(
          "Minutes of \(approval.meeting) agreed"
            + (approval.corrections.isEmpty
              ? " as a correct record"
              : " with \(approval.corrections.count) correction\(approval.corrections.count == 1 ? "" : "s")")
            + ": saved")
      } else if case .actionRaised(let raised) = entry.event {
        message = StatusMessage("New action \(raised.ref.action) joins the action log: saved")
      }
      self.meeting = meeting
    case .notSaved(_, let reason):
      message = StatusMessage(reason, isError: true)
      if var leadReturn, let previous = leadReturn.lastSubmitted {
        leadReturn.overlay = previous
        leadReturn.lastSubmitted = nil
        self.leadReturn = leadReturn
      }
      if var meeting, let previous = meeting.lastSubmitted {
        meeting.overlay = previous
        meeting.lastSubmitted = nil
        self.meeting = meeting
      }
    case .meetingOpened(let opening):
      let meeting = MeetingState(opening: opening, store: store, today: today)
      self.meeting = meeting
      let place =
        meeting.agenda.actions.isEmpty
        ? "the agenda is empty" : "item \(meeting.position + 1) of \(meeting.agenda.actions.count)"
      let resumed =
        opening.isResumed ? "Meeting resumed at \(place)" : "Meeting started: \(place)"
      let warnings = opening.warnings + [meeting.agendaProblem].compactMap { $0 }
      // A board's meeting opens on its standing business.
      let business =
        meeting.boardBusiness.isEmpty
        ? [] : ["first: " + meeting.boardBusiness.joined(separator: ", ")]
      message = StatusMessage(
        ([resumed] + business + warnings).joined(separator: " · "), isError: !warnings.isEmpty)
    case .returnOpened(let opening):
      openReturn(opening)
    case .minutesWritten(let files):
      message = StatusMessage("Minutes written: " + files.joined(separator: ", "))
    case .editedExternally(let text) where leadReturn?.overlay != nil:
      guard var leadReturn, case .text(_, let purpose) = leadReturn.overlay else { return }
      if let text { leadReturn.overlay = .text(TextEditor(text), purpose: purpose) }
      self.leadReturn = leadReturn
    case .editedExternally(let text):
      guard var meeting, case .text(_, let purpose) = meeting.overlay else { return }
      if let text { meeting.overlay = .text(TextEditor(text), purpose: purpose) }
      self.meeting = meeting
    case .failed(let reason):
      message = StatusMessage(reason, isError: true)
    case .journalGrew(let entries):
      guard var meeting else { return }
      for entry in entries {
        meeting.apply(entry)
        if case .moved(let ref) = entry.event { meeting.follow(to: ref, in: store) }
      }
      self.meeting = meeting
    case .plansChanged(let files):
      guard var meeting else { return }
      let new = files.filter { !meeting.changedPlanFiles.contains($0) }
      guard !new.isEmpty else { return }
      meeting.changedPlanFiles += new
      self.meeting = meeting
      message = StatusMessage(
        "\(new.joined(separator: ", ")) changed on disk: the meeting keeps the plans as loaded; apply will refuse the changed file",
        isError: true)
    }
  }
}

extension AppState {
  /// The screen becomes the lead's: the table holds their open actions, and the return's
  /// keys write about the selected one.
  mutating func openReturn(_ opening: ReturnOpening) {
    let state = ReturnState(opening: opening, store: store)
    leadReturn = state
    try? apply(
      FilterExpression(terms: [FilterTerm(.owner, [state.lead]), FilterTerm(.status, ["open"])]),
      remember: false)
    let updated = state.updatedCount(in: store)
    let said =
      "Your return for \(state.cycle): \(updated) of \(state.actions.count) open action\(state.actions.count == 1 ? "" : "s") updated; u writes progress on the selected one, ? lists the keys"
    message = StatusMessage(
      ([said] + opening.warnings).joined(separator: " · "), isError: !opening.warnings.isEmpty)
  }

  /// An entry of the return is on disk: the return shows it, and the status line says so.
  private mutating func savedInReturn(_ entry: JournalEntry) {
    guard var leadReturn = leadReturn.take() else { return }
    leadReturn.apply(entry)
    leadReturn.lastSubmitted = nil
    let updated = leadReturn.updatedCount(in: store)
    let about = entry.event.action.map { " on \($0.action)" } ?? ""
    let what: String
    switch entry.event {
    case .progress: what = "Progress\(about)"
    case .proposedStatus: what = "Status proposed\(about)"
    case .proposedDue: what = "Due date proposed\(about)"
    case .evidence: what = "Evidence\(about)"
    case .milestoneDone: what = "Milestone done\(about)"
    case .struck: what = "Withdrawn"
    default: what = "Entry"
    }
    message = StatusMessage(
      "\(what): saved in \(leadReturn.path) · \(updated) of \(leadReturn.actions.count) updated")
    self.leadReturn = leadReturn
  }
}
