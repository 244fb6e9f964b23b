import BoardwalkCore
import Foundation
import Testing

@Suite("Diagnostics read FILE:LINE:COL: severity: POINTER: message")
struct DiagnosticFormTests {
  private func diagnostics(of name: String) -> (path: String, found: [Diagnostic]) {
    let path = BadPlanCorpus.folder.appendingPathComponent(name).path
    return (path, PlanFileReader.read(path: path).diagnostics)
  }

  @Test("an error names the file, line, column and pointer, then the problem and its fix")
  func errorForm() throws {
    let (path, found) = diagnostics(of: "loose-dates.json")
    let sept = try #require(found.dropFirst().first)
    let text = sept.description
    #expect(text.hasPrefix("\(path):12:14: error: /actions/1/due: \"Sept-24\" is not a date"))
    #expect(text.contains("2024-09"))
  }

  @Test("a warning reads the same way with the word warning")
  func warningForm() throws {
    let (path, found) = diagnostics(of: "no-owner.json")
    let first = try #require(found.first)
    #expect(
      first.description
        == "\(path):6:5: warning: /actions/0: action \"1.1\" has no owner; add its lead under \"owners\""
    )
    #expect(!first.isError)
  }

  @Test("a problem with the whole document leaves the pointer out")
  func rootPointerIsLeftOut() throws {
    let (path, found) = diagnostics(of: "empty-file.json")
    let only = try #require(found.first)
    #expect(only.description.hasPrefix("\(path):1:1: error: the file is empty"))
  }

  @Test("a path that cannot be read has neither line nor pointer")
  func missingFileForm() throws {
    let result = PlanLoader.load(paths: ["/nonexistent/boardwalk/plan.json"])
    let only = try #require(result.diagnostics.first)
    #expect(only.description == "/nonexistent/boardwalk/plan.json: error: no such file or folder")
    #expect(result.diagnostics.count == 1)
  }
}
