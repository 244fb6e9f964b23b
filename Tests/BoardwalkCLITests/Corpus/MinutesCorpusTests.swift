import BoardwalkTestSupport
import Foundation
import Testing

/// `boardwalk minutes` over a meeting started on each file of the bad-plan corpus, with a
/// note on each of its actions.
@Suite("boardwalk minutes over the whole bad-plan corpus")
struct MinutesCorpusTests {
  /// Runs `minutes --journal J FILE -o OUT` for a meeting over the entry's file.
  private static func minutes(_ entry: CorpusEntry, in folder: ScratchFolder) throws
    -> (result: CommandResult, output: String)
  {
    let journal = try CorpusJournal.write(over: entry.path, into: folder)
    let output = folder.file("minutes.md")
    let result = try CommandRunner.run("minutes", "--journal", journal, entry.path, "-o", output)
    return (result, output)
  }

  @Test(
    "a plan with errors: exit 1, its errors on standard error, and no minutes file",
    arguments: try CorpusManifest.entries().filter { !$0.loads })
  func planWithErrors(_ entry: CorpusEntry) throws {
    let folder = try ScratchFolder("cli-corpus")
    defer { folder.remove() }
    let (result, output) = try Self.minutes(entry, in: folder)
    #expect(result.status == 1, "\(result)")
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    let differences = PrintedDiagnostics.differences(
      PrintedDiagnostics.of(result, file: entry.path), entry.diagnostics.filter(\.isError))
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))\n\(result)")
    #expect(result.errorLines.allSatisfy { DiagnosticLine($0)?.file == entry.path }, "\(result)")
    #expect(VisibleText.unsafeScalars(in: result.errorOutput).isEmpty, "\(result)")
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(result.output.isEmpty)
  }

  @Test(
    "a plan that loads: exit 0, and minutes with every action discussed and nothing unsafe",
    arguments: try CorpusManifest.entries().filter(\.loads))
  func planThatLoads(_ entry: CorpusEntry) throws {
    let folder = try ScratchFolder("cli-corpus")
    defer { folder.remove() }
    let (result, output) = try Self.minutes(entry, in: folder)
    #expect(result.status == 0, "\(result)")
    #expect(CrashSigns.found(in: result.errorOutput).isEmpty, "\(result)")
    #expect(result.errorLines == ["boardwalk: public minutes written to \(output)"], "\(result)")
    let markdown = try String(contentsOfFile: output, encoding: .utf8)
    let problems = try MinutesShape.problems(in: markdown)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    let actions = try #require(try PlanFacts(path: entry.path).actions)
    let headings = MinutesShape.itemHeadings(in: markdown)
    #expect(headings.count == actions.count, "\(headings)")
    let withheld = headings.filter { $0.hasSuffix(". Confidential item") }
    #expect(withheld.count == actions.filter(\.isConfidential).count, "\(headings)")
  }
}
