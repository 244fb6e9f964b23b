import BoardwalkCore
import BoardwalkDocuments

/// Builds a meeting's minutes as a ``Document``: header, summary of plan status per area
/// with movement, the items discussed in order, new actions, and the action log. A meeting
/// of a board (``MinutesBoard``) has a board's minutes instead: numbered minutes with the
/// standing items, the board's own action log, approval and the chair's signature. Any
/// ``DocumentFormat`` writes it; ``markdown`` is the GitHub-flavoured Markdown, where every
/// piece of text goes through ``MarkdownText``, so nothing in it can break a table or
/// inject HTML.
public struct MinutesWriter: Sendable {
  /// Who the minutes are for.
  public enum Visibility: String, Sendable, CaseIterable {
    /// For publication: confidential items are withheld, and only said to have been taken.
    case `public`
    /// Everything, including confidential items; not for publication.
    case full
  }

  let record: MeetingRecord
  /// The plans as the meeting started.
  let original: PlanStore
  /// The plans as the meeting left them.
  let outcome: PlanStore
  let today: CalendarDate
  let visibility: Visibility
  let movement: Movement
  /// The board the meeting belongs to, when it has one.
  let board: MinutesBoard?

  /// The minutes of the meeting `record` holds, over `store` (the plans as it started);
  /// `today` judges due dates, `since` is an earlier copy of the plans to measure movement
  /// from, and `board` the board it belongs to, if any.
  public init(
    record: MeetingRecord, store: PlanStore, today: CalendarDate, since: PlanStore? = nil,
    visibility: Visibility = .public, board: MinutesBoard? = nil
  ) {
    self.record = record
    original = store
    outcome = MeetingOutcome.store(from: store, record: record)
    self.today = today
    self.visibility = visibility
    self.board = board
    let day = MeetingRules.day(of: record)
    let previous =
      (try? PlanDate(parsing: record.details.previousMeeting).date)
      ?? board?.history.previous(to: day)?.day
    movement = Movement(
      outcome: outcome, original: store, since: since, previousMeeting: previous, record: record)
  }

  /// The minutes, as a document for any format.
  public var document: Document {
    if let board { return boardDocument(board) }
    var closing: [Inline] = []
    if let next = try? PlanDate(parsing: record.details.nextMeeting) {
      closing = [.strong("Next meeting:"), .text(" \(next.readable)")]
    } else if !record.details.nextMeeting.isEmpty {
      closing = [.strong("Next meeting:"), .text(" "), .text(record.details.nextMeeting)]
    }
    let details = record.details
    return Document(
      title: details.title.isEmpty ? "Improvement board meeting" : details.title,
      metadata: Metadata(
        audience: visibility == .full ? .full : .public,
        date: (try? PlanDate(parsing: details.date).date) ?? today),
      preamble: header(),
      // Each section reads the meeting and the plans and nothing else: built side by side.
      sections: ConcurrentMap.map([0, 1, 2, 3]) { part in
        switch part {
        case 0: summary()
        case 1: itemsDiscussed()
        case 2: newActions()
        default: actionLog()
        }
      },
      closing: closing)
  }

  /// The minutes as GitHub-flavoured Markdown.
  public var markdown: String { MarkdownWriter().write(document) }

  // MARK: Sections

  private func header() -> [Block] {
    let details = record.details
    let date = (try? PlanDate(parsing: details.date).readable) ?? details.date
    var lines: [[Inline]] = []
    lines.append([.strong("Date:"), .text(" "), .text(date.isEmpty ? "not recorded" : date)])
    // Time, venue and minute-taker only when the meeting recorded them (`i` on screen,
    // `record details`): minutes of meetings that did not stay as they were.
    if !details.time.isEmpty { lines.append([.strong("Time:"), .text(" "), .text(details.time)]) }
    if !details.venue.isEmpty {
      lines.append([.strong("Venue:"), .text(" "), .text(details.venue)])
    }
    lines.append(
      [
        .strong("Chair:"), .text(" "),
        .text(details.chair.isEmpty ? "not recorded" : details.chair),
      ])
    if !details.minuteTaker.isEmpty {
      lines.append([.strong("Minute-taker:"), .text(" "), .text(details.minuteTaker)])
    }
    lines.append([.strong("Present:"), .text(" ")] + list(details.present))
    lines.append(
      [.strong("Apologies:"), .text(" ")]
        + (details.apologies.isEmpty ? [.text("none")] : list(details.apologies)))
    lines.append(
      [.strong("Declarations of interest:"), .text(" ")]
        + (details.declarations.isEmpty ? [.text("none declared")] : list(details.declarations)))
    lines.append(plansLine)
    return [.paragraph(joined(lines, by: .lineBreak)), audienceNote]
  }

