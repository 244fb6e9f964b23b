import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting

/// `boardwalk summary`: counts per RAG class by area, owner or plan: the heat map's numbers.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Count actions per RAG class, by area, owner or plan.",
    discussion: """
      By area, an action counts in the row of its area, of every area it links to, and of their \
      parent areas, so the row for X equals `list --filter "plan:P area:X"`; OWN counts only the \
      actions whose own area is X or beneath it. By owner, an action counts once for each owner \
      as written, and actions with no owner under "(no owner)". Counts: red, amber, green, \
      blue, grey, unrated (these add up to total) and overdue. The last row counts every action \
      once. With --filter, rows with no matching action are left out. --history N counts each \
      area's actions by the class they had at each of the last N meetings (the board file's \
      meetings and schedule up to today, else every six weeks back from today): the status \
      of the last dated update on or before each day, the status now from today on.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  @Option(help: "Rows: area, owner or plan.")
  var by: SummaryGrouping = .area

  @Option(help: "Output format: table or json.")
  var format: Format = .table

  @Option(
    help: ArgumentHelp(
      "Counts by area at each of the last N meetings (2 to 12).", valueName: "N"))
  var history: Int?

  func validate() throws {
    if let history, !(2...12).contains(history) {
      throw ValidationError("--history: give how many meetings to show, from 2 to 12")
    }
  }

  func run() throws {
    let result = PlanLoading.load(plans)
    let compiled = try PlanLoading.compile(filter.filter, for: result.store)
    let today = plans.day
    let counted = compiled.evaluate(in: result.store, today: today)
    if let history {
      try showHistory(history, result: result, actions: counted, today: today)
      if result.hasErrors { throw ExitCode(1) }
      return
    }
    var rows = Summary.rows(by: by, store: result.store, actions: counted, today: today)
    // A filtered summary lists only the rows it found something in.
    if !compiled.expression.isEmpty { rows.removeAll { $0.counts.total == 0 } }
    switch format {
    case .table:
      let totals = Summary.totals(store: result.store, actions: counted, today: today)
      StandardStreams.output(SummaryListing.table(rows, totals: totals, grouping: by))
      // Counts reveal no text, but a paper that quotes them should know what they include.
      let confidential = counted.filter { result.store.actions[$0].isConfidential }.count
      if let note = Confidentiality.note(
        confidential: confidential, of: counted.count, isPublic: true)
      {
        StandardStreams.error("boardwalk: \(note)")
      }
    case .json: StandardStreams.output(SummaryListing.json(rows, grouping: by))
    }
    if result.hasErrors { throw ExitCode(1) }
  }

  /// The last `count` meeting days up to `today`: see ``MeetingDays``.
  private func meetingDays(_ count: Int, today: CalendarDate) throws -> [CalendarDate] {
    MeetingDays.last(count, board: try BoardLookup.board(near: plans.paths), today: today)
  }

  private func showHistory(
    _ count: Int, result: PlanLoader.Result, actions: ActionSet, today: CalendarDate
  ) throws {
    let store = result.store
    let history = RatingHistory(
      store: store, actions: actions, days: try meetingDays(count, today: today), today: today)
    switch format {
    case .table:
      var table = TextTable(
        columns: [.init("AREA")] + history.days.map { .init($0.description) })
      for row in history.rows {
        let plan = store.plans[row.plan]
        let name = row.area.map { "  \(plan.areas[$0].id) \(plan.areas[$0].title)" } ?? plan.id
        table.append([name] + row.counts.map(RatingHistory.compact))
      }
      StandardStreams.output(TextSafety.sanitized(table.render()))
      StandardStreams.error(
        "boardwalk: each action counted once, in its own area, by its status on each day (the last dated update on or before it; from today, its status now)"
      )
    case .json:
      var text =
        "{\"days\":[" + history.days.map { "\"\($0)\"" }.joined(separator: ",") + "],\"rows\":["
      text += history.rows.map { row in
        let plan = store.plans[row.plan]
        let counts = row.counts.map { counts in
          "{" + RAGClass.allCases.map { "\"\($0.rawValue)\":\(counts[$0])" }.joined(separator: ",")
            + "}"
        }
        return
          "{\"plan\":\(JSONText.quoted(plan.id)),\"area\":\(JSONText.quoted(row.area.map { plan.areas[$0].id }))"
          + ",\"counts\":[" + counts.joined(separator: ",") + "]}"
      }.joined(separator: ",")
      StandardStreams.output(text + "]}\n")
    }
  }
}
