import BoardwalkCore
import BoardwalkDocuments

/// A board meeting's minutes, as a UK council board's minutes read: the header with the
/// attendance and the quorum, one numbered minute per standing item and plan item
/// (``MinuteOutline``), the exclusion of the press and public before the confidential items,
/// then the status summary, the plan exceptions and the plan actions raised; DRAFT until a
/// later meeting approves them, then approved, with the corrections under the minutes they
/// change and a line for the chair's signature.
extension MinutesWriter {
  /// The words of the resolution that takes the confidential items in private, citing the
  /// paragraphs of Schedule 12A the meeting gave for them (the Schedule as a whole when it
  /// gave none).
  static func exclusionResolution(paragraphs: [Int]) -> String {
    let cited = Array(Set(paragraphs)).sorted().map(String.init)
    let defined =
      switch cited.count {
      case 0: "in Schedule 12A to the Act"
      case 1: "in paragraph \(cited[0]) of Part 1 of Schedule 12A to the Act"
      default:
        "in paragraphs \(cited.dropLast().joined(separator: ", ")) and \(cited[cited.count - 1]) of Part 1 of Schedule 12A to the Act"
      }
    return
      "RESOLVED: that under section 100A(4) of the Local Government Act 1972 the press and public "
      + "be excluded from the meeting for the following items of business, on the grounds that they "
      + "involve the likely disclosure of exempt information as defined \(defined)."
  }

  /// What public minutes say in place of a correction to a confidential minute.
  static let withheldCorrection =
    "withheld: it corrects a confidential minute (exempt information)."

  func boardDocument(_ context: MinutesBoard) -> Document {
    let board = context.board
    let day = MeetingRules.day(of: record)
    let outline = MinuteOutline(
      record: record, day: day, board: board, history: context.history,
      isConfidential: isConfidential)
    let approval = context.history.approval(of: day)
    var corrections: [String: [MinutesApproval.Correction]] = [:]
    for correction in approval?.approval.corrections ?? [] {
      corrections[correction.minute.trimmingCharacters(in: .whitespaces).uppercased(), default: []]
        .append(correction)
    }
    var sections: [Section] = []
    var excluded = false
    let paragraphs = outline.minutes.compactMap { minute, _ -> Int? in
      guard case .confidentialItem(let ref) = minute else { return nil }
      return record.items[ref]?.exemptParagraph
    }
    for (minute, reference) in outline.minutes {
      if case .confidentialItem = minute, !excluded {
        excluded = true
        sections.append(
          Section(
            "Exclusion of the press and public",
            blocks: [.paragraph(Self.exclusionResolution(paragraphs: paragraphs))]))
      }
      var section = self.minute(minute, reference: reference, context: context, outline: outline)
      let withheld: Bool
      if case .confidentialItem = minute {
        withheld = visibility == .public
      } else {
        withheld = false
      }
      for correction in corrections.removeValue(forKey: reference.uppercased()) ?? [] {
        section.blocks.append(
          .paragraph([
            .strong("Correction agreed on \(approval?.day.readable ?? ""):"), .text(" "),
            .text(withheld ? Self.withheldCorrection : correction.text),
          ]))
      }
      sections.append(section)
    }
    sections.append(statusSummary(context, day: day))
    sections.append(planExceptions(day: day))
    sections.append(newActions(title: "New plan actions"))
    if let approval {
      var section = Section("Approval")
      section.blocks.append(
        .paragraph(
          "These minutes were agreed as a correct record at the meeting of \(approval.day.readable)"
            + (approval.approval.corrections.isEmpty
              ? "." : ", with the corrections shown under the minutes they change.")))
      let unplaced = corrections.values.flatMap { $0 }.sorted { $0.minute < $1.minute }
      if !unplaced.isEmpty {
        section.blocks.append(.paragraph("Corrections naming no minute of this meeting:"))
        section.blocks.append(
          .bulletList(
            unplaced.map { [.strong("\($0.minute):"), .text(" "), .text($0.text)] }))
      }
      section.blocks.append(.signature(SignatureLine(role: "Chair")))
      sections.append(section)
    }
    let dateText = day.readable
    return Document(
      title: "\(approval == nil ? "DRAFT minutes" : "Minutes"): \(board.name), \(dateText)",
      metadata: Metadata(
        isDraft: approval == nil, audience: visibility == .full ? .full : .public, date: day),
      preamble: boardHeader(context, day: day, approvedOn: approval?.day),
      sections: sections)
  }