  /// "Plans: Harbour SEND Priority Action Plan (harbour); …", for the header.
  var plansLine: [Inline] {
    [.strong("Plans:"), .text(" ")]
      + joined(
        original.plans.map { plan in
          [.text(Fiction.named(plan)), .text(" ("), .text(plan.id), .text(")")]
        },
        separator: "; ")
  }

  /// What public minutes withhold, or that full minutes are not for publication.
  var audienceNote: Block {
    switch visibility {
    case .public:
      .paragraph([
        .emphasis(
          "Public minutes: confidential items are withheld and recorded only as having been taken."
        )
      ])
    case .full:
      .paragraph([.emphasis("Full minutes, including confidential items: not for publication.")])
    }
  }

  func summary() -> Section {
    var section = Section("Summary of plan status")
    section.blocks.append(
      .paragraph(
        "Counts per RAG class after this meeting's changes. An action counts under its own "
          + "area and under every area it serves through its links, so the areas add up to more "
          + "than the plan's actions where actions are linked; Own counts an area's own actions. "
          + "Movement since \(movement.basis): ↑ better, ↓ worse, → no change."))
    AreaStatus(store: outcome, today: today, movement: movement).add(to: &section)
    return section
  }

  private func itemsDiscussed() -> Section {
    var section = Section("Items discussed")
    let raisedRefs = Set(record.raised.map(\.ref))
    // Each item looked up once: minutes can take tens of thousands.
    let discussed = record.discussed.compactMap { ref -> (ref: ActionRef, item: ItemRecord)? in
      guard !raisedRefs.contains(ref), let item = record.items[ref],
        item.confidential != nil || item.entries.contains(where: { !$0.isStruck })
      else { return nil }
      return (ref, item)
    }
    guard !discussed.isEmpty else {
      section.blocks.append(.paragraph("No items were recorded."))
      return section
    }
    for (number, (ref, _)) in discussed.enumerated() {
      let taken = item(ref)
      section.subsections.append(
        Section(taken.heading, number: number + 1, blocks: taken.blocks))
    }
    return section
  }

  /// An item as the minutes show it: its heading and what was recorded; a confidential one
  /// in public minutes only said to have been taken.
  func item(_ ref: ActionRef) -> (heading: [Inline], blocks: [Block], isWithheld: Bool) {
    let index = MeetingOutcome.index(of: ref, in: outcome)
    let confidential =
      index.map { MeetingOutcome.isConfidential($0, in: outcome, record: record) } ?? false
    if confidential && visibility == .public {
      return (
        [.text("Confidential item")],
        [
          .paragraph(
            "A confidential item was taken in the confidential part of the meeting (exempt information)."
          )
        ], true
      )
    }
    guard let index else {
      return (
        [.text(ref.description)], [.paragraph("This action is no longer in the plans.")], false
      )
    }
    let action = outcome.actions[index]
    let plan = outcome.plans[action.plan]
    var heading: [Inline] = [.text(action.id), .text(": "), .text(action.title)]
    if confidential { heading.append(.text(" (confidential)")) }
    var facts: [[Inline]] = [[.text("Plan: "), .text(plan.id)]]
    facts.append([.text("Status: "), .text(statusText(index, in: outcome))])
    // The direction of travel, as the screen shows it: the last ratings, in letters.
    if let trend = RatingTrend(of: action, in: plan).letters {
      facts.append([.text("Trend: "), .text(trend)])
    }
    if let due = action.due { facts.append([.text("Due: "), .text(due.readable)]) }
    if !action.owners.isEmpty { facts.append([.text("Owners: ")] + list(action.owners)) }
    let entries = record.item(ref).liveEntries.map { describe($0, plan: plan) }
    return (heading, [.paragraph(joined(facts, separator: " · ")), .bulletList(entries)], false)
  }

  func newActions(title: String = "New actions") -> Section {
    var section = Section(title)
    let shown = record.raised.filter { visibility == .full || !$0.isConfidential }
    let withheld = record.raised.count - shown.count
    if record.raised.isEmpty {
      section.blocks.append(.paragraph("None were raised."))
      return section
    }
    if !shown.isEmpty {
      section.blocks.append(
        .table(
          Table(
            label: "New actions raised at this meeting",
            header: ["Plan", "ID", "Area", "Action", "Owners", "Due"],
            rows: shown.map { raised in
              let due =
                raised.due.flatMap { try? DueDate(parsing: $0) }?.readable ?? raised.due
                ?? "no date"
              return [
                raised.ref.plan, raised.ref.action, raised.area,
                raised.title + (raised.isConfidential ? " (confidential)" : ""),
                raised.owners.joined(separator: "; "), due,
              ].map(Cell.plain)
            })))
    }
    if withheld > 0 {
      section.blocks.append(
        .paragraph(
          "\(withheld) confidential new action\(withheld == 1 ? " is" : "s are") not listed."))
    }
    return section
  }

