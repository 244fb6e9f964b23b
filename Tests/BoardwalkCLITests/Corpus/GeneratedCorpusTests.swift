import BoardwalkTestSupport
import Foundation
import Testing

/// The generated cases of the bad-plan corpus through the built binary: a corpus plan cut
/// short in many places, 100,000 opening brackets, and a 200 MB plan.
@Suite("Generated bad plans through check, list and minutes")
struct GeneratedCorpusTests {
  /// What every command must say about a file with exactly one error: exit 1, that error
  /// located on standard error with its words, nothing unsafe, no crash. Only `check` shows
  /// warnings too (`withWarnings`): those of the part of the plan before the error.
  private func expectOneError(
    _ result: CommandResult, file: String, saying phrases: [String], withWarnings: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(
      CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)", sourceLocation: sourceLocation)
    let printed = PrintedDiagnostics.of(result, file: file)
    let errors = printed.filter { $0.severity == "error" }
    #expect(errors.count == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(
      withWarnings || printed.count == errors.count, "\(result)", sourceLocation: sourceLocation)
    #expect(
      phrases.contains { errors.first?.message.contains($0) == true }, "\(result)",
      sourceLocation: sourceLocation)
    #expect(
      VisibleText.unsafeScalars(in: result.errorOutput).isEmpty, sourceLocation: sourceLocation)
  }

  @Test("a corpus plan cut short anywhere: check, list and minutes each exit 1 with one error")
  func cutShort() throws {
    let folder = try ScratchFolder("cli-corpus")
    defer { folder.remove() }
    let bytes = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: CorpusManifest.path(of: GeneratedPlans.cutBase))))
    let cuts = GeneratedPlans.cuts(of: bytes)
    #expect(cuts.count > 80)
    let saying = ["is the file cut short", "the file is empty"]
    for (number, length) in cuts.enumerated() {
      let path = try folder.write("cut-\(length).json", bytes: Array(bytes[..<length]))
      expectOneError(
        try CommandRunner.run("check", path), file: path, saying: saying, withWarnings: true)
      guard number % 4 == 0 else { continue }
      let listed = try CommandRunner.run("list", path, "--format", "json")
      expectOneError(listed, file: path, saying: saying)
      #expect(listed.output == "[]\n")
      let journal = try CorpusJournal.write(over: path, into: folder)
      let minutes = folder.file("minutes-\(length).md")
      let result = try CommandRunner.run("minutes", "--journal", journal, path, "-o", minutes)
      expectOneError(result, file: path, saying: saying)
      #expect(!FileManager.default.fileExists(atPath: minutes))
    }
  }

  @Test("100,000 opening brackets: check, list and minutes refuse them without a crash")
  func deepNesting() throws {
    let folder = try ScratchFolder("cli-corpus")
    defer { folder.remove() }
    let path = try folder.write("brackets.json", text: GeneratedPlans.brackets)
    let journal = try CorpusJournal.write(over: path, into: folder)
    let minutes = folder.file("minutes.md")
    for arguments in [
      ["check", path], ["list", path, "--format", "json"],
      ["minutes", "--journal", journal, path, "-o", minutes],
    ] {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 1, "\(result)")
      #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
      let printed = PrintedDiagnostics.of(result, file: path)
      #expect(printed.map { "\($0.line):\($0.column)" } == ["1:1", "1:257"], "\(result)")
      #expect(printed.last?.message.hasPrefix("nesting deeper than 256 levels") == true)
    }
    #expect(!FileManager.default.fileExists(atPath: minutes))
  }

  @Test("a 200 MB plan: check passes with its one warning located, list finds its last action")
  func twoHundredMegabytes() throws {
    let folder = try ScratchFolder("cli-corpus")
    defer { folder.remove() }
    let path = folder.file("huge.json")
    let warning = try GeneratedPlans.writeHugePlan(to: path)
    let checked = try CommandRunner.run("check", path)
    #expect(checked.status == 0, "\(checked)")
    #expect(CrashSigns.found(in: checked.errorOutput).isEmpty, "\(checked)")
    let printed = PrintedDiagnostics.of(checked, file: path)
    #expect(printed.count == 1, "\(checked)")
    #expect(printed.first.map { [$0.line, $0.column] } == [warning.line, warning.column])
    #expect(printed.first?.severity == "warning")
    let listed = try CommandRunner.run(
      "list", path, "--filter", "status:amber", "--format", "json")
    #expect(listed.status == 0, "\(listed)")
    #expect(try ListedAction.decodeList(listed.output).map(\.id) == ["last"])
  }
}