  // MARK: Header

  /// The meeting's own word, else the board file's, else "not recorded".
  private func given(_ meeting: String, _ board: String) -> String {
    !meeting.isEmpty ? meeting : !board.isEmpty ? board : "not recorded"
  }

  private func boardHeader(_ context: MinutesBoard, day: CalendarDate, approvedOn: CalendarDate?)
    -> [Block]
  {
    let board = context.board
    let details = record.details
    let attendance = self.attendance(board: board)
    func people(_ status: AttendanceStatus) -> [[Inline]] {
      attendance.filter { $0.status == status }.map { entry in
        var text = entry.name
        if let member = board.members.first(where: {
          SearchFolding.fold($0.name) == SearchFolding.fold(entry.name)
        }), !member.role.isEmpty {
          text += " (\(member.role))"
        }
        if status == .substitute, let member = entry.substituteFor {
          text += " (for \(member))"
        }
        return [.text(text)]
      }
    }
    func line(_ label: String, _ names: [[Inline]], none: String = "none") -> [Inline] {
      [.strong(label), .text(" ")]
        + (names.isEmpty ? [.text(none)] : joined(names, separator: "; "))
    }
    var lines: [[Inline]] = [
      [.strong("Board:"), .text(" "), .text(board.name)],
      [
        .strong("Meeting:"), .text(" "),
        .text(details.title.isEmpty ? "Meeting of the board" : details.title),
      ],
      [.strong("Date:"), .text(" \(day.readable)")],
      [.strong("Time:"), .text(" "), .text(given(details.time, board.time))],
      [.strong("Venue:"), .text(" "), .text(given(details.venue, board.venue))],
      [.strong("Chair:"), .text(" "), .text(chair(board: board, attendance: attendance))],
      [.strong("Minute-taker:"), .text(" "), .text(given(details.minuteTaker, board.minuteTaker))],
      line("Members present:", people(.present), none: "not recorded"),
      line("Substitutes:", people(.substitute)),
      line("Apologies:", people(.apologies)),
      line("Absent:", people(.absent)),
      line("In attendance:", people(.inAttendance)),
    ]
    if !record.attendance.isEmpty {
      let recorded = Set(
        attendance.flatMap { [$0.name] + ($0.substituteFor.map { [$0] } ?? []) }.map(
          SearchFolding.fold))
      let missing = board.members.filter { !recorded.contains(SearchFolding.fold($0.name)) }
      if !missing.isEmpty {
        lines.append(line("Attendance not recorded:", missing.map { [.text($0.name)] }))
      }
    }
    let quorum = Quorum(board: board, attendance: attendance)
    lines.append(
      [.strong("Quorum:"), .text(" "), .text(quorum.words(members: board.votingMembers.count))])
    lines.append(
      [
        .strong("Status:"), .text(" "),
        .text(
          approvedOn.map { "approved as a correct record at the meeting of \($0.readable)" }
            ?? "DRAFT, to be agreed at the next meeting"),
      ])
    lines.append(plansLine)
    var blocks: [Block] = [.paragraph(joined(lines, by: .lineBreak))]
    if approvedOn == nil {
      blocks.append(
        .paragraph([
          .strong("DRAFT:"),
          .text(" these minutes are not yet agreed as a correct record."),
        ]))
    }
    blocks.append(audienceNote)
    return blocks
  }

