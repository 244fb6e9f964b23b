import Testing

@Suite("exit statuses")
struct ExitStatusTests {
  struct UsageCase: Sendable, CustomStringConvertible {
    let arguments: [String]
    /// Text standard error must hold: what was wrong.
    let mentions: String

    var description: String { arguments.joined(separator: " ") }

    init(_ arguments: [String], mentions: String) {
      self.arguments = arguments
      self.mentions = mentions
    }
  }

  static let plans = Fixtures.plans

  static let usageErrors: [UsageCase] = [
    UsageCase(["list", plans, "--filter", "owner: x"], mentions: "column 7"),
    UsageCase(["list", plans, "--filter", "colour:red"], mentions: "colour"),
    UsageCase(["list", plans, "--filter", "status:\"red"], mentions: "column 8"),
    UsageCase(["list", plans, "--filter", "due:someday"], mentions: "someday"),
    UsageCase(["list", plans, "--filter", "status:gren"], mentions: "gren"),
    UsageCase(["summary", plans, "--filter", "status:finished"], mentions: "finished"),
    UsageCase(["list", plans, "--today", "2025-13-01"], mentions: "--today"),
    UsageCase(["list", plans, "--today", "2025-06"], mentions: "--today"),
    UsageCase(["check", plans, "--today", "15/06/2025"], mentions: "--today"),
    UsageCase(["summary", plans, "--today", "2025-02-29"], mentions: "--today"),
    UsageCase(["list", plans, "--colour"], mentions: "--colour"),
    UsageCase(["check", plans, "--sort", "due"], mentions: "--sort"),
    UsageCase(["list", plans, "--sort", "priority"], mentions: "priority"),
    UsageCase(["list", plans, "--format", "xml"], mentions: "xml"),
    UsageCase(["summary", plans, "--by", "team"], mentions: "team"),
    UsageCase(["summary", plans, "--format", "csv"], mentions: "csv"),
  ]

  @Test(
    "a wrong command line or filter exits 64, says why on standard error, prints no data",
    arguments: usageErrors)
  func usageErrorExits64(_ usage: UsageCase) throws {
    let result = try CommandRunner.run(usage.arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.errorOutput.contains(usage.mentions), "\(result)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  @Test("an unknown status suggests the close one")
  func unknownStatusSuggests() throws {
    let result = try CommandRunner.run("list", Self.plans, "--filter", "status:gren")
    #expect(result.status == 64)
    #expect(result.errorOutput.contains("\"green\""), "\(result)")
  }

  @Test("a successful command exits 0", arguments: ["check", "list", "summary"])
  func successExits0(_ command: String) throws {
    let result = try CommandRunner.run(command, Self.plans, "--today", FixtureActions.today)
    #expect(result.status == 0, "\(result)")
    #expect(!result.output.isEmpty)
  }

  @Test("list with a bad file exits 1 but still prints the good plans' actions")
  func listWithBadFile() throws {
    let (result, actions) = try JSONQueries.list(paths: [Self.plans, Fixtures.values])
    #expect(result.status == 1, "\(result)")
    #expect(actions == FixtureActions.all)
    #expect(result.errorLines.contains { $0.hasPrefix(Fixtures.values + ":") })
  }

  @Test("summary with a bad file exits 1 but still counts the good plans")
  func summaryWithBadFile() throws {
    let (result, rows) = try JSONQueries.summary(
      by: "plan", paths: [Fixtures.syntax, Self.plans])
    #expect(result.status == 1, "\(result)")
    #expect(rows.map(\.key) == ["alpha", "beta"])
    for row in rows {
      #expect(row.tally == FixtureSummaries.byPlan[row.key], "\(row.key)")
    }
    #expect(result.errorLines.contains { $0.hasPrefix(Fixtures.syntax + ":") })
  }

  @Test("a path that does not exist is a data error: exit 1, good plans still listed")
  func missingPathExits1() throws {
    let missing = Fixtures.root.appendingPathComponent("no-such-plan.json").path
    let (result, actions) = try JSONQueries.list(paths: [Self.plans, missing])
    #expect(result.status == 1, "\(result)")
    #expect(actions.map(\.id) == FilterCase.everyID)
    #expect(result.errorOutput.contains(missing))
  }
}