  private func actionLog() -> Section {
    var section = Section("Action log")
    section.blocks.append(
      .paragraph("Every open action that is red, amber or overdue after this meeting."))
    addExceptions(
      Array(outcome.actions.indices), to: &section,
      label: "Action log: open actions that are red, amber or overdue")
    return section
  }

  /// The open actions among `indexes` (of the outcome) that are red, amber or overdue, as a
  /// table added to `section` (confidential ones only counted in public minutes), or "None."
  func addExceptions(_ indexes: [Int], to section: inout Section, label: String) {
    var rows: [[Cell]] = []
    var withheld = 0
    for index in indexes {
      guard !outcome.isDone(action: index) else { continue }
      let rag = outcome.rag(ofAction: index)
      guard rag == .red || rag == .amber || outcome.isOverdue(action: index, today: today) else {
        continue
      }
      if visibility == .public && MeetingOutcome.isConfidential(index, in: outcome, record: record)
      {
        withheld += 1
        continue
      }
      let action = outcome.actions[index]
      var due = action.due?.readable ?? "no date"
      if outcome.isOverdue(action: index, today: today) { due += " (overdue)" }
      rows.append([
        .plain(outcome.plans[action.plan].id), .plain(action.id), .plain(action.title),
        .plain(action.owners.joined(separator: "; ")), .plain(due),
        .rag(rag, label: rag == .unrated ? nil : outcome.level(ofAction: index)?.describedLabel),
      ])
    }
    if rows.isEmpty && withheld == 0 {
      section.blocks.append(.paragraph("None."))
      return
    }
    if !rows.isEmpty {
      section.blocks.append(
        .table(
          Table(
            label: label, header: ["Plan", "ID", "Action", "Owner", "Due", "Status"], rows: rows)))
    }
    if withheld > 0 {
      section.blocks.append(
        .paragraph("\(withheld) confidential action\(withheld == 1 ? " is" : "s are") not listed."))
    }
  }

  // MARK: Pieces

  func describe(_ entry: ItemRecord.Entry, plan: Plan) -> [Inline] {
    switch entry.kind {
    case .note(let note): return [.text("Discussed: "), .text(note)]
    case .decision(let decision): return [.strong("Decision:"), .text(" "), .text(decision)]
    case .statusChanged(let from, let to, let reason):
      let old = from.flatMap { plan.scale.levelIndex(forKey: $0) }.map { plan.scale.levels[$0] }
      let new = plan.scale.levelIndex(forKey: to).map { plan.scale.levels[$0] }
      let trend = Trend(from: old?.rag ?? .unrated, to: new?.rag ?? .unrated)
      let fromText = old?.describedLabel ?? "unrated"
      let toText = new?.describedLabel ?? to
      var line: [Inline] = [
        .strong("Status changed:"), .text(" "), .text(fromText), .text(" → "), .text(toText),
        .text(" \(trend)"),
      ]
      if !reason.isEmpty { line += [.text(". Reason: "), .text(reason)] }
      return line
    case .dueChanged(let from, let to, let reason):
      var line: [Inline] = [
        .strong("Due date moved:"), .text(" "), .text(DueWords.readable(from)), .text(" → "),
        .text(DueWords.readable(to)),
      ]
      if !reason.isEmpty { line += [.text(". Reason: "), .text(reason)] }
      return line
    case .closureProposed(let note):
      return [.strong("Closure proposed"), .text(" by management")]
        + (note.isEmpty ? [.text(".")] : [.text(": "), .text(note)])
    case .closureConfirmed:
      guard plan.scale.levels.contains(where: \.isDone) else {
        return [
          .strong("Closure confirmed"),
          .text(
            " by the board, but this plan's scale has no done level: the status is unchanged."),
        ]
      }
      return [.strong("Closure confirmed"), .text(" by the board: the action is closed.")]
    case .closureWithdrawn: return [.text("Closure proposal withdrawn.")]
    case .closureReopened:
      return [.strong("Closure reopened"), .text(" by the board: the action stays open.")]
    }
  }

  func statusText(_ index: Int, in store: PlanStore) -> String {
    store.level(ofAction: index)?.describedLabel ?? "Unrated"
  }

  /// Names separated by semicolons, each its own text; "not recorded" when there are none.
  func list(_ names: [String]) -> [Inline] {
    names.isEmpty ? [.text("not recorded")] : joined(names.map { [.text($0)] }, separator: "; ")
  }

  /// Lines of runs with `separator` between them.
  func joined(_ parts: [[Inline]], separator: String) -> [Inline] {
    joined(parts, by: .text(separator))
  }

  func joined(_ parts: [[Inline]], by separator: Inline) -> [Inline] {
    var runs: [Inline] = []
    runs.reserveCapacity(parts.reduce(max(0, parts.count - 1)) { $0 + $1.count })
    for (index, part) in parts.enumerated() {
      if index > 0 { runs.append(separator) }
      runs += part
    }
    return runs
  }
}