  /// The chair: as the meeting's details name them, else the board member whose role is
  /// Chair when they are present.
  private func chair(board: Board, attendance: [Attendance]) -> String {
    if !record.details.chair.isEmpty { return record.details.chair }
    let present = Set(
      attendance.filter { $0.status == .present }.map { SearchFolding.fold($0.name) })
    return board.members.first {
      $0.role.lowercased() == "chair" && present.contains(SearchFolding.fold($0.name))
    }?.name ?? "not recorded"
  }

  /// Who attended and how: the attendance recorded, else the meeting details' present and
  /// apologies lists (as minutes without a board read them).
  private func attendance(board: Board) -> [Attendance] {
    guard record.attendance.isEmpty else { return record.attendance }
    return record.details.present.map { Attendance(name: $0, status: .present) }
      + record.details.apologies.map { Attendance(name: $0, status: .apologies) }
  }

  // MARK: Minutes

  private func minute(
    _ minute: MinuteOutline.Minute, reference: String, context: MinutesBoard,
    outline: MinuteOutline
  ) -> Section {
    switch minute {
    case .standing(let title, let role):
      return Section(
        [.text("\(reference) \(title)")],
        blocks: standing(role, context: context, outline: outline))
    case .planItem(let ref), .confidentialItem(let ref):
      let taken = item(ref)
      var blocks = taken.blocks
      if !taken.isWithheld, record.item(ref).liveEntries.isEmpty,
        MeetingOutcome.index(of: ref, in: outcome) != nil
      {
        blocks.append(.paragraph("The Board noted the update."))
      }
      // The board's actions arising join the item's list (two lists in a row would read
      // as one in Markdown).
      var lines: [[Inline]] = []
      blocks.removeAll { block in
        guard case .bulletList(let items) = block else { return false }
        lines += items
        return true
      }
      if !taken.isWithheld {
        lines += record.boardActions.filter { $0.arising == ref }.map(actionLine)
      }
      if !lines.isEmpty { blocks.append(.bulletList(lines)) }
      return Section([.text("\(reference) ")] + taken.heading, blocks: blocks)
    }
  }

  /// "Action 2026-11-22/1: Report on recruitment (Head of SEND, by Jan 2027)".
  private func actionLine(_ action: BoardAction) -> [Inline] {
    [
      .strong("Action \(action.id):"), .text(" "), .text(action.text),
      .text(" (\(action.owner), by \(DueWords.readable(action.due)))"),
    ]
  }

