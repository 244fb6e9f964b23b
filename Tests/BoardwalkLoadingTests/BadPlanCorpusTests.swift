import BoardwalkCore
import Foundation
import Testing

@Suite("The bad-plan corpus: every rule of plan-format.md, one file per kind of problem")
struct BadPlanCorpusTests {
  @Test(
    "reading a bad plan reports exactly its diagnostics, in file order",
    arguments: try BadPlanCorpus.cases())
  func readerReportsExactDiagnostics(_ corpusCase: CorpusCase) {
    let outcome = PlanFileReader.read(path: corpusCase.path)
    expectDiagnostics(outcome.diagnostics, match: corpusCase.diagnostics)
    #expect(outcome.diagnostics.allSatisfy { $0.file == corpusCase.path })
  }

  @Test(
    "a bad plan yields a plan only when it has no errors", arguments: try BadPlanCorpus.cases())
  func planOnlyWithoutErrors(_ corpusCase: CorpusCase) {
    let outcome = PlanFileReader.read(path: corpusCase.path)
    #expect((outcome.plan != nil) == corpusCase.loads)
    #expect(corpusCase.loads == !corpusCase.diagnostics.contains { $0.severity == "error" })
  }

  @Test(
    "the loader reports the same diagnostics and keeps a file with errors out of the store",
    arguments: try BadPlanCorpus.cases())
  func loaderAgreesWithReader(_ corpusCase: CorpusCase) throws {
    let result = PlanLoader.load(paths: [corpusCase.path])
    expectDiagnostics(result.diagnostics, match: corpusCase.diagnostics)
    #expect(result.hasErrors == !corpusCase.loads)
    #expect(result.store.plans.count == (corpusCase.loads ? 1 : 0))
    let report = try #require(result.files.first)
    #expect(result.files.count == 1)
    #expect((report.planIndex != nil) == corpusCase.loads)
    let errors = corpusCase.diagnostics.filter { $0.severity == "error" }.count
    #expect(report.errorCount == errors)
    #expect(report.warningCount == corpusCase.diagnostics.count - errors)
  }

  @Test(
    "a file loaded after the files it clashes with gets exactly the diagnostics of the clash",
    arguments: try BadPlanCorpus.loadedAfterCases())
  func clashWithEarlierFiles(_ corpusCase: CorpusCase) throws {
    let after = try #require(corpusCase.loadedAfter)
    let earlier = after.files.map(BadPlanCorpus.path(of:))
    let result = PlanLoader.load(paths: earlier + [corpusCase.path])
    expectDiagnostics(
      result.diagnostics.filter { $0.file == corpusCase.path }, match: after.diagnostics)
    let report = try #require(result.files.last)
    let errors = after.diagnostics.filter { $0.severity == "error" }.count
    #expect(report.file == corpusCase.path)
    #expect(report.errorCount == errors)
    #expect((report.planIndex == nil) == (errors > 0))
    #expect(result.files.dropLast().allSatisfy { $0.planIndex != nil })
    #expect(result.store.plans.count == earlier.count + (errors > 0 ? 0 : 1))
  }

  @Test("every file in BadPlans has expectations, and every expectation names a file")
  func manifestCoversTheCorpus() throws {
    let named = try BadPlanCorpus.cases().map(\.file)
    #expect(Set(named).count == named.count, "a file is listed twice in expectations.json")
    #expect(named.sorted() == (try BadPlanCorpus.fileNames()))
    let earlier = try BadPlanCorpus.cases().flatMap { $0.loadedAfter?.files ?? [] }
    #expect(Set(earlier).isSubset(of: named), "loadedAfter names a file not in the corpus")
  }

  @Test("five different errors in one file give five diagnostics, in file order")
  func severalProblemsAllReported() {
    let path = BadPlanCorpus.folder.appendingPathComponent("several-problems.json").path
    let outcome = PlanFileReader.read(path: path)
    #expect(outcome.plan == nil)
    #expect(outcome.diagnostics.map(\.severity) == Array(repeating: .error, count: 5))
    #expect(outcome.diagnostics.compactMap(\.location?.line) == [2, 3, 9, 12, 13])
    #expect(
      outcome.diagnostics.map(\.pointer) == [
        "/format", "/plan/title", "/actions/0/links/0", "/actions/0/due", "/actions/0/status",
      ])
  }
}
