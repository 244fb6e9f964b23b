import Testing

/// `boardwalk check` on every file of the bad-plan corpus (Tests/BoardwalkLoadingTests/
/// BadPlans), one at a time and as one folder.
@Suite("boardwalk check over the whole bad-plan corpus")
struct CheckCorpusTests {
  /// The lines `check` adds to standard error after the diagnostics of one failed file.
  static func failureSummary(_ path: String, errors: Int) -> [String] {
    guard errors > 0 else { return [] }
    let fix = errors == 1 ? "the error" : "the \(errors) errors"
    return ["\(path): not loaded: fix \(fix) above (boardwalk check \(path))"]
  }

  @Test(
    "each file: exit 0 when it loads and 1 when not, every diagnostic at its place, no crash",
    arguments: try CorpusManifest.entries())
  func checkOneFile(_ entry: CorpusEntry) throws {
    let result = try CommandRunner.run("check", entry.path)
    #expect(result.status == (entry.loads ? 0 : 1), "\(result)")
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    let differences = PrintedDiagnostics.differences(
      PrintedDiagnostics.of(result, file: entry.path), entry.diagnostics)
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))\n\(result)")
    let errors = entry.diagnostics.filter(\.isError).count
    let others = result.errorLines.filter { DiagnosticLine($0)?.file != entry.path }
    let verdict = errors > 0 ? ["boardwalk: check failed: 1 of 1 file with errors"] : []
    #expect(others == Self.failureSummary(entry.path, errors: errors) + verdict, "\(result)")
    #expect(VisibleText.unsafeScalars(in: result.errorOutput).isEmpty, "\(result)")
    #expect(VisibleText.unsafeScalars(in: result.output).isEmpty, "\(result.output)")
  }

  @Test(
    "each file: one summary row, ok or FAILED, with its warning and error counts",
    arguments: try CorpusManifest.entries())
  func summaryRow(_ entry: CorpusEntry) throws {
    let result = try CommandRunner.run("check", entry.path)
    let rows = result.outputLines.filter { $0.contains(entry.path) }
    #expect(rows.count == 1, "\(result.output)")
    let words = rows.first?.split(separator: " ").map(String.init) ?? []
    let errors = entry.diagnostics.filter(\.isError).count
    let warnings = entry.diagnostics.count - errors
    #expect(words.first == (entry.loads ? "ok" : "FAILED"), "\(result.output)")
    #expect(words.count > 5 && words[5] == String(warnings), "\(result.output)")
    if entry.loads {
      let actions = try #require(try PlanFacts(path: entry.path).actions)
      #expect(words.count > 2 && words[2] == String(actions.count), "\(result.output)")
      let counted = "\(actions.count) action\(actions.count == 1 ? "" : "s")"
      #expect(result.outputLines.last == "1 plan, \(counted): valid")
    } else {
      #expect(rows.first?.hasSuffix("(\(errors) error\(errors == 1 ? "" : "s"))") == true)
    }
  }

  @Test(
    "the whole folder at once: every file's diagnostics, the plan id another file took, and the manifest refused"
  )
  func checkWholeFolder() throws {
    let result = try CommandRunner.run("check", CorpusManifest.folder.path)
    #expect(result.status == 1)
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    #expect(VisibleText.unsafeScalars(in: result.errorOutput).isEmpty)
    let entries = try CorpusManifest.entries()
    #expect(entries.map(\.file).sorted() == (try CorpusManifest.fileNames()))
    var located = 0
    for entry in entries {
      // Files load in name order, so a file loaded after the ones it clashes with gets the
      // diagnostics of the clash.
      let after = entry.loadedAfter
      #expect(after?.files.allSatisfy { $0 < entry.file } ?? true)
      let expected = after?.diagnostics ?? entry.diagnostics
      let differences = PrintedDiagnostics.differences(
        PrintedDiagnostics.of(result, file: entry.path), expected)
      #expect(differences.isEmpty, "\(entry.file): \(differences.joined(separator: "\n"))")
      located += expected.count
    }
    // The folder's manifest is a *.json file too, and not a plan: one error of its own.
    let manifest = CorpusManifest.path(of: "expectations.json")
    let manifestErrors = PrintedDiagnostics.of(result, file: manifest)
    #expect(manifestErrors.map { "\($0.line):\($0.column) \($0.severity)" } == ["1:1 error"])
    #expect(
      manifestErrors.first?.message.hasPrefix("a plan file must hold one JSON object") == true)
    #expect(result.errorLines.compactMap(DiagnosticLine.init).count == located + 1)
    let failed = entries.filter { entry in
      (entry.loadedAfter?.diagnostics ?? entry.diagnostics).contains(where: \.isError)
    }.count
    #expect(
      result.errorLines.last
        == "boardwalk: check failed: \(failed + 1) of \(entries.count + 1) files with errors")
  }
}
