import ArgumentParser
import BoardwalkCore

/// `boardwalk [PATH...]`: open the plans on screen.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open plans on screen (the default command)."
  )

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  func run() throws {
    let result = PlanLoading.load(plans)
    let compiled = try PlanLoading.compile(filter.filter, for: result.store)
    let today = plans.day
    let records = compiled.matchingIndexes(in: result.store, today: today).map {
      ActionRecord(action: $0, of: result.store, today: today)
    }
    StandardStreams.output(ActionListing.table(records, showPlan: result.store.plans.count > 1))
    if result.hasErrors { throw ExitCode(1) }
  }
}
