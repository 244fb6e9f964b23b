import BoardwalkCore
import BoardwalkDocuments

/// The pack a programme officer sends before a board meeting, built as a ``Document`` that
/// any ``DocumentFormat`` writes: what is on the agenda, the last meeting's matters arising,
/// the status of every area with its direction of travel, the exceptions the board must
/// look at, the highlights since the last meeting, and what falls due before the next one.
///
/// "Since" is the last meeting: its journal (which gives its date, its decisions and the
/// actions it raised), or a date. Movement is read from each action's status history as at
/// that day, or from an earlier copy of the plans where one is given.
public struct BoardPack {
  /// Where the pack measures "since the last meeting" from.
  public enum Since: Sendable {
    /// The last meeting's journal, read.
    case meeting(MeetingRecord)
    /// A day, with no meeting record.
    case date(CalendarDate)
  }

  let store: PlanStore
  let today: CalendarDate
  let nextMeeting: CalendarDate
  let sinceDate: CalendarDate
  let lastMeeting: MeetingRecord?
  let visibility: MinutesWriter.Visibility
  let movement: Movement
  /// The board's name, from its board file, when there is one.
  let boardName: String?
  /// The leads' returns for the cycle, when they are read (public or full as the pack is).
  let returns: ReturnsReport?
  /// The days the trend over the last meetings is counted on, oldest first (none: no trend).
  let historyDays: [CalendarDate]
  /// The items that open and close every meeting (the board file's), around the plan items.
  let standingItems: [String]

  /// A pack of `store`'s plans on `today`, for the meeting on `nextMeeting`; `earlierPlans`
  /// is a copy of the plans as the last meeting saw them, when there is one.
  public init(
    store: PlanStore, today: CalendarDate, nextMeeting: CalendarDate, since: Since,
    earlierPlans: PlanStore? = nil, visibility: MinutesWriter.Visibility = .public,
    boardName: String? = nil, returns: ReturnsReport? = nil, historyDays: [CalendarDate] = [],
    standingItems: [String] = []
  ) {
    self.historyDays = historyDays
    self.standingItems = standingItems
    self.boardName = boardName
    self.returns = returns
    self.store = store
    self.today = today
    self.nextMeeting = nextMeeting
    self.visibility = visibility
    switch since {
    case .meeting(let record):
      lastMeeting = record
      sinceDate =
        (try? PlanDate(parsing: record.details.date).date)
        ?? (try? CalendarDate(parsingDay: record.start?.today ?? "")) ?? today
    case .date(let day):
      lastMeeting = nil
      sinceDate = day
    }
    movement = Movement(
      outcome: store, original: store, since: earlierPlans, previousMeeting: sinceDate,
      record: lastMeeting ?? MeetingRecord(entries: []))
  }

  /// The pack, as a document for any format.
  public var document: Document {
    var sections = [mattersArising(), statusByArea()]
    if historyDays.count > 1 { sections.append(trend()) }
    sections.append(exceptions())
    if let returns { sections.append(proposals(returns)) }
    sections.append(highlights())
    if let returns { sections.append(returnsSection(returns)) }
    sections.append(fallingDue())
    let title =
      boardName.map { "\($0): board pack" }
      ?? (store.plans.count == 1
        ? "\(store.plans[0].title): board pack" : "Improvement board pack")
    return Document(
      title: title,
      metadata: Metadata(audience: visibility == .full ? .full : .public, date: today),
      preamble: cover(sections),
      sections: sections,
      closing: [.strong("Next meeting:"), .text(" \(nextMeeting.readable)")])
  }

  // MARK: Sections

  private func cover(_ sections: [Section]) -> [Block] {
    let lines: [[Inline]] = [
      [.strong("For the meeting of:"), .text(" \(nextMeeting.readable)")],
      [.strong("Prepared:"), .text(" \(today.readable)")],
      [.strong("Since the last meeting:"), .text(" \(sinceText)")],
      [.strong("Plans:"), .text(" ")]
        + store.plans.enumerated().flatMap { offset, plan -> [Inline] in
          (offset > 0 ? [.text("; ")] : []) + [
            .text(Fiction.named(plan)), .text(" ("), .text(plan.id), .text(")"),
          ]
        },
    ]
    var blocks: [Block] = [
      .paragraph(lines.enumerated().flatMap { $0 > 0 ? [.lineBreak] + $1 : $1 })
    ]
    blocks.append(
      .paragraph(
        visibility == .full
          ? [.emphasis("Full pack, including confidential items: not for publication.")]
          : [
            .emphasis(
              "Public pack: confidential actions are counted, and their words withheld.")
          ]))
    blocks.append(
      .table(
        Table(
          label: "Agenda", header: ["Item", "Agenda"],
          rows: agenda.enumerated().map { [.plain(String($0.offset + 1)), .plain($0.element)] })))
    blocks.append(.paragraph([.strong("In this pack")]))
    blocks.append(
      .bulletList(sections.map(\.heading)))
    return blocks
  }

