import BoardwalkCore
import Foundation
import Testing

@Suite("SampleData matches docs/plan.schema.json and loads without errors")
struct SampleDataTests {
  static let files = [
    "demo-northbrook-fictional.json",
    "dfe-suffolk-stocktake-2025.json",
    "hull-send-strategic-plan-2024.json",
    "oxfordshire-priority-action-plan.json",
    "suffolk-send-review-2022.json",
    "suffolk-send-strategy-2024.json",
  ]

  @Test("these six are every plan file in SampleData")
  func theListIsComplete() throws {
    let found = try FileManager.default.contentsOfDirectory(atPath: RepositoryRoot.sampleData.path)
      .filter { $0.hasSuffix(".json") }
      .sorted()
    #expect(found == Self.files)
  }

  @Test("a sample plan has no schema errors", arguments: files)
  func matchesTheSchema(file: String) throws {
    let validator = try SchemaValidator(
      schema: JSONValue.parse(contentsOf: RepositoryRoot.planSchema))
    let plan = try JSONValue.parse(
      contentsOf: RepositoryRoot.sampleData.appendingPathComponent(file))
    let failures = validator.validate(plan)
    #expect(failures.isEmpty, "\(failures.prefix(10).map(\.description))")
  }

  @Test("a sample plan loads with no errors", arguments: files)
  func loadsWithoutErrors(file: String) {
    let outcome = PlanFileReader.read(
      path: RepositoryRoot.sampleData.appendingPathComponent(file).path)
    let errors = outcome.diagnostics.filter(\.isError)
    #expect(errors.isEmpty, "\(errors.prefix(10).map(\.description))")
    #expect(outcome.plan != nil)
  }

  @Test("the SampleData folder loads as one store of six plans")
  func folderLoads() {
    let result = PlanLoader.load(paths: [RepositoryRoot.sampleData.path])
    #expect(!result.hasErrors)
    #expect(
      result.store.plans.map(\.id) == [
        "demo-northbrook", "dfe-suffolk-stocktake-2025", "hull-send-2024",
        "oxfordshire-pap-2024", "suffolk-send-review-2022", "suffolk-send-strategy-2024",
      ])
  }
}
