import ArgumentParser
import BoardwalkCore

/// `boardwalk list`: the actions that match a filter, in a format for people or programs.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the actions matching a filter.",
    discussion: """
      Actions are listed in file order unless --sort is given. --format json prints an array of \
      objects with plan, id, title, area, links, owners, start, due, dueText, status, statusLabel, \
      rag, done, overdue and confidential.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
  }

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  @Option(help: "Order: file, due, status, owner or id.")
  var sort: ActionOrder = .file

  @Option(help: "Output format: table, json, csv or markdown.")
  var format: Format = .table

  func run() throws {
    let result = PlanLoading.load(plans)
    let compiled = try PlanLoading.compile(filter.filter, for: result.store)
    let today = plans.day
    let indexes = sort.sorted(
      compiled.matchingIndexes(in: result.store, today: today), in: result.store)
    let records = indexes.map { ActionRecord(action: $0, of: result.store, today: today) }
    switch format {
    case .table:
      StandardStreams.output(ActionListing.table(records, showPlan: result.store.plans.count > 1))
    case .json: StandardStreams.output(ActionListing.json(records))
    case .csv:
      // CSV has no escapes, so the data goes to files and pipes as it is; on a terminal,
      // control characters show as placeholders and cannot act on it.
      let csv = ActionListing.csv(records)
      StandardStreams.output(TerminalWidth.isOutputTerminal ? TextSafety.sanitized(csv) : csv)
    case .markdown: StandardStreams.output(ActionListing.markdown(records))
    }
    if format == .table, records.isEmpty {
      StandardStreams.error("boardwalk: no actions match \(compiled.expression)")
    }
    if result.hasErrors { throw ExitCode(1) }
  }
}