  private func standing(
    _ role: MinuteOutline.Role, context: MinutesBoard, outline: MinuteOutline
  ) -> [Block] {
    let board = context.board
    switch role {
    case .attendance:
      let attendance = self.attendance(board: board)
      let apologies = attendance.filter { $0.status == .apologies }.map(\.name)
      let substitutes = attendance.filter { $0.status == .substitute }
      var blocks: [Block] = [
        .paragraph(
          apologies.isEmpty
            ? "No apologies were received."
            : "Apologies were received from \(apologies.joined(separator: "; ")).")
      ]
      for substitute in substitutes {
        blocks.append(
          .paragraph(
            "\(substitute.name) attended as substitute for \(substitute.substituteFor ?? "a member")."
          ))
      }
      let quorum = Quorum(board: board, attendance: attendance)
      blocks.append(
        .paragraph(
          quorum.words(members: board.votingMembers.count) + "."
            + (quorum.isQuorate
              ? ""
              : " The meeting was not quorate: its decisions are for a quorate meeting to confirm.")
        ))
      return blocks
    case .declarations:
      var lines: [[Inline]] = record.declarations.map { declaration in
        var line: [Inline] = [
          .strong("\(declaration.name):"), .text(" "), .text(declaration.interest),
        ]
        if let item = declaration.item {
          let place =
            outline.reference(ofItem: item).map { "minute \($0)" }
            ?? (isConfidential(item) && visibility == .public
              ? "a confidential item" : item.description)
          line.append(.text(" (on \(place); "))
          line.append(
            .text(declaration.leftRoom ? "left the room for the item)" : "remained in the room)"))
        } else if declaration.leftRoom {
          line.append(.text(" (left the room)"))
        }
        return line
      }
      lines += record.details.declarations.map { [.text($0)] }
      return lines.isEmpty
        ? [.paragraph("No interests were declared.")] : [.bulletList(lines)]
    case .previousMinutes:
      return previousMinutes(context)
    case .actionLog:
      return boardActionLog(context, outline: outline)
    case .otherBusiness:
      let general = record.boardActions.filter { $0.arising == nil && $0.business == nil }
      guard !record.otherBusiness.isEmpty || !general.isEmpty else {
        return [.paragraph("No other business was raised.")]
      }
      var blocks: [Block] = record.otherBusiness.flatMap { item -> [Block] in
        var runs: [Inline] = [.strong("\(item.id) \(item.title)."), .text(" "), .text(item.note)]
        if let decision = item.decision {
          runs += [.text(" "), .strong("Decision:"), .text(" "), .text(decision)]
        }
        // The board's actions arising from the item, under it.
        let arising = record.boardActions.filter { $0.business == item.id }
        return [.paragraph(runs)] + (arising.isEmpty ? [] : [.bulletList(arising.map(actionLine))])
      }
      if !general.isEmpty { blocks.append(.bulletList(general.map(actionLine))) }
      return blocks
    case .nextMeeting:
      let day = MeetingRules.day(of: record)
      if let next = try? PlanDate(parsing: record.details.nextMeeting) {
        return [.paragraph("The next meeting will be held on \(next.readable).")]
      }
      if !record.details.nextMeeting.isEmpty {
        return [
          .paragraph([
            .text("The next meeting will be held on "), .text(record.details.nextMeeting),
            .text("."),
          ])
        ]
      }
      if let next = board.nextMeeting(after: day) {
        return [.paragraph("The next meeting will be held on \(next.readable).")]
      }
      return [.paragraph("The date of the next meeting is to be confirmed.")]
    case .other:
      return [.paragraph("No matters were recorded under this item.")]
    }
  }

  private func previousMinutes(_ context: MinutesBoard) -> [Block] {
    let day = MeetingRules.day(of: record)
    var blocks: [Block] = []
    var agreed: [String: MinutesApproval] = [:]
    for approval in record.approvals { agreed[approval.meeting] = approval }
    for meeting in context.history.before(day) {
      guard let approval = agreed[meeting.day.description] else { continue }
      let outline = MinuteOutline(
        record: meeting.record, day: meeting.day, board: context.board, history: context.history,
        isConfidential: { self.isConfidentialInPlan($0) || meeting.record.isMarkedConfidential($0) }
      )
      // A correction to a confidential minute is exempt information too.
      let exempt = Set(
        outline.minutes.compactMap { minute, reference in
          if case .confidentialItem = minute { reference.uppercased() } else { nil }
        })
      let range =
        [outline.minutes.first?.reference, outline.minutes.last?.reference].compactMap { $0 }
        .joined(separator: " to ")
      let what =
        "The minutes of the meeting held on \(meeting.day.readable)\(range.isEmpty ? "" : " (\(range))")"
      if approval.corrections.isEmpty {
        blocks.append(.paragraph("\(what) were agreed as a correct record."))
      } else {
        blocks.append(
          .paragraph("\(what) were agreed as a correct record, with these corrections:"))
        blocks.append(
          .bulletList(
            approval.corrections.map { correction in
              let withheld =
                visibility == .public
                && exempt.contains(
                  correction.minute.trimmingCharacters(in: .whitespaces).uppercased())
              return [
                .strong("\(correction.minute):"), .text(" "),
                .text(withheld ? Self.withheldCorrection : correction.text),
              ]
            }))
      }
    }
    if let previous = context.history.previous(to: day),
      agreed[previous.day.description] == nil
    {
      blocks.append(
        .paragraph(
          "The minutes of the meeting held on \(previous.day.readable) were not agreed at this meeting: they remain a draft."
        ))
    }
    if context.history.previous(to: day) == nil && blocks.isEmpty {
      blocks.append(.paragraph("There were no minutes of an earlier meeting to agree."))
    } else {
      blocks.append(.paragraph("Matters arising are taken under the board's action log."))
    }
    return blocks
  }