  /// The meeting's agenda: the standing items, with the plans' actions taken before any
  /// other business (or last, when the board names no such item).
  private var agenda: [String] {
    var counts = RAGCounts()
    var open = 0
    for index in store.actions.indices where !store.isDone(action: index) {
      open += 1
      counts.add(
        store.rag(ofAction: index), isOverdue: store.isOverdue(action: index, today: today))
    }
    let plans =
      "The plan\(store.plans.count == 1 ? "" : "s"): \(open) open action\(open == 1 ? "" : "s"), area by area, red (\(counts[.red])), amber (\(counts[.amber])) and overdue (\(counts.overdue)) first"
    var items = standingItems
    let closing = standingItems.firstIndex {
      let folded = $0.lowercased()
      return folded.contains("other business") || folded.contains("next meeting")
    }
    items.insert(plans, at: closing ?? items.count)
    return items
  }

  private var sinceText: String {
    if let lastMeeting {
      let title = lastMeeting.details.title.isEmpty ? "the last meeting" : lastMeeting.details.title
      return "\(title), \(sinceDate.readable)"
    }
    return sinceDate.readable
  }

  /// The last meeting's decisions and the actions it raised, each with where it stands now.
  private func mattersArising() -> Section {
    var section = Section("Matters arising from the last meeting")
    guard let record = lastMeeting else {
      section.blocks.append(
        .paragraph(
          "No journal of the last meeting was given (--since JOURNAL), so its decisions and new actions are not listed here."
        ))
      return section
    }
    var decisions: [[Inline]] = []
    var withheld = 0
    for (ref, item) in record.items.sorted(by: {
      ($0.key.plan, $0.key.action) < ($1.key.plan, $1.key.action)
    }) {
      for entry in item.liveEntries {
        guard case .decision(let text) = entry.kind else { continue }
        if visibility == .public, isConfidential(ref, record: record) {
          withheld += 1
          continue
        }
        decisions.append([.strong("\(ref.plan) \(ref.action):"), .text(" "), .text(text)])
      }
    }
    section.blocks.append(.paragraph([.strong("Decisions")]))
    section.blocks.append(decisions.isEmpty ? .paragraph("None recorded.") : .bulletList(decisions))
    var rows: [[Cell]] = []
    for raised in record.raised {
      if visibility == .public, record.isMarkedConfidential(raised.ref) {
        withheld += 1
        continue
      }
      let now = MeetingOutcome.index(of: raised.ref, in: store)
      rows.append(
        (planColumn ? [Cell.plain(raised.ref.plan)] : [])
          + [
            raised.ref.action, raised.title, raised.owners.joined(separator: "; "),
          ].map(Cell.plain) + [
            .plain(
              raised.due.flatMap { try? PlanDate(parsing: $0).readable } ?? raised.due ?? "no date"),
            now.map(statusCell) ?? .plain("not in the plan yet (boardwalk apply writes it)"),
          ])
    }
    section.blocks.append(.paragraph([.strong("Actions the board raised")]))
    section.blocks.append(
      rows.isEmpty
        ? .paragraph("None.")
        : .table(
          Table(
            label: "Actions raised at the last meeting",
            header: idHeader + ["Action", "Owner", "Due", "Status now"], rows: rows)))
    if withheld > 0 { section.blocks.append(.paragraph(withheldSentence(withheld))) }
    return section
  }

  private func statusByArea() -> Section {
    var section = Section("Status by area", startsNewPage: true)
    section.blocks.append(
      .paragraph(
        "Counts per RAG class today. An action counts under its own area and under every area "
          + "it serves, so areas add up to more than the plan; Own counts an area's own actions. "
          + "Movement since \(movement.basis): ↑ better, ↓ worse, → no change."))
    AreaStatus(store: store, today: today, movement: movement).add(to: &section, charts: true)
    return section
  }

