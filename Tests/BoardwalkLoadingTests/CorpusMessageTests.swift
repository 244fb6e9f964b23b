import BoardwalkCore
import Foundation
import Testing

@Suite("Every message of the bad-plan corpus names its file, its place and a fix")
struct CorpusMessageTests {
  /// Every diagnostic loading the case's file gives, with the files it is loaded after.
  private func diagnostics(of corpusCase: CorpusCase) -> [Diagnostic] {
    let earlier = corpusCase.loadedAfter?.files.map(BadPlanCorpus.path(of:)) ?? []
    return PlanLoader.load(paths: earlier + [corpusCase.path]).diagnostics
      .filter { $0.file == corpusCase.path }
  }

  /// The file as a JSON tree, read by Foundation after a leading byte order mark (which
  /// Boardwalk skips); `nil` when it is not JSON.
  private func tree(of corpusCase: CorpusCase) throws -> JSONValue? {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpusCase.path)))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return try? JSONValue.parse(Data(bytes))
  }

  @Test(
    "each diagnostic is FILE:LINE:COL: severity: with a line and column inside the file",
    arguments: try BadPlanCorpus.cases())
  func namesFileAndPlace(_ corpusCase: CorpusCase) throws {
    let lines = try FileLines(path: corpusCase.path)
    let found = diagnostics(of: corpusCase)
    #expect(!found.isEmpty || corpusCase.diagnostics.isEmpty)
    for diagnostic in found {
      let location = try #require(diagnostic.location, "no line and column: \(diagnostic)")
      #expect(
        lines.contains(line: location.line, column: location.column),
        "\(location) is not in the file: \(diagnostic)")
      let head = "\(corpusCase.path):\(location.line):\(location.column): \(diagnostic.severity): "
      #expect(diagnostic.description.hasPrefix(head), "\(diagnostic)")
      let pointer = try #require(diagnostic.pointer, "no JSON pointer: \(diagnostic)")
      if !pointer.isEmpty {
        #expect(diagnostic.description.hasPrefix(head + pointer + ": "), "\(diagnostic)")
      }
    }
  }

  @Test(
    "in a file that is JSON, each pointer names a value of the file",
    arguments: try BadPlanCorpus.cases())
  func pointerNamesAValue(_ corpusCase: CorpusCase) throws {
    guard let document = try tree(of: corpusCase) else {
      // Only a file that is not JSON, or not JSON to Foundation (a key twice), lacks a tree;
      // a file that loads always has one.
      #expect(!corpusCase.loads, "\(corpusCase.file) loads but Foundation cannot read it")
      return
    }
    for diagnostic in diagnostics(of: corpusCase) {
      let pointer = diagnostic.pointer ?? ""
      #expect(document.value(at: pointer) != nil, "\(pointer) names nothing: \(diagnostic)")
    }
  }

  @Test("each message says how to put the problem right", arguments: try BadPlanCorpus.cases())
  func saysHowToFix(_ corpusCase: CorpusCase) {
    for diagnostic in diagnostics(of: corpusCase) {
      #expect(FixHint.isOffered(in: diagnostic.message), "no fix in: \(diagnostic)")
    }
  }

  @Test("the fix test finds a fix in each form Boardwalk writes one, and not in a bare complaint")
  func fixTestItself() {
    for message in [
      "an action needs \"id\"; add it", "\"AFI5\" names no area (did you mean \"AFI4\"?)",
      "the file ends here (is the file cut short?)",
      "a plan file is one object; see docs/plan-format.md",
      "\"x\" is not a RAG class (use red, amber, green, blue or grey)",
      "nesting too deep, so remove the extra levels",
    ] {
      #expect(FixHint.isOffered(in: message), "\(message)")
    }
    for message in [
      "action \"1.1\" has no owner", "expected a string for this field, found a number",
      "\"2024-02-30\" is not a date: February 2024 has 29 days", "the file is empty",
      "used by the board", "unknown field \"x\" is ignored",
    ] {
      #expect(!FixHint.isOffered(in: message), "\(message)")
    }
  }
}
