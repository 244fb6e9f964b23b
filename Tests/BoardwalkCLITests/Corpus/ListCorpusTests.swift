import Testing

/// `boardwalk list` on every file of the bad-plan corpus, as JSON and as a table.
@Suite("boardwalk list over the whole bad-plan corpus")
struct ListCorpusTests {
  @Test(
    "list --format json: the errors on standard error, the file's actions as JSON, no crash",
    arguments: try CorpusManifest.entries())
  func listAsJSON(_ entry: CorpusEntry) throws {
    let result = try CommandRunner.run("list", entry.path, "--format", "json")
    #expect(result.status == (entry.loads ? 0 : 1), "\(result)")
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    // list reports errors only: warnings are check's business.
    let errors = entry.diagnostics.filter(\.isError)
    let differences = PrintedDiagnostics.differences(
      PrintedDiagnostics.of(result, file: entry.path), errors)
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))\n\(result)")
    let others = result.errorLines.filter { DiagnosticLine($0)?.file != entry.path }
    #expect(others == CheckCorpusTests.failureSummary(entry.path, errors: errors.count))
    let listed = try ListedAction.decodeList(result.output)
    if entry.loads {
      let actions = try #require(try PlanFacts(path: entry.path).actions)
      #expect(listed.map(\.id) == actions.map(\.id))
      #expect(listed.map(\.title) == actions.map(\.title))
      #expect(listed.map(\.owners) == actions.map(\.owners))
    } else {
      #expect(listed.isEmpty)
    }
    // JSON escapes every C0 and C1 control and DEL.
    let raw = result.output.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
    }
    #expect(raw.isEmpty, "raw control characters in the JSON: \(raw.map(\.value))")
  }

  @Test(
    "list as a table: one row per action and nothing a terminal would act on",
    arguments: try CorpusManifest.entries())
  func listAsTable(_ entry: CorpusEntry) throws {
    let result = try CommandRunner.run("list", entry.path)
    #expect(result.status == (entry.loads ? 0 : 1), "\(result)")
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    #expect(VisibleText.unsafeScalars(in: result.output).isEmpty, "\(result.output)")
    #expect(VisibleText.unsafeScalars(in: result.errorOutput).isEmpty, "\(result)")
    let actions = entry.loads ? try #require(try PlanFacts(path: entry.path).actions) : []
    #expect(result.outputLines.count == 1 + actions.count, "\(result.output)")
    #expect(result.outputLines.first?.hasPrefix("ID ") == true, "\(result.output)")
    let ids = result.outputLines.dropFirst().map { String($0.prefix { $0 != " " }) }
    #expect(ids == actions.map { VisibleText.shown($0.id) }, "\(result.output)")
    let noMatch = result.errorLines.filter { $0.hasPrefix("boardwalk: no actions match") }
    #expect(noMatch.count == (actions.isEmpty ? 1 : 0), "\(result)")
  }
}
