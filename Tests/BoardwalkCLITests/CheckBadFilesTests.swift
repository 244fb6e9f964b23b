import Testing

@Suite("boardwalk check on bad files")
struct CheckBadFilesTests {
  /// `check plans/ bad/`: two good plans, then three bad files.
  static func checkAll() throws -> CommandResult {
    try CommandRunner.run("check", Fixtures.plans, Fixtures.bad)
  }

  static func diagnostics(_ result: CommandResult, file: String, severity: String)
    -> [DiagnosticLine]
  {
    result.errorLines.compactMap(DiagnosticLine.init)
      .filter { $0.file == file && $0.severity == severity }
  }

  @Test("exits 1 and still summarises the good plans, one line each, on standard output")
  func exitsOneAndSummarisesGoodPlans() throws {
    let result = try Self.checkAll()
    #expect(result.status == 1, "\(result)")
    for (plan, actions, areas) in [("alpha", "8", "5"), ("beta", "5", "3")] {
      let lines = result.outputLines.filter {
        $0.split(separator: " ").contains(Substring(plan))
      }
      #expect(lines.count == 1, "one line for \(plan) in:\n\(result.output)")
      let words = lines.first?.split(separator: " ").map(String.init) ?? []
      #expect(words.contains("ok") && words.contains(actions) && words.contains(areas))
    }
    for file in [Fixtures.duplicateAlpha, Fixtures.syntax, Fixtures.values] {
      let line = result.outputLines.first { $0.contains(file) }
      #expect(line != nil, "no summary line for \(file) in:\n\(result.output)")
      #expect(line?.split(separator: " ").contains("ok") == false, "\(line ?? "")")
    }
    #expect(!result.output.contains(": error: "))
  }

  @Test(
    "reports each error of a bad file at its line, column and JSON pointer",
    arguments: BadFileErrors.values)
  func reportsErrorAtItsPlace(_ expected: BadFileErrors.Expected) throws {
    let result = try Self.checkAll()
    let matches = Self.diagnostics(result, file: Fixtures.values, severity: "error").filter {
      $0.pointer == expected.pointer
    }
    #expect(matches.count == 1, "\(result)")
    let found = try #require(matches.first)
    #expect(found.line == expected.line && found.column == expected.column, "\(found)")
    #expect(found.message.contains(expected.mentions), "\(found)")
  }

  @Test("reports every error of a file, not only the first, and nothing that is not wrong")
  func reportsEveryErrorOnce() throws {
    let result = try Self.checkAll()
    let found = Self.diagnostics(result, file: Fixtures.values, severity: "error")
    #expect(found.map(\.pointer).sorted() == BadFileErrors.values.map(\.pointer).sorted())
  }

  @Test("reports a JSON syntax error with the file, line and column")
  func reportsSyntaxError() throws {
    let result = try Self.checkAll()
    let found = Self.diagnostics(result, file: Fixtures.syntax, severity: "error")
    #expect(found.count == 1, "\(result)")
    #expect(found.first?.line == BadFileErrors.syntaxLine)
    #expect(found.first?.column == BadFileErrors.syntaxColumn)
  }

  @Test("reports a plan id already used by an earlier file at the id's line and column")
  func reportsDuplicatePlanID() throws {
    let result = try Self.checkAll()
    let expected = BadFileErrors.duplicateAlpha
    let found = Self.diagnostics(result, file: Fixtures.duplicateAlpha, severity: "error")
    #expect(found.count == 1, "\(result)")
    #expect(found.first?.pointer == expected.pointer)
    #expect(found.first?.line == expected.line && found.first?.column == expected.column)
    #expect(found.first?.message.contains(expected.mentions) == true)
  }

  @Test("prints every error on standard error as FILE:LINE:COL: error: message")
  func everyErrorIsLocated() throws {
    let result = try Self.checkAll()
    let errorLines = result.errorLines.filter { $0.contains(": error: ") }
    #expect(errorLines.count == BadFileErrors.values.count + 2, "\(result)")
    for line in errorLines {
      #expect(DiagnosticLine(line) != nil, "not FILE:LINE:COL: error: ...: \(line)")
    }
  }

  @Test(
    "prints the good plans' warnings on standard error, located, without failing them",
    arguments: BadFileErrors.alphaWarnings)
  func reportsWarnings(_ expected: BadFileErrors.Expected) throws {
    let result = try CommandRunner.run("check", Fixtures.plans)
    #expect(result.status == 0, "\(result)")
    let found = Self.diagnostics(result, file: Fixtures.alpha, severity: "warning").filter {
      $0.pointer == expected.pointer
    }
    #expect(found.count == 1, "\(result)")
    #expect(found.first?.line == expected.line && found.first?.column == expected.column)
    #expect(found.first?.message.contains(expected.mentions) == true)
    #expect(!result.output.contains("warning"))
  }
}