  /// Each plan's actions by the class they had at each of the last meetings: a bar a
  /// meeting for the plan, and a table of its areas, so the board reads its direction of
  /// travel over time, not from one meeting.
  private func trend() -> Section {
    var section = Section("Trend over the last meetings")
    let history = RatingHistory(store: store, days: historyDays, today: today)
    let days = history.days.map { $0 == today ? "\($0.readable) (now)" : $0.readable }
    section.blocks.append(
      .paragraph(
        "Each action counted once, in its own area, by the status it had on each day: its last dated update on or before it (now: its status today). Letters: R red, A amber, G green, B done, N grey, - unrated."
      ))
    for plan in store.plans.indices {
      let rows = history.rows.filter { $0.plan == plan }
      guard let planRow = rows.first(where: { $0.area == nil }) else { continue }
      var blocks: [Block] = [
        .figure(
          Figure(
            caption: "Actions of \(store.plans[plan].title) by RAG status at each meeting",
            chart: .ragBars(
              RAGBarChart(
                labelHeading: "Meeting",
                bars: zip(days, planRow.counts).map { day, counts in
                  RAGBarChart.Bar(
                    label: day,
                    counts: Dictionary(
                      uniqueKeysWithValues: RAGClass.allCases.map { ($0, counts[$0]) }))
                }))))
      ]
      let table = rows.compactMap { row -> [Cell]? in
        guard let area = row.area else { return nil }
        let area0 = store.plans[plan].areas[area]
        return [.plain("\(area0.id) \(area0.title)")]
          // A non-breaking hyphen keeps "-2" (two unrated) whole where a cell wraps.
          + row.counts.map { .plain(RatingHistory.compact($0).replacing("-", with: "\u{2011}")) }
      }
      blocks.append(
        .table(
          Table(
            label: "\(store.plans[plan].title): each area at each meeting",
            header: ["Area"] + days, rows: table, firstColumnNamesRows: true)))
      if store.plans.count > 1 {
        section.subsections.append(Section(store.plans[plan].title, blocks: blocks))
      } else {
        section.blocks += blocks
      }
    }
    return section
  }

  /// Open actions that are red, worse than at the last meeting, or overdue.
  private func exceptions() -> Section {
    var section = Section("Exceptions", startsNewPage: true)
    section.blocks.append(
      .paragraph(
        "Open actions that are red, have worsened since \(sinceDate.readable), or are overdue: the board's attention first."
      ))
    var rows: [[Cell]] = []
    var withheld = 0
    let proposed = returnProposals
    for index in store.actions.indices where !store.isDone(action: index) {
      let trend = movement.trend(ofAction: index)
      let overdue = store.isOverdue(action: index, today: today)
      guard store.rag(ofAction: index) == .red || trend == .worse || overdue else { continue }
      if visibility == .public, store.actions[index].isConfidential {
        withheld += 1
        continue
      }
      let action = store.actions[index]
      var why: [String] = []
      if store.rag(ofAction: index) == .red { why.append("red") }
      if trend == .worse { why.append("↓ worse since \(sinceDate.readable)") }
      if overdue { why.append("overdue") }
      var row =
        idCells(index) + [action.title, owners(of: action), dueText(index)].map(Cell.plain) + [
          statusCell(index), .plain(why.joined(separator: "; ")), .plain(latestUpdate(of: action)),
        ]
      if returns != nil {
        let ref = ActionRef(plan: store.plans[action.plan].id, action: action.id)
        row.append(
          .plain(
            (proposed[ref] ?? []).map { "\($0.lead): \($0.proposal.words)" }.joined(
              separator: "; ")))
      }
      rows.append(row)
    }
    section.blocks.append(
      rows.isEmpty
        ? .paragraph("None.")
        : .table(
          Table(
            label: "Exceptions: red, worsened or overdue open actions",
            header: idHeader + ["Action", "Owner", "Due", "Status", "Why", "Latest update"]
              + (returns == nil ? [] : ["The lead proposes"]),
            rows: rows)))
    if withheld > 0 { section.blocks.append(.paragraph(withheldSentence(withheld))) }
    return section
  }

