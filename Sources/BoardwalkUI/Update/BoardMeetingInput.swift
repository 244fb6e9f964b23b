import BoardwalkCore
import BoardwalkMeeting

/// A board's meeting (issue 14): attendance and the quorum, declarations of interest, the
/// board's own actions and their review, and the previous meeting's minutes agreed. Each
/// entry is checked by ``MeetingRules`` (as `boardwalk record` checks it) before it goes to
/// the journal.
extension AppState {
  /// Commands that need the meeting to belong to a board.
  static let boardCommands: Set<Command> = [
    .takeAttendance, .declareInterest, .raiseBoardAction, .reviewActionLog, .agreePreviousMinutes,
  ]

  mutating func performBoard(_ command: Command, _ meeting: inout MeetingState) {
    guard let board = meeting.board else {
      message = StatusMessage(
        "This meeting has no board file, so no members, quorum or action log: boardwalk init writes one (docs/board.md)",
        isError: true)
      return
    }
    switch command {
    case .takeAttendance:
      meeting.overlay = .attendance(cursor: 0)
    case .declareInterest:
      meeting.overlay = .boardForm(
        FormState(
          title: "Declaration of interest on \(currentRef(meeting)?.action ?? "the item")",
          fields: [
            .init("Name", hint: "who declares"),
            .init("Interest", hint: "what the interest is"),
            .init("Left the room", "no", hint: "yes or no"),
          ]), .declaration)
    case .raiseBoardAction:
      meeting.overlay = .boardForm(
        FormState(
          title: "Board action",
          fields: [
            .init("Action", hint: "what the board asks for"),
            .init("Owner", hint: "who does it"),
            .init("Due", hint: "YYYY-MM-DD, YYYY-MM, ongoing or tbc"),
            .init(
              "Arising from", currentRef(meeting)?.action ?? "",
              hint: meeting.record.otherBusiness.isEmpty
                ? "an agenda item's id; empty: the meeting as a whole"
                : "an agenda item's id, \(meeting.record.otherBusiness.map(\.id).joined(separator: ", ")) (other business), or empty"
            ),
          ]), .boardAction)
    case .reviewActionLog:
      guard !board.log.open.isEmpty else {
        message = StatusMessage("The board's action log has no open action from earlier meetings")
        return
      }
      meeting.overlay = .actionLog(cursor: 0)
    case .agreePreviousMinutes:
      guard let previous = board.previousMeeting else {
        message = StatusMessage(
          "No earlier meeting of the board is kept beside this one: there are no minutes to agree",
          isError: true)
        return
      }
      meeting.overlay = .previousMinutes(TextEditor(), meeting: previous.description)
    default:
      break
    }
  }

  /// The people the attendance list shows: the board's members in its order, then anyone
  /// else recorded (substitutes, guests), each with what is recorded for them.
  static func attendanceRows(_ meeting: MeetingState) -> [(
    name: String, role: String, isVoting: Bool, recorded: Attendance?
  )] {
    let members = meeting.board?.board.members ?? []
    var rows = members.map { member in
      // A member someone stands in for shows the substitute.
      let folded = SearchFolding.fold(member.name)
      let substitute = meeting.record.attendance.last {
        $0.status == .substitute && $0.substituteFor.map(SearchFolding.fold) == folded
      }
      return (
        name: member.name,
        role: [member.role, member.organisation].filter { !$0.isEmpty }.joined(separator: ", "),
        isVoting: member.isVoting,
        recorded: substitute ?? meeting.record.attendance(of: member.name)
      )
    }
    let listed = Set(members.map { SearchFolding.fold($0.name) })
    for entry in meeting.record.attendance where !listed.contains(SearchFolding.fold(entry.name)) {
      rows.append((name: entry.name, role: "", isVoting: false, recorded: entry))
    }
    return rows
  }

