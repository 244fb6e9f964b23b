import BoardwalkCore
import BoardwalkTestSupport
import Testing

/// A 200 MB plan, generated into a temporary folder. The loader sets no size limit (it reads
/// the whole file and is built for a national view of 100,000 actions), so the right answer
/// is to load it: every action, and a warning at its exact place near the end.
@Suite("A 200 MB plan file loads, with its one warning at the right line and column")
struct HugePlanTests {
  @Test("every action of a 200 MB plan loads, and the warning on its last line is located")
  func twoHundredMegabytes() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let path = folder.file("huge.json")
    let huge = try HugePlan.write(to: path)
    #expect(huge.byteCount >= HugePlan.minimumBytes)
    let result = PlanLoader.load(paths: [path])
    #expect(!result.hasErrors, "\(result.diagnostics.prefix(3))")
    #expect(result.store.plans.count == 1)
    #expect(result.store.actions.count == huge.bulkActions + 1)
    #expect(result.store.actions.first?.id == "1")
    #expect(result.store.actions.last?.id == "last")
    #expect(result.files.first?.byteCount == huge.byteCount)
    let only = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(only.severity == .warning)
    #expect(only.location == FileLocation(line: huge.noteLine, column: huge.noteColumn))
    #expect(only.pointer == "/actions/\(huge.bulkActions)/note")
  }
}
