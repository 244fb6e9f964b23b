import ArgumentParser
import BoardwalkCore

/// `boardwalk check`: validate plan files and report every problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate plan files: every error and warning, then one line per plan.",
    discussion: """
      Problems go to standard error as FILE:LINE:COL: error: /json/pointer: message. \
      Warnings do not fail the check. Exit status 1 when any file has an error.
      """
  )

  @OptionGroup var plans: PlanOptions

  func run() throws {
    let result = PlanLoading.load(plans, showWarnings: true)
    var table = TextTable(columns: [
      .init("RESULT"), .init("PLAN"), .init("ACTIONS", alignsRight: true),
      .init("AREAS", alignsRight: true),
      .init("SCALE"), .init("WARNINGS", alignsRight: true), .init("FILE"),
    ])
    for report in result.files {
      if let index = report.planIndex {
        let plan = result.store.plans[index]
        table.append([
          "ok", plan.id, "\(plan.actionRange.count)", "\(plan.areas.count)", plan.scale.name,
          "\(report.warningCount)", report.file,
        ])
      } else {
        table.append([
          "FAILED", "-", "-", "-", "-", "\(report.warningCount)",
          "\(report.file) (\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"))",
        ])
      }
    }
    if !result.files.isEmpty { StandardStreams.output(table.render()) }
    let failed = result.files.filter { $0.errorCount > 0 }.count
    let listFailures =
      result.diagnostics.filter(\.isError).count - result.files.reduce(0) { $0 + $1.errorCount }
    if result.files.isEmpty {
      StandardStreams.error("boardwalk: check failed: no plan file was read (see above)")
      throw ExitCode(1)
    }
    if failed > 0 || listFailures > 0 {
      var problems: [String] = []
      if failed > 0 {
        problems.append(
          "\(failed) of \(result.files.count) file\(result.files.count == 1 ? "" : "s") with errors"
        )
      }
      if listFailures > 0 {
        problems.append(
          "\(listFailures) path\(listFailures == 1 ? "" : "s") that could not be read")
      }
      StandardStreams.error("boardwalk: check failed: " + problems.joined(separator: " and "))
      throw ExitCode(1)
    }
    let actions = result.store.actions.count
    StandardStreams.output(
      "\(result.store.plans.count) plan\(result.store.plans.count == 1 ? "" : "s"), \(actions) action\(actions == 1 ? "" : "s"): valid\n"
    )
  }
}
