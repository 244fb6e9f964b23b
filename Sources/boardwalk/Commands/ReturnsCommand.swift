import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk returns`: for the officer, which leads have returned for the cycle, what they
/// left without an update, what they propose, and whom to chase.
struct ReturnsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "returns",
    abstract: "Show which leads have returned for the cycle, what they propose, and whom to chase.",
    discussion: """
      Every owner of an open action is a lead who owes a return for the cycle (--cycle \
      YYYY-MM, default the month of --today), in DIR/CYCLE/LEAD.jsonl (--returns DIR, default \
      ./returns), as `boardwalk update` writes it. Per lead: returned or not, their open \
      actions without an update, and what the return proposes (status changes from → to \
      with the reason, due dates moved, evidence, milestones done, the latest progress \
      note); then the chaser list: leads with no return or with actions missing, with the \
      action ids. --format markdown writes it to paste into an email. --public withholds \
      confidential actions' titles and the words written about them. See docs/returns.md.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @OptionGroup var plans: PlanOptions
  @OptionGroup var returns: ReturnOptions

  @Option(help: "Output format: text or markdown.")
  var format: Format = .text

  @Flag(help: "For publication: confidential actions' titles and the words about them withheld.")
  var `public` = false

  func run() throws {
    let result = PlanLoading.load(plans)
    let cycle = returns.resolvedCycle(today: plans.day)
    var warnings: [String] = []
    let report = ReturnsReport(
      store: result.store, cycle: cycle, folder: returns.folder, isPublic: `public`
    ) { lead, path in
      ReturnReading.read(path, lead: lead) { warnings.append($0) }
    }
    switch format {
    case .text: StandardStreams.output(ReturnsReportText.text(report))
    case .markdown: StandardStreams.output(ReturnsReportText.markdown(report))
    }
    for warning in warnings { StandardStreams.error("boardwalk: warning: \(warning)") }
    if result.hasErrors { throw ExitCode(1) }
  }
}