  /// Updates dated after the last meeting, area by area.
  private func highlights() -> Section {
    var section = Section("Highlights since \(sinceDate.readable)", startsNewPage: true)
    var any = false
    let progress = returnProgress
    for plan in store.plans {
      // Each action looked at once: its area's list, in file order.
      var byArea = Array(repeating: [Int](), count: plan.areas.count)
      for index in plan.actionRange { byArea[store.actions[index].area].append(index) }
      for (areaIndex, area) in plan.areas.enumerated() {
        var items: [[Inline]] = []
        for index in byArea[areaIndex] {
          let action = store.actions[index]
          if visibility == .public, action.isConfidential { continue }
          let ref = ActionRef(plan: plan.id, action: action.id)
          for (lead, note) in progress[ref] ?? [] {
            items.append(
              [.strong("\(action.id)"), .text(" return from \(lead) (\(note.time.prefix(10))): ")]
                + [.text(note.words)])
          }
          for update in action.updates where update.date.date > sinceDate {
            var line: [Inline] = [.strong("\(action.id)"), .text(" \(update.date.readable)")]
            if let status = update.status {
              line.append(.text(" (\(plan.scale.levels[status].describedLabel))"))
            }
            line.append(.text(": "))
            line.append(.text(update.text ?? "status recorded"))
            items.append(line)
          }
        }
        guard !items.isEmpty else { continue }
        any = true
        let heading = "\(area.id) \(area.title)" + (store.plans.count > 1 ? " (\(plan.id))" : "")
        section.subsections.append(Section(heading, blocks: [.bulletList(items)]))
      }
    }
    if !any {
      section.blocks.append(
        .paragraph("No update in the plans is dated after \(sinceDate.readable)."))
    }
    return section
  }

  /// Open actions due from today to the next meeting.
  private func fallingDue() -> Section {
    var section = Section("Due before the next meeting")
    section.blocks.append(
      .paragraph(
        "Open actions due from \(today.readable) to \(nextMeeting.readable), soonest first."))
    // The same selection as `boardwalk due`, through the meeting's day; what is overdue is
    // among the exceptions already.
    let list = DueList(
      store: store, window: DueWindow(today: today, days: max(0, today.days(until: nextMeeting))),
      isPublic: visibility == .public)
    var rows: [[Cell]] = []
    var withheld = 0
    for item in list.items where !item.isOverdue {
      let record = item.record
      if visibility == .public, record.isConfidential { withheld += 1 }
      let title = record.isConfidential ? Confidentiality.mark + " " + record.title : record.title
      let owners =
        visibility == .public && record.isConfidential
        ? "withheld" : record.owners.isEmpty ? "none given" : record.owners.joined(separator: "; ")
      rows.append(
        idCells(item.action) + [title, owners, item.readableDue].map(Cell.plain)
          + [statusCell(item.action)])
    }
    section.blocks.append(
      rows.isEmpty
        ? .paragraph("Nothing falls due.")
        : .table(
          Table(
            label: "Open actions due before the next meeting",
            header: idHeader + ["Action", "Owner", "Due", "Status"], rows: rows)))
    if withheld > 0 {
      section.blocks.append(
        .paragraph(
          "\(withheld) of them \(withheld == 1 ? "is" : "are") confidential: listed, with \(withheld == 1 ? "its" : "their") words withheld."
        ))
    }
    return section
  }

  /// What the leads' returns ask the board to decide: status changes (closures among
  /// them) and due dates moved, each with the lead's reason.
  private func proposals(_ report: ReturnsReport) -> Section {
    var section = Section("Decisions the board is asked to take", startsNewPage: true)
    section.blocks.append(
      .paragraph(
        "What leads propose in their returns for \(report.cycle): changes of status (closing an action among them) and moved due dates, each with the lead's reason. The meeting accepts or does not accept each."
      ))
    var rows: [[Cell]] = []
    for lead in report.leads {
      for proposal in lead.proposals {
        switch proposal.kind {
        case .status, .due: break
        default: continue
        }
        let item = proposal.item
        rows.append(
          (planColumn ? [Cell.plain(item.ref.plan)] : [])
            + [
              item.ref.action, item.title, lead.name, proposal.words,
              String(proposal.time.prefix(10)),
            ].map(Cell.plain))
      }
    }
    section.blocks.append(
      rows.isEmpty
        ? .paragraph("No lead proposes a change of status or date.")
        : .table(
          Table(
            label: "Proposals from the leads' returns",
            header: idHeader + ["Action", "Lead", "Proposal", "Written"], rows: rows)))
    return section
  }