  /// The board's own actions: those still open as the meeting opened, with what it decided
  /// about each, then those arising at this meeting.
  private func boardActionLog(_ context: MinutesBoard, outline: MinuteOutline) -> [Block] {
    let day = MeetingRules.day(of: record)
    var log = context.history.actionLog(before: day)
    let open = log.open
    log.fold(record, day: day)
    var rows: [[Cell]] = []
    var withheld = 0
    func from(_ action: BoardAction, raisedOn: CalendarDate) -> (String, Bool) {
      guard let item = action.arising else {
        // From an item of other business: that meeting's minute of other business.
        guard let business = action.business else {
          return ("meeting of \(raisedOn.readable)", false)
        }
        let minute: String?
        if raisedOn == day {
          minute = outline.reference(of: .otherBusiness)
        } else {
          minute = context.history.meetings.first { $0.day == raisedOn }.flatMap { meeting in
            MinuteOutline(
              record: meeting.record, day: meeting.day, board: context.board,
              history: context.history,
              isConfidential: {
                self.isConfidentialInPlan($0) || meeting.record.isMarkedConfidential($0)
              }
            ).reference(of: .otherBusiness)
          }
        }
        return (minute.map { "\($0) (\(business))" } ?? "meeting of \(raisedOn.readable)", false)
      }
      if raisedOn == day {
        return (outline.reference(ofItem: item) ?? item.description, isConfidential(item))
      }
      guard let meeting = context.history.meetings.first(where: { $0.day == raisedOn }) else {
        return (item.description, isConfidential(item))
      }
      // That meeting's order: the plans' markings (which `apply` carries forward) and its own.
      let confidential = { (ref: ActionRef) in
        self.isConfidentialInPlan(ref) || meeting.record.isMarkedConfidential(ref)
      }
      let earlier = MinuteOutline(
        record: meeting.record, day: meeting.day, board: context.board, history: context.history,
        isConfidential: confidential)
      return (earlier.reference(ofItem: item) ?? item.description, confidential(item))
    }
    for before in open {
      guard let now = log.entry(before.action.id) else { continue }
      let (minute, confidential) = from(before.action, raisedOn: before.raisedOn)
      if confidential && visibility == .public {
        withheld += 1
        continue
      }
      let review = record.boardActionReviews.last { $0.id == before.action.id }
      let decision: String
      switch review?.outcome {
      case .done: decision = "Done: \(review?.note ?? "")"
      case .carried:
        decision = "Carried forward to \(DueWords.readable(now.due)): \(review?.note ?? "")"
      case .dropped: decision = "Dropped: \(review?.note ?? "")"
      case nil: decision = "Not reviewed: stays open"
      }
      rows.append(
        [
          before.action.id, before.action.text, before.action.owner, DueWords.readable(now.due),
          minute, String(now.timesCarried), decision,
        ].map(Cell.plain))
    }
    for action in record.boardActions {
      let (minute, confidential) = from(action, raisedOn: day)
      if confidential && visibility == .public {
        withheld += 1
        continue
      }
      rows.append(
        [
          action.id, action.text, action.owner, DueWords.readable(action.due), minute, "0",
          "New: arising at this meeting",
        ].map(Cell.plain))
    }
    var blocks: [Block] = [
      .paragraph(
        "The board's own actions: those still open from earlier meetings, with what this meeting decided, and those arising at it."
      )
    ]
    if rows.isEmpty && withheld == 0 {
      blocks.append(.paragraph("The board's action log had no open actions."))
      return blocks
    }
    if !rows.isEmpty {
      blocks.append(
        .table(
          Table(
            label: "The board's action log",
            header: ["ID", "Action", "Owner", "Due", "From minute", "Times carried", "Decision"],
            rows: rows)))
    }
    if withheld > 0 {
      blocks.append(
        .paragraph(
          "\(withheld) action\(withheld == 1 ? "" : "s") arising from confidential items \(withheld == 1 ? "is" : "are") not listed."
        ))
    }
    return blocks
  }