  mutating func handleBoardOverlay(
    _ key: Key, _ overlay: MeetingOverlay, _ meeting: inout MeetingState
  ) {
    switch overlay {
    case .attendance(var cursor):
      let rows = Self.attendanceRows(meeting)
      let command = listCommand(key, in: .attendance)
      switch command {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(max(0, rows.count - 1), cursor + 1)
      case .markAttendance(.substitute):
        guard rows.indices.contains(cursor), rows[cursor].isVoting else {
          message = StatusMessage("Only a voting member has a substitute", isError: true)
          return
        }
        meeting.overlay = .substitute(LineEditor(), member: rows[cursor].name)
        return
      case .markAttendance(let status):
        guard rows.indices.contains(cursor) else { return }
        recordChecked(.attendance(Attendance(name: rows[cursor].name, status: status)), &meeting)
        cursor = min(max(0, rows.count - 1), cursor + 1)
      case .addGuest:
        meeting.overlay = .guest(LineEditor())
        return
      case .cancel:
        meeting.overlay = nil
        return
      default: break
      }
      meeting.overlay = .attendance(cursor: cursor)
    case .substitute(var editor, let member):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let name):
        guard !name.isEmpty else {
          message = StatusMessage("Give the substitute's name", isError: true)
          return
        }
        // Back on the list at the member after the one substituted.
        let row = Self.attendanceRows(meeting).firstIndex { $0.name == member } ?? 0
        meeting.overlay = .attendance(cursor: row + 1)
        recordChecked(
          .attendance(Attendance(name: name, status: .substitute, substituteFor: member)), &meeting)
      case .cancel:
        let row = Self.attendanceRows(meeting).firstIndex { $0.name == member } ?? 0
        meeting.overlay = .attendance(cursor: row)
      case .edited: meeting.overlay = .substitute(editor, member: member)
      case .editExternally, .ignored: break
      }
    case .guest(var editor):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let name):
        guard !name.isEmpty else {
          message = StatusMessage("Give the person's name", isError: true)
          return
        }
        meeting.overlay = .attendance(cursor: 0)
        recordChecked(.attendance(Attendance(name: name, status: .inAttendance)), &meeting)
      case .cancel: meeting.overlay = .attendance(cursor: 0)
      case .edited: meeting.overlay = .guest(editor)
      case .editExternally, .ignored: break
      }
    case .boardForm(var form, let purpose):
      switch FormKey.handle(key, &form, keyMap: keyMap) {
      case .submit:
        if case .boardAction = purpose, case .failure(let problem) = origin(of: form, meeting) {
          form.error = "Arising from: \(problem.message)"
          meeting.overlay = .boardForm(form, purpose)
          return
        }
        let event = boardEvent(from: form, purpose, meeting)
        if let refusal = boardRefusal(of: event, meeting) {
          form.error = refusal
          meeting.overlay = .boardForm(form, purpose)
          return
        }
        meeting.lastSubmitted = overlay
        meeting.overlay = purpose.isReview ? .actionLog(cursor: 0) : nil
        effects.append(.record(event))
      case .cancel(let isChanged):
        meeting.overlay =
          isChanged
          ? .confirmDiscard(MeetingOverlayBox(overlay))
          : purpose.isReview ? .actionLog(cursor: 0) : nil
      case .edited: meeting.overlay = .boardForm(form, purpose)
      }
    case .actionLog(var cursor):
      let open = meeting.board?.log.open ?? []
      let command = listCommand(key, in: .actionLog)
      switch command {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(max(0, open.count - 1), cursor + 1)
      case .reviewAction(let outcome):
        guard open.indices.contains(cursor) else { return }
        let entry = open[cursor]
        let fields: [FormState.Field] =
          switch outcome {
          case .done: [.init("Note", hint: "what was done")]
          case .carried:
            [
              .init("New due", hint: "YYYY-MM-DD, YYYY-MM, ongoing or tbc (now \(entry.due))"),
              .init("Reason", hint: "why it is carried forward"),
            ]
          case .dropped: [.init("Reason", hint: "why the board drops it")]
          }
        let verb =
          switch outcome {
          case .done: "Done"
          case .carried: "Carry forward"
          case .dropped: "Drop"
          }
        meeting.overlay = .boardForm(
          FormState(title: "\(verb): \(entry.action.id) \(entry.action.text)", fields: fields),
          .review(id: entry.action.id, outcome: outcome))
        return
      case .cancel:
        meeting.overlay = nil
        return
      default: break
      }
      meeting.overlay = .actionLog(cursor: cursor)
    case .exemptParagraph(var cursor):
      let command = listCommand(key)
      // The paragraph's number chooses it too.
      if case .character(let typed) = key, let number = Int(String(typed)),
        ExemptInformation.cited(number) != nil
      {
        cursor = number - 1
      }
      switch command {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(ExemptInformation.paragraphs.count - 1, cursor + 1)
      case .accept:
        meeting.overlay = nil
        guard let ref = currentRef(meeting) else { return }
        recordChecked(.confidential(ref, true, paragraph: cursor + 1), &meeting)
        return
      case .cancel:
        meeting.overlay = nil
        return
      default: break
      }
      meeting.overlay = .exemptParagraph(cursor: cursor)
    case .previousMinutes(var editor, let day):
      switch EditorKey.text(key, &editor, keyMap: keyMap) {
      case .save(let text):
        var corrections: [MinutesApproval.Correction] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
          guard let colon = line.firstIndex(of: ":") else {
            message = StatusMessage(
              "“\(line)” names no minute: write each correction as MINUTE: corrected words",
              isError: true)
            return
          }
          corrections.append(
            MinutesApproval.Correction(
              minute: String(line[..<colon]).trimmingSpaces,
              text: String(line[line.index(after: colon)...]).trimmingSpaces))
        }
        let event = MeetingEvent.minutesApproved(
          MinutesApproval(meeting: day, corrections: corrections))
        if let refusal = boardRefusal(of: event, meeting) {
          message = StatusMessage(refusal, isError: true)
          return
        }
        meeting.lastSubmitted = overlay
        meeting.overlay = nil
        effects.append(.record(event))
      case .editExternally(let text): effects.append(.editExternally(text))
      case .cancel(let isEmpty):
        meeting.overlay = isEmpty ? nil : .confirmDiscard(MeetingOverlayBox(overlay))
      case .edited: meeting.overlay = .previousMinutes(editor, meeting: day)
      case .ignored: break
      }
    default:
      break
    }
  }

  /// The entry a board form asks for (``MeetingRules`` then say whether it is whole).
  private func boardEvent(from form: FormState, _ purpose: BoardForm, _ meeting: MeetingState)
    -> MeetingEvent
  {
    switch purpose {
    case .declaration:
      let left = ["yes", "y", "true"].contains(form.value("Left the room").lowercased())
      return .declaration(
        Declaration(
          name: form.value("Name"), interest: form.value("Interest"), item: currentRef(meeting),
          leftRoom: left))
    case .boardAction:
      let day = MeetingRules.day(of: meeting.record)
      let due = form.value("Due")
      let origin = (try? origin(of: form, meeting).get()) ?? (item: nil, business: nil)
      return .boardActionRaised(
        BoardAction(
          id: "\(day)/\(meeting.record.boardActions.count + 1)", text: form.value("Action"),
          owner: form.value("Owner"), due: (try? DueDate(parsing: due))?.written ?? due,
          arising: origin.item, business: origin.business))
    case .otherBusiness:
      let decision = form.value("Decision")
      return .otherBusiness(
        OtherBusiness(
          id: "AOB\(meeting.record.otherBusiness.count + 1)", title: form.value("Title"),
          note: form.value("Raised"), decision: decision.isEmpty ? nil : decision))
    case .review(let id, let outcome):
      let note = outcome == .done ? form.value("Note") : form.value("Reason")
      let due = form.value("New due")
      return .boardActionReviewed(
        BoardActionReview(
          id: id, outcome: outcome,
          due: outcome == .carried ? ((try? DueDate(parsing: due))?.written ?? due) : nil,
          note: note))
    }
  }

  /// What a board action arises from, as its form's "Arising from" names it: an item on the
  /// agenda (by its id), an item of other business (`AOB1`), or the meeting as a whole
  /// (empty).
  private func origin(of form: FormState, _ meeting: MeetingState) -> Result<
    (item: ActionRef?, business: String?), FormProblem
  > {
    let text = form.value("Arising from").trimmingSpaces
    guard !text.isEmpty else { return .success((nil, nil)) }
    let folded = text.uppercased()
    if folded.hasPrefix("AOB") {
      // Whether it was recorded is the board's rules' to say, as for `record`.
      return .success((nil, folded))
    }
    let current = currentRef(meeting)
    if let current, current.action.uppercased() == folded { return .success((current, nil)) }
    let matches = meeting.agenda.actions.filter { store.actions[$0].id.uppercased() == folded }
    guard let index = matches.first else {
      return .failure(
        FormProblem(
          message:
            "\(text) is not an item on this meeting's agenda; give an item's id, an item of other business (AOB1) or nothing"
        ))
    }
    return .success((MeetingState.ref(of: index, in: store), nil))
  }

  /// Why the board's rules refuse `event` here, if they do.
  private func boardRefusal(of event: MeetingEvent, _ meeting: MeetingState) -> String? {
    MeetingRules.refusal(
      of: event, record: meeting.record, store: store, log: meeting.board?.log ?? BoardActionLog(),
      earlierMeetings: [meeting.board?.previousMeeting].compactMap { $0 })
  }

  /// Records `event` if the board's rules allow it; otherwise says why.
  private mutating func recordChecked(_ event: MeetingEvent, _ meeting: inout MeetingState) {
    if let refusal = boardRefusal(of: event, meeting) {
      message = StatusMessage(refusal, isError: true)
      return
    }
    effects.append(.record(event))
  }
}

extension BoardForm {
  var isReview: Bool {
    if case .review = self { true } else { false }
  }
}
