import Foundation
import Testing

@Suite("The JSON Schema rejects the bad plans it can express")
struct CorpusSchemaTests {
  @Test(
    "the schema finds its failures at the expected places",
    arguments: try BadPlanCorpus.schemaCases()
  )
  func schemaFailures(_ corpusCase: CorpusCase) throws {
    let validator = try SchemaValidator(
      schema: JSONValue.parse(contentsOf: RepositoryRoot.planSchema))
    let plan = try JSONValue.parse(contentsOf: URL(fileURLWithPath: corpusCase.path))
    let failures = validator.validate(plan)
    let expected = try #require(corpusCase.schemaErrorPointers)
    #expect(failures.map(\.pointer).sorted() == expected.sorted(), "\(failures)")
  }

  @Test("whatever the schema rejects, boardwalk check reports too")
  func checkerCatchesWhatTheSchemaCatches() throws {
    for corpusCase in try BadPlanCorpus.schemaCases() where corpusCase.schemaErrorPointers != [] {
      let reported = Set(corpusCase.diagnostics.map(\.pointer))
      for pointer in corpusCase.schemaErrorPointers ?? [] {
        #expect(reported.contains(pointer), "\(corpusCase.file): \(pointer)")
      }
    }
  }
}
