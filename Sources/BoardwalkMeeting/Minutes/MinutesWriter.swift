import BoardwalkCore

/// Writes a meeting's minutes as GitHub-flavoured Markdown: header, summary of plan status
/// per area with movement, the items discussed in order, new actions, and the action log.
/// Every piece of text goes through ``MarkdownText``, so nothing in it can break a table or
/// inject HTML.
public struct MinutesWriter {
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

  public init(
    record: MeetingRecord, store: PlanStore, today: CalendarDate, since: PlanStore? = nil,
    visibility: Visibility = .public
  ) {
    self.record = record
    original = store
    outcome = MeetingOutcome.store(from: store, record: record)
    self.today = today
    self.visibility = visibility
    let previous = try? PlanDate(parsing: record.details.previousMeeting).date
    movement = Movement(
      outcome: outcome, original: store, since: since, previousMeeting: previous, record: record)
  }

  /// The minutes.
  public var markdown: String {
    var text = header()
    text += summary()
    text += itemsDiscussed()
    text += newActions()
    text += actionLog()
    if let next = try? PlanDate(parsing: record.details.nextMeeting) {
      text += "**Next meeting:** \(next.readable)\n"
    } else if !record.details.nextMeeting.isEmpty {
      text += "**Next meeting:** \(inline(record.details.nextMeeting))\n"
    }
    return text
  }

  // MARK: Sections

  private func header() -> String {
    let details = record.details
    let title = details.title.isEmpty ? "Improvement board meeting" : details.title
    var text = "# \(inline(title))\n\n"
    let date = (try? PlanDate(parsing: details.date).readable) ?? details.date
    var lines: [String] = []
    lines.append("**Date:** \(date.isEmpty ? "not recorded" : inline(date))")
    lines.append("**Chair:** \(details.chair.isEmpty ? "not recorded" : inline(details.chair))")
    lines.append("**Present:** \(list(details.present))")
    lines.append("**Apologies:** \(details.apologies.isEmpty ? "none" : list(details.apologies))")
    lines.append(
      "**Declarations of interest:** \(details.declarations.isEmpty ? "none declared" : list(details.declarations))"
    )
    lines.append(
      "**Plans:** "
        + original.plans.map { "\(inline($0.title)) (\(inline($0.id)))" }.joined(separator: "; "))
    text += lines.joined(separator: "<br>\n") + "\n\n"
    switch visibility {
    case .public:
      text +=
        "*Public minutes: confidential items are withheld and recorded only as having been taken.*\n\n"
    case .full:
      text += "*Full minutes, including confidential items: not for publication.*\n\n"
    }
    return text
  }

  private func summary() -> String {
    var text = "## Summary of plan status\n\n"
    text += "Counts per RAG class after this meeting's changes. Movement since \(movement.basis): "
    text += "↑ better, ↓ worse, → no change.\n\n"
    let rows = Summary.rows(by: .area, store: outcome, today: today)
    var rowIndex = 0
    for (planIndex, plan) in outcome.plans.enumerated() {
      if outcome.plans.count > 1 { text += "### \(inline(plan.title, breaks: .spaces))\n\n" }
      var tableRows: [[String]] = []
      for (areaIndex, area) in plan.areas.enumerated() {
        let row = rows[rowIndex + areaIndex]
        var better = 0
        var worse = 0
        var same = 0
        for index in outcome.actionsServing(plan: planIndex, area: areaIndex) {
          switch movement.trend(ofAction: index) {
          case .better: better += 1
          case .worse: worse += 1
          case .same: same += 1
          case .unknown: break
          }
        }
        let counts = RAGClass.allCases.map { String(row.counts[$0]) }
        tableRows.append(
          ["\(area.id) \(area.title)"] + counts + [
            String(row.counts.overdue), String(row.counts.total),
          ]
            + ["↑\(better) ↓\(worse) →\(same)"])
      }
      rowIndex += plan.areas.count
      text += MarkdownText.table(
        header: ["Area"] + RAGClass.allCases.map(\.title) + ["Overdue", "Total", "Movement"],
        rows: tableRows)
    }
    return text
  }