  // MARK: After the minutes

  /// The status of each plan's areas after the meeting, with movement since the last
  /// meeting, and each area's counts per RAG class at the board's last meetings.
  private func statusSummary(_ context: MinutesBoard, day: CalendarDate) -> Section {
    var section = summary()
    section.heading = [.text("Status summary")]
    let days =
      context.history.before(day).suffix(max(0, context.meetingsCounted - 1)).map(\.day) + [day]
    guard days.count > 1 else {
      section.blocks.append(
        .paragraph(
          "No earlier meeting of the board is kept beside this one, so there is no history to count."
        ))
      return section
    }
    let history = RatingHistory(store: outcome, days: days, today: day)
    var over = Section("Over the last \(days.count) meetings")
    over.blocks.append(
      .paragraph(
        "Each area's actions counted once, in its own area, by the status each had on the day of each meeting (docs/board.md, direction of travel). Letters: R red, A amber, G green, B done, N grey, - unrated."
      ))
    let headings = history.days.map { $0 == day ? "\($0.readable) (this meeting)" : $0.readable }
    for plan in outcome.plans.indices {
      let rows = history.rows.filter { $0.plan == plan }.map { row -> [Cell] in
        let name =
          row.area.map {
            "\(outcome.plans[plan].areas[$0].id) \(outcome.plans[plan].areas[$0].title)"
          }
          ?? "All actions of the plan"
        return [.plain(name)]
          + row.counts.map { .plain(RatingHistory.compact($0).replacing("-", with: "\u{2011}")) }
      }
      // The plan's own row last, as in the table above.
      let ordered = Array(rows.dropFirst()) + Array(rows.prefix(1))
      let table = Block.table(
        Table(
          label: "\(outcome.plans[plan].title): each area at each meeting",
          header: ["Area"] + headings, rows: ordered, firstColumnNamesRows: true))
      if outcome.plans.count > 1 {
        over.subsections.append(Section(outcome.plans[plan].title, blocks: [table]))
      } else {
        over.blocks.append(table)
      }
    }
    section.subsections.append(over)
    return section
  }

  /// Red, amber and overdue plan actions on the meeting's agenda.
  private func planExceptions(day: CalendarDate) -> Section {
    var section = Section("Plan exceptions: red, amber and overdue plan actions on the agenda")
    section.blocks.append(
      .paragraph(
        "The plan actions on this meeting's agenda that are open and red, amber or overdue after it. The board's own actions are in its action log above."
      ))
    let agendaText = record.start?.agenda ?? ""
    let filter =
      agendaText.isEmpty ? nil : try? CompiledFilter(parsing: agendaText, store: original)
    let agenda = Agenda.build(store: original, today: day, filter: filter)
    let indexes = agenda.actions.compactMap { index -> Int? in
      let action = original.actions[index]
      return MeetingOutcome.index(
        of: ActionRef(plan: original.plans[action.plan].id, action: action.id), in: outcome)
    }
    addExceptions(
      indexes, to: &section,
      label: "Plan exceptions: open actions on the agenda that are red, amber or overdue")
    return section
  }

  /// Whether plan action `ref` is marked confidential in its plan.
  func isConfidentialInPlan(_ ref: ActionRef) -> Bool {
    MeetingOutcome.index(of: ref, in: outcome).map { outcome.actions[$0].isConfidential } ?? false
  }

  /// Whether plan item `ref` is taken in the confidential part: marked so in its plan or in
  /// this meeting.
  func isConfidential(_ ref: ActionRef) -> Bool {
    if let index = MeetingOutcome.index(of: ref, in: outcome) {
      return MeetingOutcome.isConfidential(index, in: outcome, record: record)
    }
    return record.isMarkedConfidential(ref)
  }
}
