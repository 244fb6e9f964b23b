import Foundation
import Testing

/// One file of the bad-plan corpus with what reading it must produce.
struct CorpusCase: Decodable, Sendable, CustomTestStringConvertible {
  let file: String
  /// Whether the file loads (it has warnings at most).
  let loads: Bool
  /// The diagnostics, in file order.
  let diagnostics: [ExpectedDiagnostic]
  /// Where the JSON Schema rejects the file, when the schema can be run on it (the file is
  /// valid JSON); an empty list when the schema accepts it.
  let schemaErrorPointers: [String]?
  /// For a problem only loading with other files can show (a plan id used twice): the files
  /// loaded before this one, and every diagnostic this file then gets, in order.
  let loadedAfter: LoadedAfter?

  struct LoadedAfter: Decodable, Sendable {
    let files: [String]
    let diagnostics: [ExpectedDiagnostic]
  }

  var testDescription: String { file }

  /// The file's path in the test bundle.
  var path: String { BadPlanCorpus.folder.appendingPathComponent(file).path }
}

/// The bad plans in `BadPlans/`, and `BadPlans/expectations.json`, which pairs each with the
/// diagnostics it must produce.
enum BadPlanCorpus {
  static let manifestName = "expectations.json"

  static var folder: URL {
    guard let url = Bundle.module.url(forResource: "BadPlans", withExtension: nil) else {
      fatalError("the BadPlans resource folder is missing from the test bundle")
    }
    return url
  }

  static func cases() throws -> [CorpusCase] {
    let data = try Data(contentsOf: folder.appendingPathComponent(manifestName))
    return try JSONDecoder().decode([CorpusCase].self, from: data)
  }

  /// The cases whose file gets more diagnostics when other files are loaded before it.
  static func loadedAfterCases() throws -> [CorpusCase] {
    try cases().filter { $0.loadedAfter != nil }
  }

  /// The path in the test bundle of a file of the corpus.
  static func path(of file: String) -> String {
    folder.appendingPathComponent(file).path
  }

  /// The cases the JSON Schema has an answer for.
  static func schemaCases() throws -> [CorpusCase] {
    try cases().filter { $0.schemaErrorPointers != nil }
  }

  /// Every plan file in the corpus folder.
  static func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0 != manifestName }
      .sorted()
  }
}
