import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk list`: the actions that match a filter, in a format for people or programs.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the actions matching a filter.",
    discussion: """
      Actions are listed in file order unless --sort is given. --format json prints an array of \
      objects with plan, id, title, area, links, owners, start, due, dueText, status, statusLabel, \
      rag, done, overdue and confidential. Confidential actions are marked [C] in table and \
      markdown output, which say how many there are; --public withholds their text in every \
      format (they are still listed and counted). --format xlsx writes an Excel tracker (to -o FILE.xlsx, \
      or to standard output when it is not a terminal): a heading row that stays put and has \
      filters, real date cells, the RAG cell in the theme's colours with its letter, and the \
      plans' areas and scales, so `boardwalk import` gives back the same actions.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, xlsx
  }

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  @Option(help: "Order: file, due, status, owner or id.")
  var sort: ActionOrder = .file

  @Option(help: "Output format: table, json, csv, markdown or xlsx.")
  var format: Format = .table

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
  var output: String?

  @Option(
    help: ArgumentHelp(
      "The theme whose RAG colours shade an xlsx tracker (see boardwalk --help).",
      valueName: "NAME"))
  var theme: String = "default"

  @Flag(
    help:
      "For publication: confidential actions are listed and counted, but their title, owners, words and updates are withheld."
  )
  var `public` = false

  func validate() throws {
    if format == .xlsx, output == nil, TerminalWidth.isOutputTerminal {
      throw ValidationError(
        "--format xlsx writes a binary workbook, not text for a terminal: give -o FILE.xlsx, or redirect standard output to a file"
      )
    }
  }

  func run() throws {
    let result = PlanLoading.load(plans)
    let compiled = try PlanLoading.compile(filter.filter, for: result.store)
    let today = plans.day
    // --public: a text search does not look into what is withheld.
    let matching = compiled.evaluate(
      in: result.store, today: today,
      withholdingTextOf: `public` ? result.store.confidentialActions : nil)
    let indexes = sort.sorted(Array(matching), in: result.store)
    if format == .xlsx {
      let bytes = try TrackerWorkbook.bytes(
        indexes: indexes, store: result.store, today: today, themeName: theme, isPublic: `public`)
      try write(bytes, over: result.files.map(\.file))
      if result.hasErrors { throw ExitCode(1) }
      return
    }
    let records = indexes.map { index in
      let record = ActionRecord(action: index, of: result.store, today: today)
      return `public` ? record.withholdingConfidentialText() : record
    }
    let confidentialNote = Confidentiality.note(
      confidential: records.filter(\.isConfidential).count, of: records.count, isPublic: `public`)
    let fictionalPlans = result.store.plans.filter(\.isFictional).map(\.id)
    let fictionalNote = Fiction.note(
      fictional: records.filter(\.isFictional).count, of: records.count, plans: fictionalPlans)
    let toTerminal = output == nil && TerminalWidth.isOutputTerminal
    let text: String
    switch format {
    case .table:
      text = ActionListing.table(
        records, showPlan: result.store.plans.count > 1,
        width: output == nil ? TerminalWidth.current : nil)
    case .json: text = ActionListing.json(records)
    case .csv:
      // CSV has no escapes, so the data goes to files and pipes as it is; on a terminal,
      // control characters show as placeholders and cannot act on it.
      let csv = ActionListing.csv(records)
      text = toTerminal ? TextSafety.sanitized(csv) : csv
    case .markdown:
      text =
        ActionListing.markdown(records)
        + [confidentialNote, fictionalNote].compactMap { $0 }
        .map { "*\(MarkdownText.inline($0)).*\n" }.joined(separator: "\n")
    case .xlsx: text = ""
    }
    try write(Array(text.utf8), over: result.files.map(\.file))
    if format == .table, records.isEmpty {
      StandardStreams.error("boardwalk: no actions match \(compiled.expression)")
    }
    if format == .table {
      for note in [confidentialNote, fictionalNote].compactMap({ $0 }) {
        StandardStreams.error("boardwalk: \(note)")
      }
    }
    if result.hasErrors { throw ExitCode(1) }
  }

  /// To -o FILE (replaced atomically, never over a plan it read), or to standard output.
  private func write(_ bytes: [UInt8], over inputs: [String]) throws {
    try CommandOutput.write(
      bytes, to: output, command: "list", inputs: inputs.map { ($0, "a plan file being listed") })
  }
}
