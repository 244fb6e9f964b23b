/// Runs `list` and `summary` with `--format json` and decodes what they print.
enum JSONQueries {
  /// `boardwalk list PATHS --today TODAY ARGUMENTS --format json`.
  static func list(
    _ arguments: [String] = [], paths: [String] = [Fixtures.plans],
    today: String = FixtureActions.today
  ) throws -> (result: CommandResult, actions: [ListedAction]) {
    let result = try CommandRunner.run(
      ["list"] + paths + ["--today", today] + arguments + ["--format", "json"])
    do {
      return (result, try ListedAction.decodeList(result.output))
    } catch {
      throw OutputShapeError("\(error)\n\(result)")
    }
  }

  /// `boardwalk summary PATHS --by GROUPING --today TODAY ARGUMENTS --format json`.
  static func summary(
    by grouping: String, _ arguments: [String] = [], paths: [String] = [Fixtures.plans],
    today: String = FixtureActions.today
  ) throws -> (result: CommandResult, rows: [SummaryRowOutput]) {
    let result = try CommandRunner.run(
      ["summary"] + paths + ["--by", grouping, "--today", today] + arguments
        + ["--format", "json"])
    do {
      return (result, try SummaryRowOutput.decode(result.output))
    } catch {
      throw OutputShapeError("\(error)\n\(result)")
    }
  }

  /// `plan:P area:X` with both values quoted, as the filter grammar allows for any id.
  static func areaFilter(plan: String, area: String) -> String {
    "plan:\"\(plan)\" area:\"\(area)\""
  }
}
