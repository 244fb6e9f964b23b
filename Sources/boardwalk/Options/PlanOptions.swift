import ArgumentParser
import BoardwalkCore

/// The plans to load, and the day to judge them on: shared by every command.
struct PlanOptions: ParsableArguments {
  @Argument(
    help: "Plan files, Excel or CSV trackers, or folders of them (default: ./SampleData).")
  var paths: [String] = []

  @Option(
    help: ArgumentHelp("Judge due dates as of this day instead of today.", valueName: "YYYY-MM-DD"))
  var today: String?

  /// The paths given, or `SampleData` when none were.
  var resolvedPaths: [String] { paths.isEmpty ? ["SampleData"] : paths }

  /// `--today`, or the machine's local date.
  var day: CalendarDate {
    today.flatMap { try? CalendarDate(parsingDay: $0) } ?? .today()
  }

  func validate() throws {
    guard let today else { return }
    do {
      _ = try CalendarDate(parsingDay: today)
    } catch {
      throw ValidationError("--today: \(error) (write the day as YYYY-MM-DD)")
    }
  }
}

/// `--filter`, parsed with the one filter grammar.
struct FilterOption: ParsableArguments {
  // Unconditional, so a filter that starts with a negated term (`--filter '-status:done'`)
  // is read as the filter rather than as an unknown option.
  @Option(
    name: .shortAndLong, parsing: .unconditional,
    help: ArgumentHelp(
      "Only actions matching this expression, e.g. 'status:red,amber area:AFI4 due:overdue'.",
      valueName: "EXPR"))
  var filter: String?
}

extension ActionOrder: ExpressibleByArgument {}
extension SummaryGrouping: ExpressibleByArgument {}
