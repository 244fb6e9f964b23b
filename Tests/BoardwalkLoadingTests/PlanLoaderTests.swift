import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("Loading several files into one store")
struct PlanLoaderTests {
  @Test("a plan id used by an earlier file rejects the later file and names the earlier one")
  func duplicatePlanIDAcrossFiles() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let first = try folder.write("a.json", text: PlanText.valid(id: "shared", title: "First"))
    let second = try folder.write("b.json", text: PlanText.valid(id: "shared", title: "Second"))
    let result = PlanLoader.load(paths: [first, second])

    #expect(result.store.plans.map(\.title) == ["First"])
    #expect(result.store.plans.first?.file == first)
    #expect(result.hasErrors)
    let only = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(only.severity == .error)
    #expect(only.file == second)
    #expect(only.location == FileLocation(line: 3, column: 19))
    #expect(only.pointer == "/plan/id")
    #expect(only.message.contains("plan id \"shared\" is already used by \(first)"))
    #expect(result.files.map(\.planIndex) == [0, nil])
    #expect(result.files.map(\.errorCount) == [0, 1])
  }

  @Test("plan ids clash without regard to case, as filters compare them")
  func duplicatePlanIDIgnoresCase() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let first = try folder.write("a.json", text: PlanText.valid(id: "Hull-SEND"))
    let second = try folder.write("b.json", text: PlanText.valid(id: "hull-send"))
    let result = PlanLoader.load(paths: [first, second])
    #expect(result.store.plans.map(\.id) == ["Hull-SEND"])
    #expect(result.diagnostics.map(\.file) == [second])
    #expect(result.diagnostics.first?.message.contains(first) == true)
  }

  @Test("files with errors never stop the other files loading")
  func errorsDoNotStopOtherFiles() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let broken = try folder.write("1-broken.json", text: PlanText.withError(id: "broken"))
    let good = try folder.write("2-good.json", text: PlanText.valid(id: "good"))
    let garbled = try folder.write("3-garbled.json", text: "{ \"format\": ")
    let other = try folder.write("4-other.json", text: PlanText.valid(id: "other"))
    let missing = folder.path + "/5-missing.json"
    let result = PlanLoader.load(paths: [broken, good, garbled, other, missing])

    #expect(result.store.plans.map(\.id) == ["good", "other"])
    #expect(result.store.actions.count == 2)
    #expect(Set(result.diagnostics.map(\.file)) == [broken, garbled, missing])
    #expect(result.diagnostics.allSatisfy { $0.isError })
    #expect(result.files.map(\.file) == [broken, good, garbled, other])
    #expect(result.files.map(\.planIndex) == [nil, 0, nil, 1])
  }

  @Test("a file with errors is not in the store, not even its actions")
  func fileWithErrorsIsLeftOut() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let broken = try folder.write("broken.json", text: PlanText.withError(id: "broken"))
    let result = PlanLoader.load(paths: [broken])

    #expect(result.store.plans.isEmpty)
    #expect(result.store.actions.isEmpty)
    #expect(result.store.planIndex(forID: "broken") == nil)
    let only = try #require(result.diagnostics.first)
    #expect(only.location == FileLocation(line: 5, column: 90))
    #expect(only.pointer == "/actions/0/due")
  }

  @Test("a plan with warnings only is loaded, and its warnings still reported")
  func warningsDoNotStopLoading() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let text = PlanText.valid(id: "warned").replacingOccurrences(
      of: ", \"owners\": [\"Head of SEND\"]", with: "")
    let path = try folder.write("warned.json", text: text)
    let result = PlanLoader.load(paths: [path])

    #expect(result.store.plans.map(\.id) == ["warned"])
    #expect(!result.hasErrors)
    #expect(result.diagnostics.map(\.severity) == [.warning])
    #expect(result.files.first?.warningCount == 1)
  }

  @Test("many files read at once keep the order they were given in")
  func concurrentReadingKeepsOrder() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let ids = (0..<16).map { "plan-\(String(format: "%02d", $0))" }
    for id in ids { try folder.write("\(id).json", text: PlanText.valid(id: id)) }
    let result = PlanLoader.load(paths: [folder.path])
    #expect(result.store.plans.map(\.id) == ids)
    #expect(result.diagnostics.isEmpty)
  }
}
