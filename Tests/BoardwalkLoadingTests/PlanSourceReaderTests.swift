import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

/// A reader that claims `.plan-text` files and gives the plan file written in them after
/// its first line, or its first line as an error.
private struct FirstLineReader: PlanSourceReader {
  var fileExtensions: Set<String> { ["plan-text"] }

  func planFile(at path: String) -> PlanSourceReading {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    guard let newline = text.firstIndex(of: "\n") else {
      return PlanSourceReading(
        bytes: nil, diagnostics: [Diagnostic(.error, file: path + ":A1", message: text)])
    }
    let note = Diagnostic(.warning, file: path + ":A1", message: String(text[..<newline]))
    return PlanSourceReading(
      bytes: Array(text[text.index(after: newline)...].utf8), diagnostics: [note],
      actionPlaces: ["Sheet!B2"])
  }
}

@Suite("Plan source readers: files of other kinds, read as plan files")
struct PlanSourceReaderTests {
  static let plan = #"""
    {"format": "boardwalk-plan/1", "plan": {"id": "other", "title": "Other"},
     "areas": [{"id": "A", "title": "Area"}],
     "actions": [{"id": "1", "area": "A", "title": "An action", "owners": ["Chair"], "status": "purple"}]}
    """#

  @Test("a claimed file is read through its reader, named by its own path, and folders list it")
  func claimed() throws {
    let folder = try ScratchFolder("source-reader")
    defer { folder.remove() }
    try folder.write(
      "good.plan-text",
      text: "read by a reader\n" + Self.plan.replacingOccurrences(of: "purple", with: "red"))
    try folder.write("ignored.txt", text: "not claimed")
    let result = PlanLoader.load(paths: [folder.path], readers: [FirstLineReader()])
    #expect(result.files.map { ($0.file as NSString).lastPathComponent } == ["good.plan-text"])
    #expect(result.store.plans.map(\.id) == ["other"])
    #expect(result.store.plans.first?.file == folder.file("good.plan-text"))
    #expect(result.diagnostics.map(\.message) == ["read by a reader"])
    // Without the reader, the folder has no plan files.
    let without = PlanLoader.load(paths: [folder.path])
    #expect(without.store.plans.isEmpty)
    #expect(without.diagnostics.first?.message.contains("no .json plan files") == true)
  }

  @Test(
    "the plan file a reader makes is checked as any plan is; its lines and columns are left out")
  func checked() throws {
    let folder = try ScratchFolder("source-reader-checked")
    defer { folder.remove() }
    let path = try folder.write("bad.plan-text", text: "first\n" + Self.plan)
    let result = PlanLoader.load(paths: [path], readers: [FirstLineReader()])
    #expect(result.store.plans.isEmpty)
    let error = try #require(result.diagnostics.first { $0.isError })
    // The action's place, as the reader gave it, names the problem.
    #expect(error.file == path + ":Sheet!B2")
    #expect(error.location == nil)
    #expect(error.pointer == "/actions/0/status")
  }

  @Test("a reader's refusal is the file's error, and nothing is loaded")
  func refused() throws {
    let folder = try ScratchFolder("source-reader-refused")
    defer { folder.remove() }
    let path = try folder.write("none.plan-text", text: "this is not a plan")
    let result = PlanLoader.load(paths: [path], readers: [FirstLineReader()])
    #expect(result.store.plans.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["\(path):A1: error: this is not a plan"])
    #expect(result.files.first?.errorCount == 1)
  }
}