  /// Who has returned, and whom to chase.
  private func returnsSection(_ report: ReturnsReport) -> Section {
    var section = Section("Returns from leads for \(report.cycle)")
    let returned = report.leads.filter(\.hasReturned).count
    section.blocks.append(
      .paragraph("\(returned) of \(report.leads.count) leads with open actions have returned."))
    let missing = report.leads.filter { !$0.hasReturned }
    section.blocks.append(.paragraph([.strong("Missing returns")]))
    section.blocks.append(
      missing.isEmpty
        ? .paragraph("None.")
        : .bulletList(
          missing.map { lead in
            [
              .text(lead.name), .text(": "),
              .text(lead.withoutUpdate.map(\.ref.action).joined(separator: ", ")),
            ]
          }))
    let partial = report.leads.filter { $0.hasReturned && !$0.withoutUpdate.isEmpty }
    if !partial.isEmpty {
      section.blocks.append(.paragraph([.strong("Returned, with actions still without an update")]))
      section.blocks.append(
        .bulletList(
          partial.map { lead in
            [
              .text(lead.name), .text(": "),
              .text(lead.withoutUpdate.map(\.ref.action).joined(separator: ", ")),
            ]
          }))
    }
    return section
  }

  /// What the returns ask the board to decide (status changes, date moves), by action.
  private var returnProposals: [ActionRef: [(lead: String, proposal: ReturnsReport.Proposal)]] {
    guard let returns else { return [:] }
    var proposals: [ActionRef: [(lead: String, proposal: ReturnsReport.Proposal)]] = [:]
    for lead in returns.leads {
      for proposal in lead.proposals {
        switch proposal.kind {
        case .status, .due: proposals[proposal.item.ref, default: []].append((lead.name, proposal))
        case .evidence, .milestone, .progress: continue
        }
      }
    }
    return proposals
  }

  /// Progress notes from the returns, by action: the lead and the note.
  private var returnProgress: [ActionRef: [(lead: String, note: ReturnsReport.Proposal)]] {
    guard let returns else { return [:] }
    var notes: [ActionRef: [(lead: String, note: ReturnsReport.Proposal)]] = [:]
    for lead in returns.leads {
      for proposal in lead.proposals where proposal.isProgress {
        notes[proposal.item.ref, default: []].append((lead.name, proposal))
      }
    }
    return notes
  }

  // MARK: Pieces

  /// Whether tables name each action's plan: only when there are several, where ids
  /// could collide.
  private var planColumn: Bool { store.plans.count > 1 }

  private var idHeader: [String] { planColumn ? ["Plan", "ID"] : ["ID"] }

  private func idCells(_ index: Int) -> [Cell] {
    let action = store.actions[index]
    return (planColumn ? [Cell.plain(store.plans[action.plan].id)] : []) + [.plain(action.id)]
  }

  private func isConfidential(_ ref: ActionRef, record: MeetingRecord) -> Bool {
    if record.isMarkedConfidential(ref) { return true }
    return MeetingOutcome.index(of: ref, in: store).map { store.actions[$0].isConfidential }
      ?? false
  }

  private func statusCell(_ index: Int) -> Cell {
    let rag = store.rag(ofAction: index)
    return .rag(rag, label: rag == .unrated ? nil : store.level(ofAction: index)?.describedLabel)
  }

  private func owners(of action: Action) -> String {
    action.owners.isEmpty ? "none given" : action.owners.joined(separator: "; ")
  }

  private func dueText(_ index: Int) -> String {
    let action = store.actions[index]
    var text = action.due?.readable ?? "no date"
    if store.isOverdue(action: index, today: today) { text += " (overdue)" }
    return text
  }

  private func latestUpdate(of action: Action) -> String {
    guard let last = action.updates.last else { return "none recorded" }
    return "\(last.date.readable): \(last.text ?? "status recorded")"
  }

  private func withheldSentence(_ count: Int) -> String {
    "\(count) confidential \(count == 1 ? "entry is" : "entries are") not listed (the full pack, --full, lists them)."
  }
}