  private func itemsDiscussed() -> String {
    var text = "## Items discussed\n\n"
    let raisedRefs = Set(record.raised.map(\.ref))
    let discussed = record.discussed.filter { ref in
      guard !raisedRefs.contains(ref) else { return false }
      let item = record.item(ref)
      return item.confidential != nil || item.entries.contains { !$0.isStruck }
    }
    guard !discussed.isEmpty else { return text + "No items were recorded.\n\n" }
    for (number, ref) in discussed.enumerated() {
      let index = MeetingOutcome.index(of: ref, in: outcome)
      let confidential =
        index.map { MeetingOutcome.isConfidential($0, in: outcome, record: record) } ?? false
      if confidential && visibility == .public {
        text += "### \(number + 1). Confidential item\n\n"
        text +=
          "A confidential item was taken in the confidential part of the meeting (exempt information).\n\n"
        continue
      }
      guard let index else {
        text +=
          "### \(number + 1). \(inline(ref.description))\n\nThis action is no longer in the plans.\n\n"
        continue
      }
      let action = outcome.actions[index]
      let plan = outcome.plans[action.plan]
      let marker = confidential ? " (confidential)" : ""
      text +=
        "### \(number + 1). \(inline(action.id, breaks: .spaces)): \(inline(action.title, breaks: .spaces))\(marker)\n\n"
      var facts = ["Plan: \(inline(plan.id))"]
      facts.append("Status: \(statusText(index, in: outcome))")
      if let due = action.due { facts.append("Due: \(inline(due.readable))") }
      if !action.owners.isEmpty { facts.append("Owners: \(list(action.owners))") }
      text += facts.joined(separator: " · ") + "\n\n"
      for entry in record.item(ref).liveEntries {
        text += "- " + describe(entry, plan: plan) + "\n"
      }
      text += "\n"
    }
    return text
  }

  private func newActions() -> String {
    var text = "## New actions\n\n"
    let shown = record.raised.filter { visibility == .full || !$0.isConfidential }
    let withheld = record.raised.count - shown.count
    if record.raised.isEmpty { return text + "None were raised.\n\n" }
    if !shown.isEmpty {
      text += MarkdownText.table(
        header: ["Plan", "ID", "Area", "Action", "Owners", "Due"],
        rows: shown.map { raised in
          let due =
            raised.due.flatMap { try? DueDate(parsing: $0) }?.readable ?? raised.due ?? "no date"
          return [
            raised.ref.plan, raised.ref.action, raised.area,
            raised.title + (raised.isConfidential ? " (confidential)" : ""),
            raised.owners.joined(separator: "; "), due,
          ]
        })
    }
    if withheld > 0 {
      text +=
        "\(withheld) confidential new action\(withheld == 1 ? " is" : "s are") not listed.\n\n"
    }
    return text
  }

  private func actionLog() -> String {
    var text = "## Action log\n\n"
    text += "Every open action that is red, amber or overdue after this meeting.\n\n"
    var rows: [[String]] = []
    var withheld = 0
    for index in outcome.actions.indices {
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
        outcome.plans[action.plan].id, action.id, action.title,
        action.owners.joined(separator: "; "), due,
        statusText(index, in: outcome, markdown: false),
      ])
    }
    if rows.isEmpty && withheld == 0 { return text + "None.\n\n" }
    if !rows.isEmpty {
      text += MarkdownText.table(
        header: ["Plan", "ID", "Action", "Owner", "Due", "Status"], rows: rows)
    }
    if withheld > 0 {
      text += "\(withheld) confidential action\(withheld == 1 ? " is" : "s are") not listed.\n\n"
    }
    return text
  }

  // MARK: Pieces

  private func describe(_ entry: ItemRecord.Entry, plan: Plan) -> String {
    switch entry.kind {
    case .note(let note): return "Discussed: " + inline(note)
    case .decision(let decision): return "**Decision:** " + inline(decision)
    case .statusChanged(let from, let to, let reason):
      let old = from.flatMap { plan.scale.levelIndex(forKey: $0) }.map { plan.scale.levels[$0] }
      let new = plan.scale.levelIndex(forKey: to).map { plan.scale.levels[$0] }
      let trend = Trend(from: old?.rag ?? .unrated, to: new?.rag ?? .unrated)
      let fromText = old.map { "\($0.label) (\($0.rag.title))" } ?? "unrated"
      let toText = new.map { "\($0.label) (\($0.rag.title))" } ?? to
      var line =
        "**Status changed:** \(inline(fromText)) → \(inline(toText)) \(trend)"
      if !reason.isEmpty { line += ". Reason: " + inline(reason) }
      return line
    case .closureProposed(let note):
      return "**Closure proposed** by management" + (note.isEmpty ? "." : ": " + inline(note))
    case .closureConfirmed:
      guard plan.scale.levels.contains(where: \.isDone) else {
        return
          "**Closure confirmed** by the board, but this plan's scale has no done level: the status is unchanged."
      }
      return "**Closure confirmed** by the board: the action is closed."
    case .closureWithdrawn: return "Closure proposal withdrawn."
    case .closureReopened: return "**Closure reopened** by the board: the action stays open."
    }
  }

  private func statusText(_ index: Int, in store: PlanStore, markdown: Bool = true) -> String {
    let rag = store.rag(ofAction: index)
    let label = store.level(ofAction: index)?.label ?? "Unrated"
    let text = rag == .unrated ? "Unrated" : "\(label) (\(rag.title))"
    return markdown ? inline(text) : text
  }

  private func inline(_ text: String, breaks: MarkdownText.LineBreaks = .html) -> String {
    MarkdownText.inline(text, lineBreaks: breaks)
  }

  private func list(_ names: [String]) -> String {
    names.isEmpty ? "not recorded" : names.map { inline($0) }.joined(separator: "; ")
  }
}
