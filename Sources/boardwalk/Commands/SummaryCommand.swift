import ArgumentParser
import BoardwalkCore

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
      once. With --filter, rows with no matching action are left out.
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

  func run() throws {
    let result = PlanLoading.load(plans)
    let compiled = try PlanLoading.compile(filter.filter, for: result.store)
    let today = plans.day
    let counted = compiled.evaluate(in: result.store, today: today)
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
}
