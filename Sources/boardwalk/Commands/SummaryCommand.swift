import ArgumentParser
import BoardwalkCore

/// `boardwalk summary`: counts per RAG class by area, owner or plan: the heat map's numbers.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Count actions per RAG class, by area, owner or plan.",
    discussion: """
      By area, an action counts in the row of its area, of every area it links to, and of their \
      parent areas, so the row for X equals `list --filter "plan:P area:X"`. By owner, an action \
      counts once for each owner as written. Counts: red, amber, green, blue, grey, unrated \
      (these add up to total) and overdue.
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
    let rows = Summary.rows(by: by, store: result.store, actions: counted, today: today)
    switch format {
    case .table:
      StandardStreams.output(SummaryListing.table(rows, grouping: by))
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
